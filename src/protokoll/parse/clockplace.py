"""The meeting's place written after its date and clock ("... tisdagen den 3 mars 2020 kl 13.15 i Salen,
Stadshuset, för att behandla ...") or after a "Tid och plats," label whose comma kept the reader from taking it as a
label ("Tid och plats, Salen kl 09.00").

A summons sentence or a time label writes when, then where: the date, the clock, then "i" or "på" and the place. The
same shape tells of other events (a justering, the next meeting, a party after it), so the date before the clock must
be the meeting's own date as the record already holds it (the cross-check) and the words before the date on its line
must not name another occasion ("justering", "nästa", "kommande", ...). The place ends at a sentence's end, a
comma before a lower-case word ("..., för att behandla"), or a clause word; a long value or a body's name is no
place (abstain). Used only where no other rule found a place.
"""

from __future__ import annotations

import re
from typing import Callable

from ..record import MeetingRecord
from ..swedish import dates
from ..swedish.clocktimes import HOUR, MINUTE
from .givenopen import opens_name
from .valuedoubts import place_doubt

HEAD = 3000  #: the opening part of the document, where the meeting's own date and place are told
_CLOCK = rf"{HOUR}(?:[.:]{MINUTE})?"
CLOCK_PLACE = re.compile(rf"(?:kl\.?|klockan)\s*{_CLOCK}(?:\s*[-–]\s*{_CLOCK})?\s*,?\s+(?:i|på)\s+"
                         r"(?P<p>[A-ZÅÄÖ][^\n]{1,100})")
LABEL_COMMA = re.compile(r"(?<![\wåäö])(?:Tid och plats|Plats och tid),[ \t]*(?P<p>[A-ZÅÄÖ][^\n]{1,80}?)[ \t]*,?[ \t]*"
                         r"(?:kl\.?|klockan)(?![\wåäö])")
#: where the place ends
END = re.compile(r"[.;:!?\n(]|,\s*(?=[a-zåäö])|\s(?:för|med|där|som|och|samt|den|kl|klockan)\s|\s\d")
#: words before the date that make it another occasion's
OTHER = re.compile(r"juste|nästa|kommande|föregående|förra|senaste|anslag|ajourn|återupptas|Nästa|Kommande",
                   re.I)
BODY_END = re.compile(r"(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|direktion|direktionen|"
                      r"rådet|gruppen|förbund|förbundet|föreningen|kommittén|beredningen)$", re.I)
MAX_WORDS = 6
HAS_MEETING_WORD = re.compile(r"möte|MÖTE|sammanträde|SAMMANTRÄDE")


def _clock_words(head: str):
    """Where "kl" stands as a word in ``head`` (str.find; the pattern is tried only there)."""
    i = head.find("kl")
    while i >= 0:
        if i == 0 or not head[i - 1].isalnum():
            yield i
        i = head.find("kl", i + 2)
TITLES = 8  #: the document's first lines, where its title stands (after a sharing site's few lines)


def clock_place(rec: MeetingRecord, text: str, clean: Callable[[str], str | None]) -> None:
    """Set ``rec.place`` from the first "<meeting's date> kl HH.MM i <place>" of the opening part, else from a
    "Tid och plats, <place> kl" label (see the module's docstring), when no place was read or the place read is one
    the judge of values will doubt (a summons sentence run on into it: "Salen, för att behandla ...")."""
    if rec.place and not place_doubt(rec.place):
        return
    head = text[:HEAD]
    if rec.date and " i " in head or rec.date and " på " in head:
        for at in _clock_words(head):  # the clock first (str.find), then the date just before it
            after = CLOCK_PLACE.match(head, at)
            if after is None:
                continue
            m = next((d for d in dates.find_dates(head[max(0, at - 120):at]) if d.end >= min(at, 120) - 2), None)
            line = head[max(0, at - 120):at]
            if m is None or m.date is None or m.day is None or m.date.isoformat() != rec.date \
                    or OTHER.search(line[max(line.rfind("\n") + 1, m.start - 80):m.start]):
                continue
            if value := _value(after["p"], clean):
                rec.place = value
                return
    if ("och plats," in head or "och tid," in head) and (m := LABEL_COMMA.search(head)):
        rec.place = _value(m["p"], clean) or rec.place
    if not rec.place and rec.date:
        titles = [t for t in head.split("\n") if t.strip()][:TITLES]
        named = [k for k, t in enumerate(titles) if HAS_MEETING_WORD.search(t)]  # the cheap test
        rec.place = _title_place(rec.date, [titles[k] for k in named] + [f"{titles[k]} {titles[k + 1]}" for k in named
                                                                         if k + 1 < len(titles)], clean)


#: a title line's meeting word before its date: "Styrelsemöte 2017-02-26", "... sammanträde den 3 maj 2006,"
#: (a wrapped title read with its next line: "Protokoll fört vid styrelsemöte för Norrby / Byalag, <date>, <place>")
MEETING_WORD = re.compile(r"(?:möte|MÖTE|sammanträde|SAMMANTRÄDE)(?:t|T)?(?:\s+(?:för|med|i)\s+[A-ZÅÄÖ][\wåäö\-]*"
                          r"(?:\s+[A-ZÅÄÖ][\wåäö\-]*){0,3})?\s*,?\s+(?:den\s+)?$")
#: the place after the title's date (and hours): up to the line's end or the next label with its colon
AFTER_DATE = re.compile(r"\s*(?:kl\.?\s*)?(?:(?:2[0-3]|[01]?\d)[.:][0-5]\d)?\s*,?\s*(?P<p>[A-ZÅÄÖ][^\n:]{1,80}?)"
                        r"\s*(?=$|\s(?:Närvarande|Deltagande|Deltagare|Beslutande|Ledamöter|Närvaro)\b|\s[A-ZÅÄÖ][a-zåäö]+:|"
                        r"\s\d{1,2}\.\s)")  # (or the first item's number: "..., Byahuset 1. Närvarande")


def _title_place(meeting_date: str, titles: list[str], clean: Callable[[str], str | None]) -> str | None:
    """The place a title line writes right after the meeting's word and its own date (the date the record holds):
    "Styrelsemöte 2017-02-26 Bygdegården", "Protokoll vid styrelsens sammanträde den 3 maj 2006, Föreningens hus,
    Norrby Deltagande: ..." (the place up to the line's end or the next label); None where the words after the
    date open with a person's given name or a body ("Styrelsen beslutade ...": a sentence)."""
    for text in titles:
        for m in dates.find_dates(text):
            if m.date is None or m.date.isoformat() != meeting_date or not MEETING_WORD.search(text[:m.start]):
                continue
            after = AFTER_DATE.match(text, m.end)
            first = after["p"].split()[0] if after else ""
            if after and not opens_name(first) and not BODY_END.search(first) and (value := _value(after["p"], clean)):
                return value
    return None


def _value(written: str, clean: Callable[[str], str | None]) -> str | None:
    value = END.split(written)[0].strip(" ,")
    if not value or len(value.split()) > MAX_WORDS or BODY_END.search(value):
        return None
    value = clean(value)
    return value if value and not place_doubt(value) else None
