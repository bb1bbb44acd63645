"""When and where a meeting is held, from its header: the labelled date, time and place, a summons
sentence ("kallas till sammanträde ... kl 14:00 i ..."), else the first dated line or a timetable."""

from __future__ import annotations

import re
from bisect import bisect_left

from ..record import Evidence, MeetingRecord
from ..swedish import dates
from ..swedish.datementions import WEEKDAY_WORD
from ..swedish.spacedrange import OPENS_SPACED
from . import heldplace, labelhours
from .labelrunplace import place_after_labels
from .titledate import meeting_date
from .summonsdate import summoned_date
from .features import keyword_fold
from .fields import Field
from .header import trim_place
from .lines import Line
from .valuedoubts import NUMBER_BEFORE
from .placeend import cut_end
from .placeforms import JUSTERING_BEFORE, cut_first_item, from_lines, from_value, in_flat_header, refine, title_organisation

def read_when_where(rec: MeetingRecord, fields: list[Field], header: list[Line], years: list[int]) -> None:
    """Date, start, end and place of the meeting from its header: the labelled fields first, then a summons
    sentence, a place line, the first dated line, a timetable's hours; a time read with a date that is not the
    meeting's is left null and said so."""
    _read_labelled(rec, fields, header, years)
    head_text = "\n".join(ln.text for ln in header if not ln.blank)
    _read_summons(rec, head_text, years, fields)
    rec.place = rec.place or from_lines(header, place)
    if not rec.place and (owner := next(filter(None, map(title_organisation, head_text.split("\n")[:3])), None)):
        rec.evidence.append(Evidence("place", 0, 0, 0, f"uncertain: '{owner}' in the title says whose meeting it was, "
                                                       f"not where it was held", 0.0))
    heldplace.place_hours_line(rec, [ln.text for ln in header if not ln.blank], place)  # "Plats och tid / ... / X, 9-12"
    doubted = _read_first_date(rec, head_text, years) if not rec.date else None
    summoned_date(rec, head_text, years)  # "Stockholm 2022-05-02 ... kallas till sammanträde den 16 maj 2022"
    if not rec.start and not rec.end:  # (an end read alone, its range's start cut, is kept)
        rec.start, rec.end = _times_from_lines([ln.text for ln in header if not ln.blank])
    if rec.start and not rec.end:  # "Starttid: 09.00 / Sluttid: 11.30"
        rec.end = labelhours.labelled_end(head_text, rec.start)
    if doubted and not rec.start:
        rec.evidence.append(Evidence("start", 0, doubted.start, doubted.end,
                                     "uncertain: a time read with a date that is not the meeting's", 0.0))
    if not rec.start and not rec.end and rec.date:
        rec.end = _end_of_cut_range(head_text, rec.date, years)


def _read_labelled(rec: MeetingRecord, fields: list[Field], header: list[Line], years: list[int]) -> None:
    """The labelled date, hours and place, the label likeliest to date the document first; the place and time
    of the justering are not the meeting's."""
    for f in sorted(fields, key=lambda f: _document_date_label(f, fields, years)):
        if f.kind in ("dateplace", "place") and _after_justering(f, header):
            continue  # "Justering / Plats och tid Kommunhuset 2019-03-10": when and where the minutes are checked
        if f.kind in ("date", "datetime") and _justerare_time(f, fields, header):
            continue  # "Plats: Salen ... Justerare: Anna Berg / Tid: 18 mars": when the justerare signs
        if f.kind in ("date", "datetime", "dateplace") and f.value:
            _read_date_field(rec, f, years)
        elif f.kind == "place" and f.value and not rec.place:
            rec.place = place(f.value)
        if not rec.place and f.kind in ("date", "datetime", "dateplace") and (written := from_value(f.value)):
            rec.place = place(written)  # "Tid Plats ande Stadshuset ...": labels in a row, their values after


