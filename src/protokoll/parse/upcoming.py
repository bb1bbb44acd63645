"""The next meeting where minutes name it without "nästa möte", and the stretch of text its date is read from.

Minutes announce the next meeting in a few fixed ways besides "Nästa möte": an
extra meeting called at this one ("Styrelsen håller ett extra sammanträde den
7 juni kl. 13-15", "ett extrainsatt möte den ..."), or the group meeting again
("Gruppen träffas igen den 3 maj", "Nämnden sammanträder nästa gång ..."), or its occasion
("Nästa mötestillfälle är den 1 juni").
Only a date later than the meeting's own, written close after those words,
counts. A flattened page puts the whole document on one line, so the date
after "Nästa möte" and the next meeting's hours are read in a short window
after the words, never from anywhere later on that line.
"""

from __future__ import annotations

import re
from datetime import date

from ..swedish import dates
from ..swedish.datementions import WEEKDAY_NAMES, WEEKDAY_WORD, DateMention
from . import meetingkind
from .features import keyword_fold
from .lines import Line

WINDOW = 120  #: characters after "Nästa möte" (or an extra meeting) in which its date is written
TIME_WINDOW = 50  #: characters after the date in which the meeting's hours are written
SHORT_LINE = 200  #: a line this short is one statement: its hours are read from all of it

OTHER_WORDING = re.compile(
    r"\bnästa\s+(?:mötes|sammanträdes)(?:tillfälle|datum|dag|tid)\b|"
    r"\b(?:extra|extrainsatt|extrainsatta|ytterligare\s+ett|ett\s+nytt)\s+(?:[\wåäö]+)?(?:möte|sammanträde|"
    r"sammankomst)\b|\b(?:sammanträder|träffas|ses|möts)\s+(?:igen|nästa\s+gång)\b|"
    # the meeting put off to another day, where it goes on: "Mötet ajournerades till den 16 april", "Sammanträdet
    # fortsätter tisdagen den 21 april" (this body's next sitting)
    r"\bajourner(?:as|ades|ats)\s+till\b|\b(?:mötet|sammanträdet)\s+(?:fortsätter|återupptas)\b", re.I)


def _may_name_other(low: str) -> bool:
    """The cheap test before ``OTHER_WORDING`` on the folded text: the words each of its wordings needs."""
    return ("nästa" in low and ("mötes" in low or "sammanträdes" in low)) \
        or (("extra" in low or "ytterligare" in low or "nytt" in low)
            and ("möte" in low or "sammanträde" in low or "sammankomst" in low)) \
        or (("igen" in low or "nästa" in low)
            and ("sammanträder" in low or "träffas" in low or "ses" in low or "möts" in low)) \
        or "ajourner" in low or (("fortsätter" in low or "återupptas" in low)
                                 and ("mötet" in low or "sammanträdet" in low))


#: the end of the sentence that names the next meeting: its date is never in the next one ("Nästa möte är inte
#: bestämt. Presentationen från den 7 maj ..."), unless that sentence is only the date's label and the date
#: ("Nästa möte blir hos Ekby IF. Datum tisdag 8 april kl 18.", "... Tid: den 3/5 kl 9"): the meeting's date given
#: a sentence of its own (a label with more words, "Datum för årsmötet är ...", names another date)
SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ][a-zåäö]{2,}\s)"
                          rf"(?!(?:Datum|Tid|Tidpunkt|Dag)\s*:?\s+(?:den\s+)?(?:\d|(?i:{WEEKDAY_WORD})))")


def window(text: str, start: int) -> str:
    """The text after a next-meeting phrase in which its date may be read: at most ``WINDOW`` characters, and
    not past the end of its sentence."""
    text = text[start:start + WINDOW]
    end = SENTENCE_END.search(text)
    return text[:end.start()] if end else text


#: what may stand before a heading on its line: an item number ("§ 4", "4.", "4)", "Punkt 4") or nothing; in a
#: line run together from several, the item number just before it ("... avslutas. § 4 Nästa möte. ...")
HEADING_BEFORE = re.compile(r"(?:^|(?:§\s*\d{1,4}|(?<!\S)(?:punkt\s+)?\d{1,2}[.)]?))\s*$", re.I)
#: the full stop that ends a heading written on the line of its text ("Nästa möte. Tisdag 1/10")
HEADING_STOP = re.compile(r"\s*\.\s+(?=\S)")


