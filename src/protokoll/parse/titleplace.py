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
