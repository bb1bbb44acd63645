"""The meeting's place in a title line that the plain title sentence (:mod:`.placeforms`) does not read.

Two ways a protocol's first line says where the meeting was, besides "Protokoll från ... möte ... i Norrby":

- the date and the hour, then the place, then the first label: "PROTOKOLL FRÅN STYRGRUPPSMÖTE Tisdag den
  3 juni 2008, kl. 13.00 Dalarummet, Länshuset, Falun Närvarande: ..." (a web extract may have cut the
  hour's digits: "kl. 13:", "kl");
- a compound title word ("STYRELSEPROTOKOLL", "Årsmötesprotokoll") opening the sentence, a page number
  before it, and the place before the day: "1 STYRELSEPROTOKOLL NR 4/11 fört vid förbundets styrelsemöte
  på förbundets kansli i Norrby lördagen den 12 februari 2011 kl ...".

Either value must be short (a room, a building, a town): a longer one is the page's text run on, and
abstained on.
"""

from __future__ import annotations

import re
from typing import Callable

from ..swedish import dates
from ..swedish.datementions import WEEKDAY_WORD

#: a title line: a page number may stand first, the kind of document is its first word (alone or compound)
TITLE_OPEN = re.compile(r"^(?:\d{1,3}\s+)?(?:[A-ZÅÄÖ]*PROTOKOLL|[A-ZÅÄÖ][a-zåäö]*protokoll|Protokoll|"
                        r"MINNESANTECKNINGAR|Minnesanteckningar|Mötesanteckningar|Anteckningar)\b")
#: the hour after the date, its digits perhaps cut ("kl. 13:", "kl"), the place after it
CLOCK_THEN = re.compile(r"\s*,?\s*(?:kl\.?|klockan)\s*(?:\d{1,2}(?:[.:]\d{0,2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?)?"
                        r"\s+(?=[A-ZÅÄÖ])", re.I)
#: the next label or sentence after the place
STOP = re.compile(r"\s(?:Deltagande|Deltagare|Närvarande|Beslutande|Ledamöter|Övriga|Frånvarande|Justerare|"
                  r"Sekreterare|Ordförande|Dagordning|Ärenden)\b|\.\s|\.$|:")
#: "fört vid <the meeting> på <the place> <the day>": the compound title's sentence
HELD_AT = re.compile(r"\b(?:fört|förda|förd)\s+vid\s+[^.\n]{0,80}?(?:möte|mötet|sammanträde|sammanträdet)\s+"
                     rf"(?:på|i)\s+(?P<place>[\wåäöÅÄÖ][^.\n]{{1,80}}?)\s+(?:{WEEKDAY_WORD}(?:en)?\s+)?"
                     r"den\s+\d")
MAX_WORDS = 6
#: a body's name where a place would stand: "fört vid sammanträde i kommunstyrelsen den 3 maj" names who met
BODY_END = re.compile(r"(?:nämnd|nämnden|styrelse|styrelsen|utskott|utskottet|fullmäktige|direktion|direktionen|"
                      r"råd|rådet|grupp|gruppen|förbund|förbundet|förening|föreningen|kommitté|kommittén|"
                      r"beredning|beredningen)$", re.I)


def title_place(texts: list[str], clean: Callable[[str], str | None]) -> str | None:
    """The place a title line among ``texts`` (the header's first lines) writes after its date and hour, or
    before its day in a "fört vid ... möte på ..." sentence; None when none or too long."""
    for text in texts:
        if not TITLE_OPEN.match(text):
            continue
        if (held := HELD_AT.search(text)) and len(held["place"].split()) <= MAX_WORDS:
            return None if BODY_END.search(held["place"]) else clean(held["place"])
        mention = next((m for m in dates.find_dates(text) if m.day is not None), None)  # the title's own date
        clock = CLOCK_THEN.match(text, mention.end) if mention else None
        if clock:
            value = STOP.split(text[clock.end():])[0].strip(" ,")
            return clean(value) if value and len(value.split()) <= MAX_WORDS else None
    return None


#: a title sentence saying when and where the meeting was held after its clock word: "Protokoll fört vid
#: styrelsemöte nr 5 onsdagen den 2 maj kl. 16 i Hembygdsgården", "Norrby IF protokoll från styrelsemöte 17 september
#: kl 12 på Sjöfartsmuseet i Norrby Närvarande: ...", "Protokoll fört vid telefonmöte 18 05 02 kl. 10-11" (a date a web
#: extract cut or wrote in digits the reader does not take is no matter: the hours and the place are the sentence's)
HELD_WHEN = re.compile(r"(?:^|\s)(?:[Pp]rotokoll|PROTOKOLL|[Mm]innesanteckningar)\s+(?:fört|förda|förd|från)\s+"
                       r"(?:vid\s+)?[^.\n:]{0,60}?(?:möte|mötet|sammanträde|sammanträdet)\b[^.\n:]{0,40}?"
                       r"\b(?:kl\.?|klockan)\s*(?P<a>(?:2[0-3]|[01]?\d)(?:[.:][0-5]\d)?)(?![\d.:]\d)"
                       r"(?:\s*[-–]\s*(?P<b>(?:2[0-3]|[01]?\d)(?:[.:][0-5]\d)?)(?![\d.:]\d))?"
                       r"(?:\s+(?:i|på)\s+(?P<p>[A-ZÅÄÖ][^.\n:]{1,80}))?")
#: where the place after "i" or "på" ends: the next label or sentence, or an item's number
HELD_STOP = re.compile(r"\s\d|\s(?:Närvarande|Deltagare|Deltagande|Beslutande|Ledamöter|Närvaro|Dagordning)\b|[.:;]")


def held_when(rec, texts: list[str], clean: Callable[[str], str | None]) -> None:
    """The start, end and place a title sentence among ``texts`` (the document's first lines) writes after its clock
    word (``HELD_WHEN``), where the header gave none: the hours from 06 to 22, the end after the start; the place
    short (a room, a building, a town) and no body's name."""
    for text in texts:
        m = HELD_WHEN.search(text) if ("kl" in text or "klockan" in text) else None
        if m is None:
            continue
        start = dates.parse_times("kl " + m["a"])[0]
        end = dates.parse_times("kl " + m["b"])[0] if m["b"] else None
        if not rec.start and start and "06:00" <= start <= "22:59" and (end is None or end > start):
            rec.start, rec.end = start, end
        value = HELD_STOP.split(m["p"])[0].strip(" ,") if m["p"] else ""
        if not rec.place and value and len(value.split()) <= MAX_WORDS and not BODY_END.search(value):
            rec.place = clean(value)
        return
