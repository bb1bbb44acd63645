"""The next meeting read again when the checks drop the body it was read by.

A later meeting is this body's next when the text names the body meeting ("kommundirektörsmötet den 27 maj",
:func:`.nextmeeting._same_body_mention`) or deciding its own meetings (:mod:`.ownsitting`); both know the body
only by the name read from the header or title. When the record's checks (:mod:`.confidence`, :mod:`.plausible`)
find that name unsure and drop or replace it (a name made from what a meeting is called: "enhetsmöte" read as
"Enhetsgruppen"), a meeting found by that name is no longer known to be the same body's: the next meeting is
read again with the body the record keeps, and what that reading no longer finds is null, its reason in the
provenance (abstain rather than guess, issue 10).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from ..record import MeetingRecord
from .lines import Line
from .nextmeeting import next_meeting
from .sources import judged

#: the provenance of a next meeting dropped with the body it was read by
DROPPED = "uncertain: the next meeting was read by the body's name '{}', which the checks dropped"


@contextmanager
def read_by_kept_body(rec: MeetingRecord, lines: list[Line], years: list[int]) -> Iterator[None]:
    """Around the record's checks: when they change the body and a next meeting was read, it is read again
    with the body kept (only then: a document whose body stands pays nothing)."""
    body = rec.body
    yield
    if rec.next_meeting is None or not body or rec.body == body:
        return
    day = date.fromisoformat(rec.date) if rec.date else None
    again = next_meeting(lines, rec, day, years)
    if again is None:
        rec.next_meeting = None
        rec.evidence.append(judged("next_meeting", DROPPED.format(body)))
    elif again.date != rec.next_meeting.date:
        rec.next_meeting = again
