"""A meeting date read only from six digits that another order of the same digits reads as well.

Swedish documents write a compact date as YYMMDD ("Styrelsemöte 991025", "Protokoll 190118"), but notes
written by hand also use DDMMYY ("011110" for 1 November 2010) and, more rarely, YYDDMM. Where the six digits
read as a valid date in another of these orders too, and the document confirms the YYMMDD reading nowhere else
(no four-digit year equal to its year, no other way of writing that date), the date is not certain: it is left
null with the reason. "991025" reads only one way (no day 99, no month 25) and is kept.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ..record import Evidence, MeetingRecord
from ..swedish import dates

#: why a date read only from ambiguous six digits is left null
AMBIGUOUS = "uncertain: a six-digit date that reads as another date in another order of its digits"
SIX = re.compile(r"^\d{6}$")
FULL_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def doubt_compact(rec: MeetingRecord, text: str, years: list[int]) -> None:
    """Null ``rec.date`` (see the module's rule) and say why in the record's evidence."""
    if not rec.date:
        return
    day = date.fromisoformat(rec.date)
    if day.strftime("%y%m%d") not in text:  # the cheap tests first: six digits are only ever read as YYMMDD
        return
    if any(int(y) == day.year for y in FULL_YEAR.findall(text)):
        return
    same = [m for m in dates.find_dates(text, years=years) if m.date == day]
    if not same or any(not SIX.match(m.text.strip()) for m in same):
        return  # written in a form of its own somewhere: confirmed
    if not any(_other_reading(m.text.strip()) for m in same):
        return
    rec.date = None
    rec.evidence.append(Evidence("date", 0, 0, 0, AMBIGUOUS, 0.0))


def _other_reading(six: str) -> bool:
    """Whether "aabbcc" is a valid date as DDMMYY (aa day, bb month) or YYDDMM (bb day, cc month)."""
    a, b, c = int(six[:2]), int(six[2:4]), int(six[4:])
    return _valid(2000 + c, b, a) or _valid(2000 + a, c, b)


def _valid(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= monthrange(year, month)[1]
