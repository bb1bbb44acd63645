"""The meeting's hours written after a date or time label without "kl" and without minutes.

A label says what its value is: after "Tid", "Datum och tid", "Plats och tid" or "Sammanträdestid" a
range of whole hours ("13-15", "9–12", "13-15.30") is the meeting's hours, though the same digits
elsewhere in a document could be paragraphs or pages. The value is read in its comma-separated parts
(the date and the place are parts of their own): a part that is a range, or a time with minutes, perhaps
after a word for the meeting ("lunch 12-13, möte 13-17": the meeting's part), gives the hours. A lone
bare number is not a time. The hours must be working hours (from 06 to 22) and the end after the start.
"""

from __future__ import annotations

import re

from ..swedish import dates

_T = r"(?:2[0-3]|[01]?\d)(?:[.:][0-5]\d)?"
#: a part that is only the hours: "13-15", "kl 9–12", "möte 13-17", "13.15", "13:00 till 15"
PART = re.compile(rf"^\s*(?:(?:möte|mötet|sammanträde|sammanträdet|sammanträdestid)\s+)?(?:kl\.?\s*|klockan\s+)?"
                  rf"(?P<a>{_T})(?:\s*(?:[-–—]|till)\s*(?P<b>{_T}))?\s*$", re.I)
MEETING = re.compile(r"\b(?:möte|mötet|sammanträde|sammanträdet)\b", re.I)


def hours(value: str) -> tuple[str | None, str | None]:
    """(start, end) from a date or time label's value, read in its parts; (None, None) when no part is hours."""
    rest = value
    for m in sorted(dates.find_dates(value), key=lambda m: -m.start):  # the date is a part of its own
        rest = rest[:m.start] + "," + rest[m.end:]
    parts = [p for p in re.split(r"[,;]|\s+och\s+", rest) if PART.match(p)]
    parts = [p for p in parts if MEETING.search(p)] or parts  # "lunch 12-13, möte 13-17": the meeting's
    for part in parts:
        m = PART.match(part)
        if not m["b"] and not re.search(r"[.:]\d{2}$", m["a"]):  # a lone bare number: a room, a page
            continue
        start, end = dates.parse_times("kl " + part[m.start("a"):])
        if start and "06:00" <= start <= "22:59" and (end is None or end > start):
            return start, end
    return None, None


#: two times with minutes next to each other, nothing between but spaces: a range whose dash a web extract
#: dropped ("Tid: 18:00 20:30", "kl 09:30 12:30")
LOST_DASH = re.compile(r"(?<![\d.:])(?P<a>(?:2[0-3]|[01]?\d)[.:][0-5]\d)[ \t]+(?P<b>(?:2[0-3]|[01]?\d)[.:][0-5]\d)"
                       r"(?![\d]|[.:]\d)")


def lost_dash_end(value: str, start: str) -> str | None:
    """The end of a range written "18:00 20:30" in a date or time label's value whose first time is ``start``;
    None unless the second time is later the same day."""
    for m in LOST_DASH.finditer(value):
        a, _ = dates.parse_times("kl " + m["a"])
        b, _ = dates.parse_times("kl " + m["b"])
        if a == start and b and b > start:
            return b
    return None


#: a range whose start lost its hour digits (and perhaps its dash): ":00 12:00", ":30–12:00"; also "Tid :00-14:00"
#: whose colon the label took ("00-14:00": a meeting never starts at midnight)
CUT_START = re.compile(r"(?:(?:^|(?<=\s))[:.]\d{2}|^00(?=\s*[-–]))\s*[-–]?\s*"
                       r"(?P<end>(?:2[0-3]|[01]?\d)[.:][0-5]\d)(?![\d]|[.:]\d)")


def cut_start_end(value: str) -> str | None:
    """The end of a range in ``value`` whose start lost its hour (the time a plain reading takes as the start)."""
    m = CUT_START.search(value)
    return dates.parse_times("kl " + m["end"])[0] if m else None


_HM = r"(?:2[0-3]|[01]?\d)[.:][0-5]\d"
#: a range of times with minutes, its dash perhaps dropped: "08.30–12.00", "08.30 12.00"
_RANGE = rf"(?P<a>{_HM})(?:\s*[-–—]\s*|[ \t]+)(?P<b>{_HM})(?![\d]|[.:]\d)"
#: after a comma, what begins with a time: another session, or something not understood
_NEXT = re.compile(rf"\s*,\s*(?={_HM}(?![\d]))")
_NEXT_RANGE = re.compile(rf"\s*,\s*{_RANGE}")


def sessions_end(value: str, start: str, end: str | None) -> tuple[bool, str | None]:
    """The meeting's end when its hours are written as sessions after a comma ("08.45 12.00, 13.00 16.30",
    "08.45–12.00, 13.00–16.30"): the last session's end. (False, end) when the value has no second session
    after the range read; (True, None) when a time follows the comma but is not a later session (unsure)."""
    first = next((m for m in re.finditer(_RANGE, value)
                  if dates.parse_times("kl " + m["a"])[0] == start), None)
    if not first or not _NEXT.match(value, first.end()):
        return False, end
    pos, last = first.end(), dates.parse_times("kl " + first["b"])[0]
    while _NEXT.match(value, pos):
        m = _NEXT_RANGE.match(value, pos)
        a = m and dates.parse_times("kl " + m["a"])[0]
        b = m and dates.parse_times("kl " + m["b"])[0]
        if not (m and a and b and last and last <= a < b):
            return True, None  # "13.00-15.00, 15.30": a time after the comma, no later session: abstain
        pos, last = m.end(), b
    return True, last


#: the end under a label of its own, beside the start's: "Starttid: 09.00 / Sluttid: 11.30"
END_LABEL = re.compile(r"(?<![\wåäö])Sluttid[ \t]*:?[ \t]*\n?[ \t]*(?:kl\.?[ \t]*)?"
                       r"(?P<t>(?:2[0-3]|[01]?\d)[.:][0-5]\d)(?![\d]|[.:]\d)")


def labelled_end(header_text: str, start: str) -> str | None:
    """The end a "Sluttid" label of the header gives, when later than ``start``; else None."""
    m = END_LABEL.search(header_text) if "Sluttid" in header_text else None
    end = dates.parse_times("kl " + m["t"])[0] if m else None
    return end if end and end > start else None


def programme_end(slots: list[tuple[str | None, str | None]]) -> str | None:
    """The meeting's end from a programme's time slots ("kl. 09.00 - 09.30 Inledning" / "kl. 09.30 - 12.00
    Förhandlingar"): one slot's own end; of several, the last slot's end when the slots run in order through one day (a first slot's
    end is where the programme's first part ends, not the meeting); a second day's slots, or a last slot without its
    end, give none (abstain)."""
    if len(slots) == 1:
        return slots[0][1]
    starts = [s for s, _ in slots]
    if None in starts or starts != sorted(starts) or len(set(starts)) < len(starts):
        return None
    end = slots[-1][1]
    return end if end and end > starts[-1] else None
