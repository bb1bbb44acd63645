"""The meeting's date, hours and place settled: the header's reading (:mod:`.whenwhere`), then where a
flattened, announcing or programme document writes them; a date that may be another meeting's is nulled."""

from __future__ import annotations

import re
from datetime import date
from itertools import islice

from ..record import Evidence, MeetingRecord
from ..swedish import dates
from ..swedish.datementions import WEEKDAY_WORD
from . import clockplace, fallbacks, heldplace, openclose, placehours, titleplace, upcoming
from .compactdate import doubt_compact, spaced_date
from .header import Field
from .headings import Heading
from .items import DURATION_CELL, TIME_CELL
from .lines import Line
from .nextmeeting import NEXT, may_name_next
from .whenwhere import TITLE_KIND, place, read_flat_place, read_when_where


def read_when(rec: MeetingRecord, fields: list[Field], header: list[Line], lines: list[Line], headings: list[Heading],
              text: str, years: list[int]) -> None:
    """Date, hours and place: from the header's labels first, then from where a flattened or announcing
    document writes them; a date that may be another meeting's is nulled."""
    read_when_where(rec, fields, header, years)
    read_flat_place(rec, lines)
    placehours.hours_after_place(rec, text)  # "Plats och tid Beslutande Salen, kl.09:00-13:40": a flattened header's
    titleplace.held_when(rec, list(islice((ln.text for ln in lines if not ln.blank), 3)), place)  # "Protokoll fört vid ... kl. 16 i X"
    if not rec.date and headings:  # a flattened page's header may end (at its first item) before its date
        rec.date = _opening_date(lines, headings[0])
    fallbacks.meeting_date(rec, fields, text, years)
    _announced_date(rec, fields, text, years)
    doubt_compact(rec, text, years)  # "011110": YYMMDD or DDMMYY, confirmed nowhere
    spaced_date(rec, text)  # "Protokoll fört vid styrelsemöte 18 05 02", its year written in full elsewhere
    if not rec.start and headings and headings[0].style == "programme":
        rec.start = _programme_start(lines, headings[0].index)
    openclose.announced_start(rec, text)  # "Sammanträdet börjar kl. 14.00" beside a portal's "Klockan 10:00"
    openclose.add_hours(rec, text)  # "Mötet öppnades kl 18.00", "Mötet avslutades 18:37"
    heldplace.held_place(rec, text, place)  # "Mötet hölls i Folkets hus, Norrby."
    clockplace.clock_place(rec, text, place)  # "... den 3 mars 2020 kl 13.15 i Salen, Stadshuset, för att ..."


#: a label that says the date after it is the meeting's, as a flattened page writes it among the items: "Tid: tisdagen
#: den 12 maj 2026", "Sammanträdesdatum 2019-05-03", "Dag tisdagen den 12 juni" (a bare "Datum"/"Tid" only with its
#: colon, "Dag" only before a weekday)
DATE_LABEL_BEFORE = re.compile(rf"(?:\b(?:Sammanträdesdatum|SAMMANTRÄDESDATUM|Mötesdatum|Datum och tid|DATUM OCH TID|"
                               rf"Tid och plats|TID OCH PLATS)\s*:?|\b(?:Datum|DATUM|Tid|TID)\s*:)"
                               rf"\s*(?i:{WEEKDAY_WORD}(?:en)?\s+)?(?:den\s+)?$")  # capitalised: "Sista tid:" is a deadline
#: "Dag" is a date label only before the weekday that opens the date: "Dag tisdagen den 12 juni 2012"
DAY_LABEL_BEFORE = re.compile(r"\bDag\s*:?\s*$")
WEEKDAY = re.compile(WEEKDAY_WORD, re.I)
#: the meeting named just before the date, in the same sentence: "... förklarade mötet öppnat 18.05 den 3 maj 2019"
MEETING_BEFORE = re.compile(r"\b(?:[Mm]ötet|[Ss]ammanträdet|[Mm]öte|[Ss]ammanträde)\b(?:[^.\n]|(?<=\d)\.(?=\d)){0,30}$")
#: ... unless words before it say which other meeting it is: "protokollet från mötet den", "nästa möte", "förra mötet"
OTHER_MEETING_BEFORE = re.compile(r"\b(?:från|föregående|förra|senaste|nästa|kommande|extra|tidigare)\b[^.\n]{0,40}$",
                                  re.I)


def _opening_date(lines: list[Line], first: Heading) -> str | None:
    """The first date written with its year before the first item (or in it, when that "item" is the document's
    title: "1 Protokoll fört vid styrelsemöte den ..."), else the first among the items that a date label or the
    meeting's own mention ("mötet", "sammanträdet", not another one's) stands just before: what an item's text
    dates (the previous minutes, a decision, a deadline, a law) is another event's, and "den 23 april" is as
    often an earlier meeting's; where none is written so the date is left null."""
    end = first.index + 1 if TITLE_KIND.match(first.title.strip()) else first.index
    found = dates.parse_date("\n".join(ln.text for ln in lines[:end] if ln.text))
    if found:
        return found.isoformat()
    text = "\n".join(ln.text for ln in lines[end:] if ln.text)
    for m in dates.find_dates(text):
        before = text[max(0, m.start - 50):m.start]
        labelled = DATE_LABEL_BEFORE.search(before) or (DAY_LABEL_BEFORE.search(before) and WEEKDAY.match(m.text))
        if m.date and m.year and m.day is not None and (labelled or (
                MEETING_BEFORE.search(before[-40:]) and not OTHER_MEETING_BEFORE.search(before))):
            return m.date.isoformat()
    return None


#: why a meeting date read only from the words announcing a meeting is left null (its start and end with it)
ANNOUNCED = "uncertain: a date written only after words announcing a meeting ('Nästa möte') is that meeting's"


def _announced_date(rec: MeetingRecord, fields: list[Field], text: str, years: list[int]) -> None:
    """Null ``rec.date`` (and the hours read with it) when the document writes that date only just after
    "Nästa möte" or an extra meeting's words: it is the announced meeting's, never this one's. A date read
    after a date label of the header ("Mötesdatum: ...") is the meeting's wherever else it is written."""
    day = date.fromisoformat(rec.date) if rec.date else None
    if day is None or not (may_name_next(text) or upcoming.may_name_other(text)) \
            or fallbacks.labelled_date(fields, rec.date) \
            or upcoming.own_day(text, day, years, (NEXT, upcoming.OTHER_WORDING)) is not None:
        return
    rec.date = None  # hours read with it, by no label of their own, go too (confidence._date_doubted)
    rec.evidence.append(Evidence("date", 0, 0, 0, ANNOUNCED, 0.0))


def _programme_start(lines: list[Line], first: int) -> str | None:
    """The time of a programme table's first row: when the meeting starts."""
    for ln in reversed(lines[:first]):
        if ln.blank or DURATION_CELL.match(ln.text):
            continue
        return dates.parse_times(ln.text)[0] if TIME_CELL.match(ln.text) else None
    return None
