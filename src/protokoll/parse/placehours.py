"""The meeting's hours written right after its place, where the reader took the place from a flattened header.

A header whose label column came apart from its values ("Plats och tid Beslutande Blå salen, Norrby,
kl.09:00-12:40 Anna Berg ...") gives the place by another rule than the label's own value, and so no hours with
it. The hours stand right after the place, as "Plats och tid" writes them: "<place>, kl. 16:30-19:45",
"<place> klockan 14:00 15:41" (the range's dash lost), perhaps after the date ("<place>, tisdagen den 9 juni
2020 kl 08:30-12.15").

Read only at the first place of that wording in the document's opening part (a later one may be the
justering's: "Justeringens plats och tid Kommunhuset, kl 16.00"), only after a clock word ("kl", "klockan") or
right after the place ("Kommunhus 13:00"), only with minutes, and only a start from 06 to 22 and an end after it.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord
from ..swedish import dates

HEAD = 2500  #: the opening part of the document, where its header stands
_HM = r"(?:2[0-3]|[01]?\d)[.:][0-5]\d"
#: after the place: a comma or spaces, perhaps the date (no clause: no full stop, no label's colon), then the clock
#: word and the start with its minutes, then the end after a dash or, the dash lost, after spaces
AFTER = re.compile(rf"^[ \t,]*(?:(?P<between>[^\n.:;]{{0,45}}?[\s,])?(?:kl\.?|klockan)[ \t]*|(?=\d))(?P<a>{_HM})(?![\d])"
                   rf"(?:[ \t]*[-–—][ \t]*(?P<b>{_HM})|[ \t]+(?P<c>{_HM}))?(?![\d]|[.:]\d)", re.I)
#: a person's name (two capitalised words) between the place and the hours: another label's value, not the date
NAME = re.compile(r"[A-ZÅÄÖ][a-zåäö]+[ \t]+[A-ZÅÄÖ][a-zåäö]+")
#: the justering's place and time before it: never the meeting's hours
JUSTERING = re.compile(r"[Jj]uster\w*\s+(?:\w+\s+){0,3}$")


def hours_after_place(rec: MeetingRecord, text: str) -> None:
    """Set the start (and end) from the hours written right after the meeting's place (see the module), when
    the header gave a place and no hours."""
    if rec.start or rec.end or not rec.place:
        return
    if (hours := _after_place(rec.place, text)) is not None:
        rec.start, rec.end = hours


def beside_place(rec: MeetingRecord, text: str) -> bool:
    """Whether the record's hours are the ones written right after its place ("Plats och tid: Salen, kl. 18.00
    20.00"): the meeting's own, whatever date elsewhere is doubted (the justering's "2016-09-29, Kommunhuset")."""
    return bool(rec.place and rec.start) and _after_place(rec.place, text) == (rec.start, rec.end)


def _after_place(place: str, text: str) -> tuple[str, str | None] | None:
    """(start, end) written right after the first writing of ``place`` in the document's opening part, or None."""
    head = text[:HEAD]
    at = head.find(place)
    if at < 0 or JUSTERING.search(head[max(0, at - 40):at]):
        return None
    m = AFTER.match(head[at + len(place):at + len(place) + 90])
    if m is None or NAME.search(m["between"] or ""):
        return None
    start, _ = dates.parse_times("kl " + m["a"])
    end_written = m["b"] or m["c"]
    end = dates.parse_times("kl " + end_written)[0] if end_written else None
    if not start or not "06:00" <= start <= "22:59" or (end is not None and end <= start):
        return None
    if m["c"] and end is None:
        return None
    return start, end
