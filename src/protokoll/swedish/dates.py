"""Swedish dates, times and deadlines as meeting documents write them.

The one place the other stages import them from (``dates.find_dates``,
``dates.parse_times`` ...); each concern has its own module:

* ``datementions``: dates and years written in a text, year-less dates resolved;
* ``clocktimes``: clock times and time ranges;
* ``deadlines``: the deadline a sentence sets (midsommar included).
"""

from __future__ import annotations

from .clocktimes import parse_times
from .datementions import (
    MAX_YEAR, MIN_YEAR, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, WEEKDAYS, DateMention, document_years, find_dates,
    next_occurrence, parse_date, previous_occurrence,
)
from .deadlines import midsummer_eve, resolve_deadline

__all__ = [
    "MAX_YEAR", "MIN_YEAR", "MONTH_ABBREVIATIONS", "MONTH_NAMES", "MONTHS", "WEEKDAYS", "DateMention",
    "document_years", "find_dates", "midsummer_eve", "next_occurrence", "parse_date", "parse_times",
    "previous_occurrence", "resolve_deadline",
]