def _read_date_field(rec: MeetingRecord, f: Field, years: list[int]) -> None:
    """The date, hours (also written without their dash or their start's hour) and place of one date field."""
    # with its label only where the label can change the date ("Tid: 10 11 oktober", a range), else as others ask
    found = dates.parse_date(f"{f.label} {f.value}" if OPENS_SPACED.match(f.value) else f.value, years=years)
    rec.date = rec.date or (found.isoformat() if found else None)
    if found and found.isoformat() != rec.date:  # "Plats och tid Rådhuset, den 16 maj, kl 8.00 för justering": a
        return  # time is written beside its own day: with another day than the meeting's, another event's hour
    hours_part = BREAK.split(f.value)[0]  # "..., Ajournering 09.06-09.07": a break's hours are not the meeting's
    start, end = dates.parse_times(hours_part)
    if not start and not rec.start:  # "Tid: 13-15", "Datum och tid: 2023-02-07, 9–12"
        start, end = labelhours.hours(hours_part)
    if start and not end and (cut := labelhours.cut_start_end(hours_part)) == start:  # ":00 12:00"
        start, rec.end = None, rec.end or cut  # the start's hour lost: what was read as the start is the end
    if start and not end:  # "Tid: 18:00 20:30": the range's dash lost
        end = labelhours.lost_dash_end(hours_part, start)
    if start and not rec.start:
        rec.start, rec.end = start, _sessions_end(rec, hours_part, start, end, f.start)
    if f.kind == "dateplace" and not rec.place:
        rec.place = place(f.value)


def _bare_date(rec: MeetingRecord, fields: list[Field], years: list[int]) -> bool:
    """Whether the date read is only a bare "Datum" label's (often when a kallelse was written)."""
    return bool(rec.date) and all(f.label.casefold().strip(" :\t") == "datum" for f in fields if f.kind in (
        "date", "datetime", "dateplace") and (d := dates.parse_date(f.value or "", years=years)) and d.isoformat() == rec.date)


def _read_summons(rec: MeetingRecord, head_text: str, years: list[int], fields: list[Field] | None = None) -> None:
    """Date, hours and place a summons sentence gives where no label did (its date also over a bare "Datum"
    label's: "Datum: 2024-02-20 ... Nämnden kallas till sammanträde den 4 mars 2024 kl 18.00 i ...")."""
    low = keyword_fold(head_text)  # the cheap test: each wording has "kallas" or "sammanträde"
    summons = SUMMONS.search(head_text) if "kallas" in low or "sammanträde" in low else None
    if summons:  # "Nämnden kallas till sammanträde torsdagen den 4 december 2014 kl 14:00 i Eken, Kommunhuset."
        when = dates.parse_date(summons.group(1), years=years)
        bare = summons.group(0)[:6].casefold() == "kallas" and _bare_date(rec, fields or [], years)  # itself: asked here only
        rec.date = when.isoformat() if when and (bare or not rec.date) else rec.date
        if not rec.start:
            rec.start, rec.end = dates.parse_times(summons.group(2))
        rec.place = rec.place or place(summons.group(3))


def _read_first_date(rec: MeetingRecord, head_text: str, years: list[int]) -> dates.DateMention | None:
    """The date of the header's first dated line (a title's date before it), and the hours written just after
    it. Returns that date's mention when it is the justering's and writes an hour (to be said so if no other
    hour is found), else None."""
    mention = next((m for m in dates.find_dates(head_text, years=years) if m.day is not None  # not "Nr 5/12"
                    and not NUMBER_BEFORE.search(head_text[max(0, m.start - 8):m.start])
                    and not OTHER_EVENT_BEFORE.search(head_text[max(0, m.start - 50):m.start])), None)
    mention = _title_date(head_text, mention, years) or meeting_date(head_text, mention, years) or mention
    justering = mention and _justering_line(head_text, mention.start)
    rec.date = mention.date.isoformat() if mention and mention.date and not justering else None
    if mention and not rec.start and CLOCK_AFTER.match(head_text, mention.end) and justering:
        # the justering's date and hour: not read (said so below if it writes an hour and no other is found)
        return mention if dates.parse_times(head_text[mention.end:mention.end + 40])[0] else None
    if mention and not rec.start and (clock := CLOCK_AFTER.match(head_text, mention.end)):  # "den 14 maj 2019 kl. 18:30"
        after = head_text[mention.end:mention.end + 40]
        rec.start, rec.end = dates.parse_times("kl " + after.lstrip(" ,") if clock["bare"] else after)
        if rec.start and not rec.end:  # "den 11 april 2019 kl 09:30 12:30": the range's dash lost
            rec.end = labelhours.lost_dash_end(head_text[mention.end:mention.end + 40], rec.start)
        if rec.start:  # "den 9 februari 2016 kl. 08.45 12.00, 13.00 16.30": two sessions, the last one's end
            rec.end = _sessions_end(rec, head_text[mention.end:mention.end + 60], rec.start, rec.end, mention.end)
    return None


