"""Deadlines an assignment or decision sets: "senast den 10 februari", "till midsommar".

Dates are found with ``datementions``; relative deadlines ("till nästa möte")
stay unresolved.
"""

from __future__ import annotations

import re
from datetime import date

from .datementions import document_years, find_dates

_I = re.IGNORECASE

_CUE = re.compile(r"(?<!\w)(?:senast|till|tills|före|innan|inför|by|deadline|until|before)(?!\w)", _I)
_MIDSUMMER = re.compile(r"(?<!\w)midsommar(?:afton|en)?(?!\w)", _I)
_RELATIVE = re.compile(r"(?<!\w)(?:nästa|kommande|närmaste)\s+(?:\w+)?möte|(?<!\w)efter\s+sommaren"
                       r"|(?<!\w)vecka\s+\d", _I)
_CUE_WINDOW = 60


def midsummer_eve(year: int) -> date:
    """Midsommarafton: the Friday between 19 and 25 June."""
    first = date(year, 6, 19)
    return date(year, 6, 19 + (4 - first.weekday()) % 7)


def _midsummer_after(meeting: date) -> date:
    eve = midsummer_eve(meeting.year)
    return eve if eve >= meeting else midsummer_eve(meeting.year + 1)


def _deadline_candidates(text: str, meeting: date | None) -> list[tuple[int, date | None]]:
    """(position, date) of every full date and every midsommar in `text`."""
    years = document_years(text) or ([meeting.year] if meeting else [])
    found = [(m.start, m.date) for m in find_dates(text, years=years, after=meeting)
             if m.day is not None]
    for m in _MIDSUMMER.finditer(text):
        found.append((m.start(), _midsummer_after(meeting) if meeting else None))
    return sorted(found, key=lambda f: f[0])


def resolve_deadline(text: str, meeting: date | None) -> date | None:
    """The deadline an assignment or decision sentence sets, as a date.

    Takes the first date (or midsommar) that follows a cue such as "senast",
    "till", "före", "inför" within a few words, else the first date at all;
    year-less dates count forward from `meeting`. Relative deadlines ("till
    nästa möte", "efter sommaren", "under 2019") give None.
    """
    candidates = _deadline_candidates(text, meeting)
    if not candidates:  # no date and no midsommar: nothing to resolve, whatever the cues (issue 12)
        return None
    cues = [c.end() for c in _CUE.finditer(text)]
    for position, found in candidates:
        if any(0 <= position - cue <= _CUE_WINDOW for cue in cues):
            return found
    if _RELATIVE.search(text):
        return None
    later = [found for _, found in candidates if found and (meeting is None or found >= meeting)]
    return later[0] if later else None
