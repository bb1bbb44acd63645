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


#: a date written as three pairs of digits with spaces, "18 05 02" (YY MM DD, as the six-digit form orders them), on a
#: title line that names a meeting or after a date label; never beside more digits (a telephone number)
SPACED = re.compile(r"(?<![\d+\-/.]\s)(?<![\d+\-/.:])\b(\d\d) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])\b(?! ?[\d\-/.:]\d)")
SPACED_LINE = re.compile(r"\b(?:[Pp]rotokoll|PROTOKOLL|[Mm]innesanteckningar|[Aa]nteckningar|[Dd]agordning|[Kk]allelse)"
                         r"|möte\b|sammanträde\b|\b(?:Datum|Mötesdatum|Sammanträdesdatum)\b")
TITLE_ZONE = 6  #: the first non-blank lines in which such a title stands


def spaced_date(rec: MeetingRecord, text: str) -> None:
    """Set ``rec.date`` (when none was read) from "18 05 02" on a title or date-label line among the first lines,
    read as YY MM DD only where that is certain: the document writes the year in full somewhere, or the other
    orders of the digits give no date (see :func:`_other_reading`)."""
    if rec.date:
        return
    for line in [ln for ln in text.split("\n") if ln.strip()][:TITLE_ZONE]:
        m = SPACED.search(line) if SPACED_LINE.search(line) else None
        if not m:
            continue
        six = "".join(m.groups())
        parts = dates.find_dates(six)
        day = parts[0].date if parts and parts[0].date else None
        if day and (any(int(y) == day.year for y in FULL_YEAR.findall(text)) or not _other_reading(six)):
            rec.date = day.isoformat()
            after = line[m.end():m.end() + 40]
            if not rec.start and re.match(r"\s*,?\s*(?:kl\.?|klockan)\s*\d", after, re.I):  # "18 05 02 kl. 10-11"
                rec.start, rec.end = dates.parse_times(after)
        return