def _sessions_end(rec: MeetingRecord, value: str, start: str, end: str | None, offset: int) -> str | None:
    """The end of hours written as sessions after a comma (the last session's), null when unsure and said so."""
    sessions, found = labelhours.sessions_end(value, start, end)
    if sessions and not found:
        rec.evidence.append(Evidence("end", 0, offset, offset, "uncertain: a time after the meeting's hours "
                                     "and a comma that is not a later session", 0.0))
    return found


def _after_justering(f: Field, header: list[Line]) -> bool:
    """The field's label follows a justering word on its line, or on the lines just before ("Justering /
    Justerare Anna Berg (S) / Plats och tid ...")."""
    before: list[str] = []
    for ln in header:
        if ln.start <= f.start < ln.start + max(len(ln.text), 1):
            before.append(ln.text[:f.start - ln.start])
            break
        if not ln.blank:
            before = (before + [ln.text])[-2:]
    return bool(JUSTERING_BEFORE.search(" ".join(t for t in before if t.strip())))


def read_flat_place(rec: MeetingRecord, lines: list[Line]) -> None:
    """The place after a label inside a line of the document's opening text, when the header gave none."""
    rec.place = rec.place or in_flat_header(lines, place) or place_after_labels(lines, place)


def _document_date_label(f: Field, fields: list[Field], years: list[int]) -> bool:
    """A bare "Datum" is often the date a kallelse or letter was written; when a meeting's own label of date and
    time ("Datum och tid", "Tid och plats") gives another date with its hour, or a label naming the meeting
    ("Sammanträdesdatum") another date, that label is read first."""
    if f.label.casefold().strip(" :\t") != "datum":
        return False
    own = dates.parse_date(f.value or "", years=years)
    return any(g is not f and (g.kind in ("datetime", "dateplace") and dates.parse_times(g.value or "")[0]
                               or g.kind == "date" and MEETING_LABEL.search(g.label)  # "Sammanträdesdatum"
                               and _date_alone(f.value) and _date_alone(g.value))  # (no row of labels, no note)
               and (other := dates.parse_date(g.value or "", years=years)) and other != own for g in fields)


def _date_alone(value: str | None) -> bool:
    """A label's value that is a date in digits and nothing else."""
    return re.fullmatch(r"[\s\d./-]+", value or "") is not None


#: a date label that names the meeting: "Sammanträdesdatum", "Mötesdatum"
MEETING_LABEL = re.compile(r"(?i:sammanträde|möte)")


#: a place or time label opening the line of a date
TIME_LABEL_OPENS = re.compile(r"(?:Plats och tid|Tid och plats|Datum och tid|Datum|Tid)\b")


#: the justerare's label opening a line ("Justerare: Anna Berg (S)"), and the substitute's under it
JUSTERARE_LINE = re.compile(r"^(?:Justerare|Justerande|Ersättare)\s*:")


def _justerare_time(f: Field, fields: list[Field], header: list[Line]) -> bool:
    """A date or time label right under the justerare's lines ("Justerare: Anna Berg / Ersättare: Per Holm / Tid:
    tisdagen den 18 mars"), after the meeting's own place or date label: the time the minutes are signed."""
    if not any(g.start < f.start and g.kind in ("place", "dateplace", "date") for g in fields):
        return False  # the meeting's own block comes first: a header opening with its time is not the justering's
    above = _two_above(header, f.start)
    return bool(above) and any(t.startswith(("Justerare", "Justerande")) for t in above) \
        and all(JUSTERARE_LINE.match(t) for t in above)