def heading_start(text: str, hit: re.Match) -> int:
    """Where the date of the meeting a phrase names is read from: the phrase itself, or, when the phrase is an
    item's heading ended by a full stop with its text on the same line ("§ 4 Nästa möte. Tisdag 1/10 kl 19"),
    just after that stop -- the stop ends the heading, not the sentence naming the meeting (a phrase inside a
    sentence, "Frågan tas upp vid nästa möte. Den 7 maj ...", keeps its sentence end; a heading is capitalised)."""
    stop = HEADING_STOP.match(text, hit.end())
    if stop and hit.group(0)[:1].isupper() and HEADING_BEFORE.search(text[:hit.start()]):
        return stop.end()
    return hit.start()


def other_wording(lines: list[Line], day: date | None, years: list[int], own: set[str] = frozenset(),
                  text: str | None = None) -> date | None:
    """The first later date written just after an extra meeting or a "meets again" phrase. In an undated
    document (a web agenda) only a certain date counts (:func:`certain_undated`: its year written, or a weekday that
    fits a year the document names). A meeting
    "med" others ("ett nytt möte med förvaltningen") or of another kind of body than ``own`` ("ett extra
    årsmöte" in the board's minutes, :mod:`.meetingkind`) is not this body's next meeting."""
    text = "\n".join([ln.text for ln in lines]) if text is None else text  # (``text``: the lines joined by the caller)
    low = keyword_fold(text)  # every wording has one of these words; then one scan: a line's match is the text's
    named = OTHER_WORDING.search(text) if _may_name_other(low) else None
    if not named:
        return None
    for ln, hit in matches_from(lines, OTHER_WORDING, named.start(), text):
        if WITH_OTHERS.match(ln.text, hit.end()) or meetingkind.names_other_body(ln.text[hit.start():], own):
            continue
        text_after = window(ln.text, hit.end())
        for d in dates_in(text_after, years, day):
            if later(d, text_after, day, years):
                return d.date
    return None


#: a day and month written with a full stop and no year ("Nästa möte 12.11 kl 13", "tisdag 5.6."), as Finland-Swedish
#: documents and informal notes write them (the Swedish date reader leaves them: a decimal or a clock time elsewhere);
#: not run on into more digits ("12.11.13", "1.2.3") and not a clock time (:func:`dates_in`)
DOTTED = re.compile(r"(?<![\d.,:/§-])([0-3]?\d)\.([01]?\d)(?![\d]|[.,:]\d)")


def dates_in(text: str, years: list[int], day: date | None) -> list[DateMention]:
    """The dates written in ``text`` after next-meeting words: those :func:`dates.find_dates` reads (a year-less one
    counted from ``day``), and, when the meeting's day is known, a day and month with a full stop (``DOTTED``)
    that no "kl", "§" or "punkt" leads (the next such day after the meeting)."""
    found = dates.find_dates(text, years=years, after=day)
    if day is None or "." not in text:
        return found
    for m in DOTTED.finditer(text):
        whole, month = int(m.group(1)), int(m.group(2))
        if not (1 <= month <= 12 and 1 <= whole <= 31) or re.search(r"(?:\bkl\.?|§|\bp\.|\bpunkt)\s*$", text[max(0, m.start() - 6):m.start()]) \
                or any(d.start < m.end() and m.start() < d.end for d in found):
            continue
        when = dates.next_occurrence(month, whole, day)
        found.append(DateMention(m.start(), m.end(), m.group(0), None, month, whole, None, when))
    return sorted(found, key=lambda d: d.start)


def later(found: DateMention, text: str, day: date | None, years: list[int]) -> bool:
    """Whether a date read after next-meeting words (``text``: where it was read) may be the next meeting's: later
    than this meeting (in an undated document a certain date, :func:`certain_undated`), not a date without its year
    that only a year later fits (:func:`rolled_far`), and not a deadline's, the justering's or the posting's
    (:data:`NOT_MEETING` just before it)."""
    if not found.date or not (found.date > day if day else certain_undated(found, years)):
        return False
    return not rolled_far(found, day) and not NOT_MEETING.search(text, max(0, found.start - 60), found.start) \
        and not MOVED_FROM.search(text, max(0, found.start - 60), found.start) and not CALLED_OFF.match(text, found.end)


