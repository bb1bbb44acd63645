"""The attendee list completed against the rest of the same document (issue 10, session 22: h169).

Four cross-field steps, in this order, run once the record is read: an affiliation that runs on into the
next entry's name is cut there (:mod:`.runonentry`), the chair is added as present where the record lists
those present (:mod:`.officersattend`), and an attendee without an affiliation gets the party or
municipality the document writes after the same name elsewhere (:mod:`.attendeeparties`), and a person read
twice (in a list and a signature, in two lists) is kept once where the two entries agree (:func:`once`), also where
the officer's entry spells the listed name another way (:mod:`.namevariants`). Kept here, as
one call, so that :mod:`.assemble` wires the stage in a line.
"""

from __future__ import annotations

from ..record import Attendee, MeetingRecord
from . import attendeeparties, namehead, namevariants, officersattend, runonentry


def complete(rec: MeetingRecord, text: str) -> None:
    """Apply the three steps to ``rec`` (read from ``text``) in place."""
    runonentry.split_entries(rec)  # the next list entry's name run on into an affiliation
    officersattend.add_officers(rec)  # the chair attended where the record lists those present
    attendeeparties.confirm(rec, text)  # a party the document writes after an attendee's name elsewhere
    namehead.cut_heads(rec.attendees)  # "Gatuavdelningen Karin Berg": the entry before's unit run on
    rec.attendees = namevariants.merge_variants(once(rec.attendees))  # "Anna Lindqvist (S)" / justerare "Ana Lindqvist"


FIELDS = ("affiliation", "title", "role")


def once(people: list[Attendee]) -> list[Attendee]:
    """``people`` with each person read twice kept once (the first entry, completed by the later one): the same
    name in the same group, where no field the two both give differs. Two entries whose affiliations, titles or
    roles differ may be two people of one name (a member and an official): both are kept."""
    out: list[Attendee] = []
    for a in people:
        old = next((b for b in out if b.name.casefold() == a.name.casefold() and b.group == a.group
                    and all(not getattr(a, f) or not getattr(b, f) or getattr(a, f) == getattr(b, f)
                            for f in FIELDS)), None)
        if old is None:
            out.append(a)
            continue
        for f in FIELDS:
            setattr(old, f, getattr(old, f) or getattr(a, f))
    return out