def _two_above(header: list[Line], at: int) -> list[str]:
    """The last two non-blank lines of ``header`` (in text order) that end before ``at``, read from the end."""
    # the header's lines end in text order: those ending before ``at`` found by bisection, not tried one by one
    written = [ln for ln in header[:bisect_left(header, at, key=lambda ln: ln.start + len(ln.text))] if not ln.blank]
    return [ln.text.strip() for ln in written[-2:]]


def _justering_line(text: str, at: int) -> bool:
    """The date at ``at`` stands on a line opened by a place or time label whose line(s) above are the
    justering's ("Justering / Justerare Anna Berg (S) / Plats och tid Kansliet den 8 maj kl 11:00")."""
    line_start = text.rfind("\n", 0, at) + 1
    lines = [t.strip() for t in text[:line_start].rstrip("\n").rsplit("\n", 2)[-2:] if t.strip()]
    justerare = bool(lines) and any(t.startswith(("Justerare", "Justerande")) for t in lines) \
        and all(JUSTERARE_LINE.match(t) for t in lines)  # "Justerare: Anna Berg / Ersättare: Per Holm / Tid: ..."
    return bool(TIME_LABEL_OPENS.match(text, line_start)) and (bool(JUSTERING_BEFORE.search(" ".join(lines)))
                                                               or justerare)
#: words of the same sentence before a date that make it another event's, never how a title or label writes the
#: meeting's: a deadline ("senast"), a decision ("beslutade"), a law ("trädde i kraft"), a period ("t.o.m."), the
#: previous or next meeting ("föregående", "nästa"), earlier minutes in the definite form ("protokollet från",
#: "Uppdraget från mötet"; a title writes "Protokoll från", "Minnesanteckningar från mötet"), the day the document was
#: sent or revised ("Utskick: 2019-05-02", "Reviderad 2019-04-02", "(rev. 2019-03-12)": a kallelse's or a version's)
OTHER_EVENT_BEFORE = re.compile(r"(?:\b(?:senast|beslut\w*|i\s+kraft|lag(?:en)?|per|t\.\s?o\.\s?m\.?|fr\.\s?o\.\s?m\.?|"
                                r"utskick\w*|utsänd\w*|skickad\w*|skickat|avsänd\w*|reviderad|reviderat|rev|uppdaterad|uppdaterat|"
                                r"till\s+och\s+med|föregående|förra|nästa|kommande|protokollet|anteckningarna)\b|"
                                r"\b\w+(?:et|na)\s+från\s+(?:mötet|sammanträdet)\b)"
                                r"(?:[^.\n]|(?<=\d)\.(?=\d)|(?<=\b\w)\.|(?<=\bfr)\.|(?<=\brev)\.){0,40}$", re.I)
#: a break in the meeting, its hours written after it
BREAK = re.compile(r"\b(?:[Aa]journer\w*|AJOURNER\w*|[Pp]aus|[Ll]unchpaus|[Ff]ikapaus|[Uu]ppehåll)\b")
#: an hour right after a date: after the clock word, or a time with minutes and nothing else between ("tisdag
#: 5 mars 2024 09.00": the date's hour, though a bare "09.00" elsewhere needs the clock word)
CLOCK_AFTER = re.compile(r"\s*,?\s*(?:(?:kl\.?|klockan)\s*\d|(?P<bare>(?:2[0-3]|[01]?\d)[.:][0-5]\d)(?![\d]|[.:]\d))", re.I)
SUMMONS = re.compile(r"(?:kallas\s+till\s+sammanträde|sammanträder|sammanträde\s+hålls)\s+(.{6,60}?)\s+"
                     r"((?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)\s+"
                     r"(?:i|på)\s+([^.\n]{3,80})", re.I)


#: a title line naming the document's kind, the meeting's date in it: "Protokoll fört vid föreningens möte
#: 2013-05-28"
TITLE_KIND = re.compile(r"^(?:Protokoll|PROTOKOLL|Minnesanteckningar|MINNESANTECKNINGAR|Anteckningar|"
                        r"Mötesanteckningar|Kallelse|KALLELSE)\b")