ROLL_DAYS = 183  #: half a year: a body's next meeting is weeks or months after this one, not a year


def rolled_far(found: DateMention, day: date | None) -> bool:
    """Whether a date written without its year is placed in a later year than the meeting's and more than half a
    year after it ("Nästa möte 2 mars" in the minutes of 10 March 2021 read as 2 March 2022; a list "3 feb, 14 april"
    read in March): such a date is an earlier one, a slip or another year's plan, and names no next meeting (in
    December, "15 januari" is next month's and stays)."""
    return day is not None and found.date is not None and found.date.year > day.year \
        and (found.date - day).days > ROLL_DAYS and not any(m.date for m in dates.find_dates(found.text))


#: words that make the date after them (in the same clause) another event's than the next meeting: a deadline
#: ("Kallelse skickas senast den 20 april"), the justering ("Protokollet justeras den 17 mars"), the posting of the
#: minutes ("Anslaget tas ned den 8 april"), a handing-in ("inlämning", "sista dag för ...")
NOT_MEETING = re.compile(r"\b(?:senast|justera\w*|justering\w*|anslag\w*|anslås|inlämning\w*|deadline|"
                         r"sista\s+dag\w*)\b[^.;!?\n]{0,40}$", re.I)


#: a meeting moved: the day it was to be held, after "från" in a clause that says it moves ("Nästa möte flyttas från
#: den 14 april till den 20 april"): the date after "till" is the meeting's
MOVED_FROM = re.compile(r"\b(?:flytta\w*|ändra\w*|senarelägg\w*|senarelag\w*|tidigarelägg\w*|tidigarelag\w*)\b"
                        r"[^.;!?\n]{0,40}\bfrån\s+(?:den\s+)?$", re.I)
#: a meeting called off: its date followed, in the same clause, by "ställs in", "är inställt", "utgår" ("Nästa möte den
#: 20/4 ställs in"): no meeting on that day
CALLED_OFF = re.compile(r"[^.;!?\n]{0,30}?\b(?:ställs\s+in|ställts\s+in|ställdes\s+in|(?:är|blir)\s+inställ\w*|"
                        r"inställ(?:t|da|es)\b|utgår)\b", re.I)


#: a weekday's stem, its name without "dag" ("tis", "tors"); abbreviated, its first three letters ("tor")
_STEMS = tuple(name.removesuffix("dag") for name in WEEKDAY_NAMES)
WEEKDAYS = tuple(stem[:3] for stem in _STEMS)  #: Monday first, as ``date.weekday()`` counts
#: a weekday's name ("tisdag", "tisdagen", "tis", "tors."): with it, a date written without its year fits few years
WEEKDAY = re.compile(r"\b(?:" + "|".join(stem[:3] + (f"(?:{stem[3:]})?" if stem[3:] else "") for stem in _STEMS)
                     + r")(?:dag(?:en)?|\.)?(?![\wåäö])", re.I)


def certain_undated(found: DateMention, years: list[int]) -> bool:
    """Whether a date read in a document whose own date is unknown is certain: it writes its year ("15 januari
    2020"), or its weekday fits the date in one of the years the document names ("tisdag 8 oktober" in a
    document that names 2019; spec: a weekday plus the years named in the text make the year certain)."""
    if re.search(r"\b(?:\d{4}|\d{6}|\d{8})\b", found.text):  # "2020", or a compact "200115", "20200115"
        return True
    day = WEEKDAY.search(found.text)
    return bool(day) and found.date is not None and found.date.year in years \
        and WEEKDAYS.index(day.group(0)[:3].casefold()) == found.date.weekday()



#: a meeting held with others: "ett nytt möte med förvaltningen", "ett extra möte tillsammans med regionen"
WITH_OTHERS = re.compile(r"\s+(?:med|tillsammans\s+med|hos|mellan)\b", re.I)


def matches_from(lines: list[Line], rx: re.Pattern, start: int, joined: str | None = None):
    """Each (line, match) of ``rx`` in ``lines``, from the line that holds position ``start`` of the lines
    joined by newlines (where a search of the whole text found the first match; earlier lines have none).
    ``joined``: that text, whose line breaks before ``start`` count the lines before it (no loop over them)."""
    if joined is not None:
        yield from ((ln, m) for ln in lines[joined.count("\n", 0, start):] for m in rx.finditer(ln.text))
        return
    end = -1  #: where the line ends in the joined text
    for ln in lines:
        end += len(ln.text) + 1
        if end >= start:
            for m in rx.finditer(ln.text):
                yield ln, m


