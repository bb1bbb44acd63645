"""The attendee list completed against the rest of the same document (issue 10, session 22: h169).

Three cross-field steps, in this order, run once the record is read: an affiliation that runs on into the
next entry's name is cut there (:mod:`.runonentry`), the chair is added as present where the record lists
those present (:mod:`.officersattend`), and an attendee without an affiliation gets the party or
municipality the document writes after the same name elsewhere (:mod:`.attendeeparties`). Kept here, as
one call, so that :mod:`.assemble` wires the stage in a line.
"""

from __future__ import annotations

from ..record import MeetingRecord
from . import attendeeparties, officersattend, runonentry


def complete(rec: MeetingRecord, text: str) -> None:
    """Apply the three steps to ``rec`` (read from ``text``) in place."""
    runonentry.split_entries(rec)  # the next list entry's name run on into an affiliation
    officersattend.add_officers(rec)  # the chair attended where the record lists those present
    attendeeparties.confirm(rec, text)  # a party the document writes after an attendee's name elsewhere