#: what a line holding only a date may hold besides it: a weekday, "den", punctuation
DATE_LINE_REST = re.compile(rf"^[\s,.:-]*(?:{WEEKDAY_WORD}(?:en)?\s*"
                            r"(?:den\s*)?)?[\s,.:-]*$", re.I)


def _title_date(head_text: str, first: dates.DateMention | None, years: list[int]) -> dates.DateMention | None:
    """A line holding only a date above the title (a blog post's or a letter's date) is when it was written; the
    meeting's date is the one a title line writes with its year, when the title follows within three lines."""
    if first is None or first.date is None:
        return None
    line_start = head_text.rfind("\n", 0, first.start) + 1
    line_end = head_text.find("\n", first.end) % (len(head_text) + 1)
    if not DATE_LINE_REST.match(head_text[line_start:first.start] + " " + head_text[first.end:line_end]):
        return None
    for line in [ln for ln in head_text[line_end:].split("\n") if ln.strip()][:3]:
        if TITLE_KIND.match(line.strip()):
            own = next((m for m in dates.find_dates(line, years=years) if m.date and m.year and
                        re.search(r"(?:19|20)\d\d", m.text)), None)
            if own:
                return own if own.date != first.date else None
    return None


#: after the meeting's date, a range whose start lost its hour digits (a web extract strips digits) and perhaps
#: its dash: "den 1 juni :00 12:00", "2019-06-01 kl :30–12:00": the end is still written whole
CUT_RANGE = re.compile(r"\s*,?\s*(?:kl\.?\s*|klockan\s+)?[:.]\d{2}\s*[-–]?\s*(?P<end>(?:2[0-3]|[01]?\d)[.:][0-5]\d)"
                       r"(?![\d]|[.:]\d)", re.I)


def _end_of_cut_range(head_text: str, date: str, years: list[int]) -> str | None:
    """The end of a range written right after the meeting's date whose start lost its hour; None when none."""
    for mention in dates.find_dates(head_text, years=years):
        if mention.date and mention.date.isoformat() == date and (m := CUT_RANGE.match(head_text, mention.end)):
            end, _ = dates.parse_times("kl " + m["end"])
            return end if end and "06:00" <= end <= "23:59" else None
    return None


def _times_from_lines(texts: list[str]) -> tuple[str | None, str | None]:
    """A timetable ("Hålltider"): the slot of the meeting itself, else the first time range; of a programme of
    several slots, the first slot's start and the last slot's end (:func:`.labelhours.programme_end`)."""
    slots = [(t, dates.parse_times(t)) for t in texts if re.match(r"^(kl\.?\s*)?\d{1,2}[.:]\d{2}\s*[-–]", t)]
    for t, (s, e) in slots:
        if re.search(r"möte\b|mötet\b|sammanträde", t, re.I) and s:
            return s, e
    return (slots[0][1][0], labelhours.programme_end([h for _, h in slots])) if slots else (None, None)


def place(value: str) -> str | None:
    """The place as written, without date and time; None for a value that is a title, not a place."""
    value = re.split(r"(?<=[a-zåäö0-9])\.\s+(?=[A-ZÅÄÖ])", cut_first_item(value))[0]
    v = value.split("; ")[0] if not value.split("; ")[0].isupper() else next(
        (part for part in value.split("; ") if not part.isupper()), "")
    for m in sorted(dates.find_dates(v), key=lambda m: -m.start):
        v = v[:m.start] + v[m.end:]
    # after the clock word the minutes may follow a decimal comma ("kl 13,00-16,40")
    v = re.sub(r"\b(?:kl\.?|klockan)\s*\d{1,2}(?:[.:,]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:,]\d{2})?)?", "", v, flags=re.I)
    v = re.sub(r"\b\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\b", "", v)
    v = re.split(r"\s(?:Ärenden|Ärendelista|ÄRENDELISTA|Diarienummer|Besök|Nr\.?|Föredragande|Dagordning|"
                 r"Närvarande|Beslutande|Kallade)\b", v)[0]
    v = re.sub(r"\s*,\s*", ", ", v)
    v = refine(trim_place(cut_end(re.sub(r"\s+", " ", v))))
    return v or None

