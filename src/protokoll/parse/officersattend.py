"""The meeting's chair is an attendee (issue 10).

A protocol names its chair and secretary in their own places: the labels of the first page, the signature block,
the opening items ("Till ordförande valdes ..."), and many of those are read after the attendance lists (an
election, the signatures of the last page). Whoever chaired the meeting was there: where the record lists the
people present, the chair is among them, with that role, even where the list did not name him or her (a list of
the members that leaves out the chair printed above it). The secretary is not added so: an official who keeps the
minutes is left out of some lists of those present on purpose, and where the list gives the others their
employer, the secretary added without one is a value the record cannot complete.

Abstain where there is no list: a record without attendees (an agenda, notes that name no one present) does not
get a list of one made from its chair. A name that is already listed, in full or in part ("Anna Berg"
and "Anna Berg Holm"), is the same person: no second entry.
"""

from __future__ import annotations

from ..record import Attendee, MeetingRecord


def add_officers(rec: MeetingRecord) -> None:
    """The chair added to a record's attendees where he or she is not listed."""
    if not rec.attendees:
        return
    name = rec.chair
    if name and " " in name and not any(_same_person(a.name, name) for a in rec.attendees):
        rec.attendees.append(Attendee(name, group="present", role="ordförande"))


def _same_person(a: str, b: str) -> bool:
    """One name is the other's words, give or take a word ("Anna Berg", "Anna Berg Holm")."""
    wa, wb = set(a.casefold().split()), set(b.casefold().split())
    return wa <= wb or wb <= wa
