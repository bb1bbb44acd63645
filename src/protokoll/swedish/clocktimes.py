"""Clock times as meeting documents write them: "kl. 15-17", "13.30–17.00", "tid: 9.00".

All regexes are compiled once at import.
"""

from __future__ import annotations

import re

from .kept import kept

_I = re.IGNORECASE
_DIGIT = re.compile(r"\d")

#: an hour and a minute of a clock time as Swedish documents write them (9, 09, 13; 00-59): one spelling for every
#: reader of clock times (parse/clockplace too)
HOUR = r"(?:2[0-4]|[01]?\d)"
MINUTE = r"[0-5]\d"
_NOT_BEFORE = r"(?<![\d:])(?<!\d\.)"
_NOT_AFTER = r"(?!\d|[.:]\d)"
_MARK = r"(?:(?<!\w)(?P<mark>kl(?:ockan)?\.?|tid:?)\s*)"
_TIME_RANGE = re.compile(
    rf"{_MARK}?{_NOT_BEFORE}(?P<h1>{HOUR})(?:[.:](?P<m1>{MINUTE}))?\s*(?:[-–—]|till)\s*(?:ca\.?\s*|cirka\s+|kl\.?\s*)?"
    rf"(?P<h2>{HOUR})(?:[.:](?P<m2>{MINUTE}))?{_NOT_AFTER}", _I)
_GLUED_RANGE = re.compile(
    rf"{_NOT_BEFORE}(?P<h1>{HOUR})[.:](?P<m1>{MINUTE})(?P<h2>{HOUR})[.:](?P<m2>{MINUTE}){_NOT_AFTER}")
_MARKED_TIME = re.compile(rf"{_MARK}{_NOT_BEFORE}(?P<h1>{HOUR})(?:[.:](?P<m1>{MINUTE})|(?!:)){_NOT_AFTER}",
                          _I)
_COLON_TIME = re.compile(rf"{_NOT_BEFORE}(?P<h1>{HOUR}):(?P<m1>{MINUTE}){_NOT_AFTER}")
#: a decimal comma for the minutes, right after the clock word: "kl 13,00-16,40", "klockan 9,30" (a comma
#: after a bare number is a list's, so only a marked time is read this way)
_COMMA_TIME = re.compile(rf"{_MARK}{_NOT_BEFORE}(?P<h1>{HOUR}),(?P<m1>{MINUTE})(?:\s*[-–—]\s*(?P<h2>{HOUR})[.:,](?P<m2>{MINUTE}))?"
                         rf"(?![\d,]|[.:]\d)", _I)
#: an end labelled as such after the start: "Starttid 13:00 Sluttid: 16:15"
_END_LABEL = re.compile(rf".{{0,30}}?\bsluttid\b\s*:?\s*(?:kl\.?\s*)?(?P<h>{HOUR})[.:](?P<m>{MINUTE}){_NOT_AFTER}", _I)


def _clock(hour: str, minute: str | None) -> str | None:
    h, m = int(hour), int(minute or 0)
    return f"{h:02d}:{m:02d}" if h < 24 or (h == 24 and m == 0) else None


def _time_match_ok(m: re.Match) -> bool:
    """Bare hours need a "kl"; "tid" only marks times with minutes."""
    mark = (m.groupdict().get("mark") or "").lower()
    has_minutes = bool(m["m1"] or m.groupdict().get("m2"))
    if mark.startswith("tid"):
        return has_minutes
    return bool(mark) or has_minutes and (m.groupdict().get("h2") is None or
                                          bool(m["m1"] and m["m2"]))


#: the minutes of a start whose hour digits were stripped (web extracts drop digits), right before an end
_STRIPPED_START = re.compile(r"(?<![\d.:])[:.]\d{2}\s*[-–]\s*$")


@kept(maxsize=1024)
def parse_times(text: str) -> tuple[str | None, str | None]:
    """The first time range or time in `text` as ("HH:MM", "HH:MM" | None) (kept for the last texts: the
    same header values are read for their hours by several rules, issue 12)."""
    if not _DIGIT.search(text):  # every time has digits
        return None, None
    best = None
    for pattern in (_TIME_RANGE, _GLUED_RANGE, _MARKED_TIME, _COLON_TIME, _COMMA_TIME):
        for m in pattern.finditer(text):
            if _time_match_ok(m):
                if best is None or (m.start(), -m.end()) < (best.start(), -best.end()):
                    best = m
                break
    if best is None:
        return None, None
    if _STRIPPED_START.search(text[:best.start()]):  # ":15-12:30": the start's hour was lost, the range is broken
        return None, None
    h2 = best.groupdict().get("h2")
    start = _clock(best["h1"], best["m1"])
    end = _clock(h2, best["m2"]) if h2 else None
    if start and end is None and (labelled := _END_LABEL.match(text, best.end())):
        end = _clock(labelled["h"], labelled["m"])
        end = end if end and end > start else None
    return (start, end) if start else (None, None)