def hours(lines: list[Line], found: date, day: date | None, years: list[int]) -> tuple[str | None, str | None]:
    """The hours written with the next meeting's date: on its line when the line is short, else just after it;
    never past the next date on the line ("möte 22/4 samt styrelsemöte den 14/5 kl 14": 14:00 is the other's); with
    none there, on a line of its own right under it that is labelled so ("Tid: 13.00-15.00")."""
    for k, ln in enumerate(lines):
        found_here = dates.find_dates(ln.text, years=years, after=day)
        if all(d.date != found for d in found_here):  # a day.month date ("12.11"): a clock time ("10.05") stays one
            found_here = dates_in(ln.text, years, day)
        for d in found_here:
            if d.date != found:
                continue
            stop = min((x.start for x in found_here if x.start >= d.end), default=len(ln.text))
            text = ln.text[:stop] if len(ln.text) <= SHORT_LINE else ln.text[d.start:min(d.end + TIME_WINDOW, stop)]
            start, end = dates.parse_times(text)
            if start:
                return start, end
            if bare := BARE_HOURS.match(ln.text, d.end):  # "Nästa träff 5 okt 13–15": hours right after the date
                return f"{int(bare.group(1)):02d}:00", f"{int(bare.group(2)):02d}:00"
            if clock := BARE_CLOCK.match(ln.text, d.end):  # "Nästa möte / 11 oktober 18.00": a clock time right after
                return f"{int(clock.group(1)):02d}:{clock.group(2)}", None
            if k + 1 < len(lines) and TIME_LABEL.match(lines[k + 1].text) \
                    and (times := dates.parse_times(lines[k + 1].text))[0]:  # "Datum: 11 maj" / "Tid: 13.00-15.00"
                return times
    return None, None


#: a line that gives the hours under the date's line: "Tid: 13.00-15.00", "Kl. 9-12", "Klockan 13"
TIME_LABEL = re.compile(r"^\s*(?:tid|klockan|kl\.?)\s*:?\s*\d", re.I)


#: a range of whole hours written right after the next meeting's date ("5 oktober 13-15", "5 okt, 9–12"):
#: with no "kl" it is hours only there, from a working hour to a later one
BARE_HOURS = re.compile(r"\s*,?\s*(?:mellan\s+)?(0?[6-9]|1\d|2[0-2])\s*[-–]\s*(0?[7-9]|1\d|2[0-3])\b"
                        r"(?![.:,]?\d|\s*§)")


#: one clock time written with its minutes right after the next meeting's date, no "kl" ("11 oktober 18.00"):
#: a working hour, the date's line ending or going on with words (not a number, a range or a paragraph)
BARE_CLOCK = re.compile(r"\s*,?\s*(0?[6-9]|1\d|2[0-2])[.:]([0-5]\d)(?=\s*$|\s+[a-zåäöA-ZÅÄÖ]|[.,]\s)")


def may_name_other(text: str) -> bool:
    """The cheap test before ``OTHER_WORDING`` on a text."""
    return _may_name_other(keyword_fold(text))


def own_day(text: str, day: date | None, years: list[int], announcing: tuple[re.Pattern, ...]) -> date | None:
    """``day`` as the meeting's own date, None when ``text`` (the document) writes that date only just after words announcing
    a meeting (``announcing``: "Nästa möte", "ett extra sammanträde"): a date read from there is the announced
    meeting's, not this one's."""
    if day is None:
        return None
    spans = [(m.end(), m.end() + WINDOW) for rx in announcing
             if rx is not OTHER_WORDING or may_name_other(text) for m in rx.finditer(text)]
    number = str(day.day)
    if not any(d.date == day for lo, hi in spans if number in text[lo:hi]
               for d in dates.find_dates(text[lo:hi], years=years)):
        return day  # the cheap test first: the day is not written just after any announcing words
    mentions = [d for d in dates.find_dates(text, years=years) if d.date == day]
    if mentions and all(any(lo <= d.start < hi for lo, hi in spans) for d in mentions):
        return None
    return day
