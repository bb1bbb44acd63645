"""Swedish dates, times and deadlines as meeting documents write them.

Hand-written rules: ISO and compact dates ("2018-01-18", "190118"), day/month
("18/1", "18.1.2019"), written dates ("Onsdagen den 25 mars", "1:a mars 2019"),
clock times ("kl. 15-17", "13.30–17.00") and deadlines ("senast den 10
februari", "till midsommar"). A date written without a year is resolved from
a named weekday plus the years the document names, or forward from a given
date (usually the meeting's). All regexes are compiled once at import.
"""

from __future__ import annotations

import re
from calendar import monthrange
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Sequence

from .kept import kept

MONTH_NAMES = ("januari", "februari", "mars", "april", "maj", "juni", "juli",
               "augusti", "september", "oktober", "november", "december")
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "febr": 2, "mar": 3, "apr": 4, "jun": 6,
                       "jul": 7, "aug": 8, "sep": 9, "sept": 9, "okt": 10, "nov": 11,
                       "dec": 12}
#: Month names and abbreviations (lower case, without a trailing dot) -> 1..12.
MONTHS: dict[str, int] = {name: n for n, name in enumerate(MONTH_NAMES, 1)} | MONTH_ABBREVIATIONS

_WEEKDAY_NAMES = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_UNACCENTED = {"måndag": "mandag", "lördag": "lordag", "söndag": "sondag"}
#: Weekday names, bare and definite ("onsdagen"), also without å/ö -> 0 (Monday)..6.
WEEKDAYS: dict[str, int] = {}
for _n, _name in enumerate(_WEEKDAY_NAMES):
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
_ABBR_MONTH = rf"(?:{_alternation(list(MONTH_ABBREVIATIONS))})(?:\.|(?!\w))"
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


def _valid(year: int | None, month: int, day: int) -> bool:
    """Whether day/month exist (in `year`, or in some leap year when it is None)."""
    if not 1 <= month <= 12 or day < 1:
        return False
    return day <= monthrange(year if year else 2000, month)[1]


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
    found = []
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
        found.append((m.start(), m.end(), year, _month_number(m["month"]), int(m["day"])))
    for m in _MONTH_YEAR.finditer(text):
        found.append((m.start(), m.end(), int(m["year"]), _month_number(m["month"]), None))
    return tuple(f for f in found if f[4] is None or _valid(f[2], f[3], f[4]))


def _without_overlaps(found: list) -> list:
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
    if day is not None:
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
        if match and match["day2"] and int(match["day2"]) > (m.day or 0):
            day2, start = int(match["day2"]), m.start + match.start("day2")
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
    counts: Counter[int] = Counter()
    for m in _YEAR_TOKEN.finditer(text):
        year = int(m["year"])
        if MIN_YEAR <= year <= 2099 and not _MONEY.match(text, m.end()):
            counts[year] += 1
    for m in _COMPACT.finditer(text):
        parts = _compact_parts(m["num"])
        if parts and MIN_YEAR <= parts[0] <= 2099:
            counts[parts[0]] += 1
    return tuple(year for year, _ in counts.most_common())


# --- clock times -------------------------------------------------------------

_H = r"(?:2[0-4]|[01]?\d)"
_M = r"[0-5]\d"
_NOT_BEFORE = r"(?<![\d:])(?<!\d\.)"
_NOT_AFTER = r"(?!\d|[.:]\d)"
_MARK = r"(?:(?<!\w)(?P<mark>kl(?:ockan)?\.?|tid:?)\s*)"
_TIME_RANGE = re.compile(
    rf"{_MARK}?{_NOT_BEFORE}(?P<h1>{_H})(?:[.:](?P<m1>{_M}))?\s*(?:[-–—]|till)\s*(?:ca\.?\s*|cirka\s+|kl\.?\s*)?"
    rf"(?P<h2>{_H})(?:[.:](?P<m2>{_M}))?{_NOT_AFTER}", _I)
_GLUED_RANGE = re.compile(
    rf"{_NOT_BEFORE}(?P<h1>{_H})[.:](?P<m1>{_M})(?P<h2>{_H})[.:](?P<m2>{_M}){_NOT_AFTER}")
_MARKED_TIME = re.compile(rf"{_MARK}{_NOT_BEFORE}(?P<h1>{_H})(?:[.:](?P<m1>{_M})|(?!:)){_NOT_AFTER}",
                          _I)
_COLON_TIME = re.compile(rf"{_NOT_BEFORE}(?P<h1>{_H}):(?P<m1>{_M}){_NOT_AFTER}")


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
    for pattern in (_TIME_RANGE, _GLUED_RANGE, _MARKED_TIME, _COLON_TIME):
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
    return (start, end) if start else (None, None)


# --- deadlines ---------------------------------------------------------------

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
    cues = [c.end() for c in _CUE.finditer(text)]
    for position, found in candidates:
        if any(0 <= position - cue <= _CUE_WINDOW for cue in cues):
            return found
    if _RELATIVE.search(text):
        return None
    later = [found for _, found in candidates if found and (meeting is None or found >= meeting)]
    return later[0] if later else None
