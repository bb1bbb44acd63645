"""Finding the dates and years a Swedish meeting document writes.

Hand-written rules: ISO and compact dates ("2018-01-18", "190118"), day/month
("18/1", "18.1.2019") and written dates ("Onsdagen den 25 mars", "1:a mars
2019"), with written ranges ("den 5-6 september 2019", also with the dash lost: ``spacedrange``). A date written without
a year is resolved from a named weekday plus the years the document names, or
forward from a given date (usually the meeting's). All regexes are compiled
once at import. Clock times are in ``clocktimes``, deadlines in ``deadlines``.
"""

from __future__ import annotations

import re
from calendar import isleap
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Sequence

from .kept import kept
from .spacedrange import first_day
from .yearled import before_years

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli",
               "augusti", "september", "oktober", "november", "december")
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6,
                       "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
                       "dec": 12}
#: Month names and abbreviations (lower case, without a trailing dot) -> 1..12.
MONTHS: dict[str, int] = {name: n for n, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS

#: Weekday names, Monday first (as ``date.weekday()`` counts).
WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
#: a pattern of a weekday's name, without its definite "-en" (one owner for the parse rules that skip or stop at one)
WEEKDAY_WORD = "(?:" + "|".join(WEEKDAY_NAMES) + ")"
_UNACCENTED = {"måndag": "mandag", "lördag": "lordag", "söndag": "sondag"}
#: Weekday names, bare and definite ("onsdagen"), also without å/ö -> 0 (Monday)..6.
WEEKDAYS: dict[str, int] = {}
for _n, _name in enumerate(WEEKDAY_NAMES):
    for _base in {_name, _UNACCENTED.get(_name, _name)}:
        WEEKDAYS[_base] = WEEKDAYS[_base + "en"] = _n

MIN_YEAR, MAX_YEAR = 1990, 2100


@dataclass
class DateMention:
    """One date (or month and year) written in a text."""

    start: int  #: span in the text given
    end: int
    text: str  #: the matched text
    year: int | None
    month: int | None
    day: int | None  #: None for "mars 2019"
    weekday: int | None  #: 0..6 when the text names one ("Onsdagen den 25 mars")
    date: date | None  #: set when year, month and day are all certain


def _alternation(words: Sequence[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_FULL_MONTH = rf"(?:{_alternation(MONTH_NAMES)})(?!\w)"
#: an abbreviation's dot is not followed by a letter: "jan.berg@norrby.se" is an e-mail address's name, not January
_ABBR_MONTH = rf"(?:{_alternation(list(MONTH_ABBREVIATIONS))})(?:\.(?![a-zåäö])|(?!\w|\.[a-zåäö]))"
_YEAR = r"(?:19|20)\d\d"
_I = re.IGNORECASE

# A leading look-behind sits after the first character (the same matches): the engine then skips to a
# possible first character instead of trying the look-behind at every position of the text (issue 12).
_ISO = re.compile(r"(?P<year>(?:19|20)(?<![\d/.]..)\d\d)(?P<sep>[-./])(?P<month>\d{1,2})(?P=sep)"
                  r"(?P<day>\d{1,2})(?!\d|[-./]\d)")
_COMPACT = re.compile(r"(?P<num>\d(?<![\w.,/-]\d)\d{5}(?:\d\d)?)(?![\w/:-]|[.,]\d)")
_SLASH = re.compile(rf"(?P<day>\d(?<![\w/.,]\d)\d?)/(?P<month>\d{{1,2}})"
                    rf"(?:(?:/|-|\s+)(?P<year>{_YEAR}))?(?!\d|/\d)")
_DOTTED = re.compile(rf"(?P<day>\d(?<![\w/.,]\d)\d?)\.(?P<month>\d{{1,2}})\.(?P<year>{_YEAR})"
                     r"(?!\d|\.\d)")
_WRITTEN = re.compile(
    rf"(?P<day>\d(?<![\d.,/]\d)\d?)(?::?[ae])?"
    rf"(?:\s*[-–]\s*(?P<day2>\d{{1,2}})(?::?[ae])?)?\s+"
    rf"(?P<month>{_FULL_MONTH}|{_ABBR_MONTH})"
    rf"(?:,?\s+(?:år\s+)?(?P<year>{_YEAR})(?!\d|/\d))?", _I)
_MONTH_YEAR = re.compile(rf"(?<!\w)(?P<month>{_FULL_MONTH})\s+(?P<year>{_YEAR})(?!\d|/\d)", _I)
_PREFIX = re.compile(rf"(?:(?<!\w)(?P<weekday>{_alternation(list(WEEKDAYS))})\s*,?\s+)?"
                     r"(?:(?<!\w)den\s+)?\Z", _I)
_MONEY = re.compile(r"\s*(?:kr|kronor|sek|tkr|mkr|:-)(?!\w)", _I)
_FRACTION = re.compile(r"\s*(?:majoritet|dels?\b|delar|andel|av\b)", _I)
_NUMBER_LABEL = re.compile(r"(?:dnr|diarienr|nr|tel|telefon|org\.?\s*nr)\.?:?\s*$", _I)
_YEAR_TOKEN = re.compile(r"(?P<year>(?:19|20)(?<!\d..)\d\d)(?!\d)")
_DIGIT = re.compile(r"\d")


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)  #: a common year's days per month


def _valid(year: int | None, month: int, day: int) -> bool:
    """Whether day/month exist (in `year`, or in some leap year when it is None)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= _MONTH_DAYS[month] + (month == 2 and isleap(year if year else 2000))  # = monthrange's, not its weekday


def _month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def _compact_parts(num: str) -> tuple[int, int, int] | None:
    """(year, month, day) of "190118" (YYMMDD) or "20190118" (YYYYMMDD)."""
    if len(num) == 8:
        year = int(num[:4])
        if not 1900 <= year <= 2099:
            return None
    else:
        year = int(num[:2]) + (1900 if int(num[:2]) >= 90 else 2000)
    month, day = int(num[-4:-2]), int(num[-2:])
    return (year, month, day) if _valid(year, month, day) else None


@kept(maxsize=2048)
def _raw_mentions(text: str) -> tuple[tuple[int, int, int | None, int, int | None], ...]:
    """Candidate (start, end, year, month, day) spans from every date form (kept for the last texts: rules
    ask for the dates of the same values and lines again, issue 12)."""
    if not _DIGIT.search(text):  # every date form has digits
        return ()
    found: list[tuple[int, int, int | None, int, int | None]] = []
    for m in _ISO.finditer(text):
        found.append((m.start(), m.end(), int(m["year"]), int(m["month"]), int(m["day"])))
    for m in _COMPACT.finditer(text):
        parts = _compact_parts(m["num"])
        if parts and not _MONEY.match(text, m.end()) and not _NUMBER_LABEL.search(
                text, max(0, m.start() - 12), m.start()):
            found.append((m.start(), m.end(), *parts))
    for pattern in (_SLASH, _DOTTED) if "/" in text or "." in text else ():
        for m in pattern.finditer(text):
            if m["year"] is None and (_FRACTION.match(text, m.end()) or m[0] == "24/7"):
                continue
            if m["year"] and _MONEY.match(text, m.end()):
                continue
            year = int(m["year"]) if m["year"] else None
            found.append((m.start(), m.end(), year, int(m["month"]), int(m["day"])))
    for m in _WRITTEN.finditer(text):
        year = int(m["year"]) if m["year"] else None
        spaced = None if m["day2"] else first_day(text, m.start(), int(m["day"]))  # "21 22 april": its dash lost
        start, day = spaced or (m.start(), int(m["day"]))
        found.append((start, m.end(), year, _month_number(m["month"]), day))
    for m in _month_years(text):
        found.append((m.start(), m.end(), int(m["year"]), _month_number(m["month"]), None))
    return tuple(f for f in found if f[4] is None or _valid(f[2], f[3], f[4]))


_MONTH_LENGTHS = tuple(sorted({len(name) for name in MONTH_NAMES}, reverse=True))


def _month_years(text: str) -> list[re.Match]:
    """``list(_MONTH_YEAR.finditer(text))``, matched only before each year written after white space
    (:func:`.yearled.before_years`: the case-blind pattern was tried at every position, issue 12)."""
    return before_years(_MONTH_YEAR, text, _MONTH_LENGTHS)


def _without_overlaps(found: Sequence[tuple]) -> list:
    """Keep the earliest (then longest) of overlapping candidates."""
    if len(found) < 2:
        return list(found)
    kept: list = []
    for cand in sorted(found, key=lambda f: (f[0], f[0] - f[1])):
        if not kept or cand[0] >= kept[-1][1]:
            kept.append(cand)
    return kept


def _weekday_fits(year: int, month: int, day: int, weekday: int) -> bool:
    return _valid(year, month, day) and date(year, month, day).weekday() == weekday


def next_occurrence(month: int, day: int, after: date) -> date | None:
    """The first `day`/`month` on or after `after` (29 February: next leap year)."""
    for year in range(after.year, after.year + 9):
        if _valid(year, month, day) and date(year, month, day) >= after:
            return date(year, month, day)
    return None


def previous_occurrence(month: int, day: int, before: date) -> date:
    """The last `day`/`month` strictly before `before` (for backward references)."""
    for year in range(before.year, before.year - 9, -1):
        if _valid(year, month, day) and date(year, month, day) < before:
            return date(year, month, day)
    raise ValueError(f"no date {day}/{month}")


def _year_for_weekday(month: int, day: int, weekday: int,
                      years: Sequence[int], after: date | None) -> int | None:
    """A year where day/month falls on `weekday`: among `years`, else the nearest."""
    for year in years:
        if _weekday_fits(year, month, day, weekday):
            return year
    anchor = years[0] if years else (after.year if after else None)
    if anchor is None:
        return None
    fitting = [y for y in range(MIN_YEAR, MAX_YEAR + 1) if _weekday_fits(y, month, day, weekday)]
    return min(fitting, key=lambda y: (abs(y - anchor), -y), default=None)


def _resolve(m: DateMention, years: Sequence[int], after: date | None) -> None:
    """Fill in `m.year` and `m.date` where the year is missing but can be known."""
    if m.day is None or m.month is None:
        return
    if m.year is None:
        if m.weekday is not None:
            m.year = _year_for_weekday(m.month, m.day, m.weekday, years, after)
        elif after is not None:
            found = next_occurrence(m.month, m.day, after)
            m.year = found.year if found else None
        elif len(set(years)) == 1:
            m.year = years[0]
    if m.year is not None and _valid(m.year, m.month, m.day):
        m.date = date(m.year, m.month, m.day)


def _mention(text: str, start: int, end: int, year, month, day) -> DateMention:
    """A mention widened over a preceding weekday and "den" when `day` is given."""
    weekday = None
    low = text[max(0, start - 20):start].lower() if day is not None else ""
    if "dag" in low or "den" in low:  # the cheap test: every weekday's name ends in "dag" (or "dagen")
        prefix = _PREFIX.search(text, max(0, start - 20), start)
        if prefix and prefix.start() < start:
            weekday = WEEKDAYS[prefix["weekday"].lower()] if prefix["weekday"] else None
            start = prefix.start()
    return DateMention(start, end, text[start:end], year, month, day, weekday, None)


def _range_ends(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Second mentions for the end day of written ranges ("den 5-6 september 2019")."""
    ends = []
    for m in mentions:
        match = _WRITTEN.search(m.text)
        group = "day2" if match and match["day2"] else "day"  # a dash-less range: the day its month follows
        if match and int(match[group]) > (m.day or 0):
            day2, start = int(match[group]), m.start + match.start(group)
            if m.month and _valid(m.year, m.month, day2):
                ends.append(DateMention(start, m.end, text[start:m.end], m.year, m.month,
                                        day2, None, None))
    return ends


def find_dates(text: str, *, years: Sequence[int] = (),
               after: date | None = None) -> list[DateMention]:
    """Every date mention in `text`, in order, with missing years resolved.

    `years` are candidate years (e.g. `document_years` of the whole document),
    `after` is the date from which year-less dates count forward. A written
    range yields the first day and, after it, a mention of the last day.
    """
    mentions = [_mention(text, *f) for f in _without_overlaps(_raw_mentions(text))]
    for m in mentions:
        _resolve(m, years, after)
    ends = _range_ends(text, mentions)
    for end in ends:
        _resolve(end, years, after)
    return sorted(mentions + ends, key=lambda m: (m.start, m.end))


def parse_date(text: str, *, years: Sequence[int] = (), after: date | None = None) -> date | None:
    """The date of the first mention that names a day (None when it stays uncertain)."""
    return _parse_date(text, tuple(years), after)


@kept(maxsize=1024)
def _parse_date(text: str, years: tuple[int, ...], after: date | None) -> date | None:
    """``parse_date``, kept for the last texts: a header's values are read for their date by several rules."""
    for m in find_dates(text, years=years, after=after):
        if m.day is not None:
            return m.date
    return None


def document_years(text: str) -> list[int]:
    """Years named in `text` (1990-2099, also inside compact dates), most frequent first."""
    return list(_document_years(text))


@lru_cache(maxsize=8)
def _document_years(text: str) -> tuple[int, ...]:
    """``document_years``, kept for the last texts: a document's whole text is asked for its years by
    several rules."""
    if not _DIGIT.search(text):
        return ()
    counts: dict[int, int] = {}  # a plain dict: ``Counter`` calls its Python ``__missing__`` per new year
    for m in _YEAR_TOKEN.finditer(text):
        year = int(m["year"])
        if MIN_YEAR <= year <= 2099 and not _MONEY.match(text, m.end()):
            counts[year] = counts.get(year, 0) + 1
    for m in _COMPACT.finditer(text):
        parts = _compact_parts(m["num"])
        if parts and MIN_YEAR <= parts[0] <= 2099:
            counts[parts[0]] = counts.get(parts[0], 0) + 1
    # ``Counter.most_common``: the most frequent first, ties in the order first seen (a stable sort)
    return tuple(sorted(counts, key=counts.__getitem__, reverse=True)) if len(counts) > 1 else tuple(counts)
