"""A place as a header writes it, without what a flattened page glued to it or the rest of "Plats och tid"."""

from __future__ import annotations

import re

from ..swedish.datementions import WEEKDAY_NAMES
from ..swedish.names import given_names
from .features import cut_start
from .persons import is_person

#: words that start another part of the page, never a place's: a document title or a label glued after it
PLACE_STOP = re.compile(r"\s(?:Kallelse|Föredragningslista|Dagordning|Protokoll|Sammanträdesprotokoll|Kungörelse|"
                        r"Ledamöter|Ledamot|Ersättare|Tjänstgörande|Övriga|Justerare|Justerande|Justering|"
                        r"Sekreterare|Ordförande|Närvarande|Paragrafer|Utses|Underskrifter|Tid|Tidpunkt|Datum|"
                        r"Dag och tid|Justerade paragrafer|Beslutande|Beslutat)\b|"
                        # a weekday: the date part of "Plats och tid" after the place ("kommunhus måndag den ...")
                        r"\s(?:[Mm]ån|[Tt]is|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ör|[Ss]ön)dag(?:en)?\b|"
                        # what a cut label leaves of "Beslutande", "Närvarande", "Tjänstgörande" ("vån 1 ande Ledamöter")
                        r"\s(?:ande|rande|tande)\b")
#: where the time part of "Plats och tid" goes on: a break ("ajournering 10.00-10.15", "paus"), the §§ held
PLACE_BREAK = re.compile(r"[\s,(]*\b(?:[Aa]journer\w*|[Pp]aus|[Ll]unchpaus|[Uu]ppehåll|Sammanträdet)\b|[\s,(]*§")
#: a time left after the range was taken out ("–ca 12.00"): minutes after a dot or colon are never a place's
LOOSE_TIME = re.compile(r"[\s,]*[-–]?\s*(?:ca\.?\s*)?\b\d{1,2}[.:]\d(?:\s?\d)\b")
#: a role label opening the value, then a dash: "Ordförande - Rummet, Stadshuset. Ledamöter - distans" (a meeting
#: held partly at a distance names where each role sits; the place is the room of the first)
ROLE_OPENING = re.compile(r"^(?:Ordförande|Ordföranden|Sekreterare|Presidiet)\s*[-–:]\s+(?=[A-ZÅÄÖ])")
#: a clock word whose hour digits are gone, only a separator and the minutes left at the value's end: "Hjorten 307B,
#: kl ,50" (a web extract dropped the digits of "kl 13.00-15.50" but the last two; no place ends so)
CLOCK_REMNANT = re.compile(r"[\s,]+\b(?:kl|klockan)\b\.?\s*[,.:]\s*\d{1,2}\s*$", re.I)
#: a clock word whose digits are gone (stripped by a web extract or taken as the time): "..., kl", "klockan"
BARE_CLOCK = re.compile(r"(?:[\s,]+\b(?:kl|klockan)\b\.?)+(?=\s*(?:[,;]|$))", re.I)
#: the same clock word opening the value, the date before it taken out: "kl Lärosal B4, Norraskolan" (no place
#: opens with a clock word)
LEADING_CLOCK = re.compile(r"^([\s,]*)(?:kl|klockan)\b\.?\s+(?=[A-ZÅÄÖ])", re.I)


#: an upper-case label run or a note opening the value: "DATUM OCH TID FÖR MÖTET Sofiagården", "OBS! Hörsalen";
LEADING_LABEL = re.compile(r"^\s*(?:OBS!?\s+|(?:(?:DATUM|TID|PLATS|OCH|FÖR|MÖTET|SAMMANTRÄDET|LOKAL)\s+){2,}|"
                           # the rest of a label broken over two lines ("Plats och tid / för sammanträdet X"), or
                           # the next label of a flattened header, perhaps cut ("Plats och tid Beslutande X"), or a
                           # kallelse's column label and the body's name run in before the place ("Plats och tid för
                           # sammanträdet Föredragande Valnämnden Kommunhuset, rum 2": labels and a body, never a place)
                           r"för\s+(?:sammanträdet|sammanträde|mötet|möte)\s+|(?:Beslutande|Beslutat|Föredragande)\s+|"
                           r"[A-ZÅÄÖ][a-zåäö\-]*(?:nämnden|styrelsen|utskottet|direktionen)\s+(?=[A-ZÅÄÖ][a-zåäö]))+"
                           r"(?=[A-ZÅÄÖ])")
#: a person and a title after the place: the next column's official ("Växjö kommun Anna Berg Förvaltningssekreterare")
PERSON_TITLED = re.compile(r"\s([A-ZÅÄÖ][a-zåäö]+)\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ]?[a-zåäö]*"
                           r"(?:sekreterare|chef|handläggare|strateg|direktör|ordförande|controller)\b")
#: month and weekday names only: a calendar's heads, no place
CALENDAR_ONLY = re.compile(r"^(?:(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|"
                           r"december|" + "|".join(WEEKDAY_NAMES) + r")\s*)+$", re.I)


def trim_place(value: str) -> str:
    """A place as written, without what a flattened page glued to it (a following title or label) and
    without the rest of "Plats och tid": breaks, §§, loose times, a bare clock word, a leading "i"."""
    v = PLACE_STOP.split(cut_start(ROLE_OPENING, cut_start(LEADING_CLOCK, cut_start(LEADING_LABEL, value), r"\1")))[0]
    titled = PERSON_TITLED.search(v)
    if titled and titled.start() > 0 and titled.group(1) in given_names():
        v = v[:titled.start()]
    if CALENDAR_ONLY.match(v.strip(" ,.")):
        return ""
    v = PLACE_BREAK.split(v)[0]
    v = LOOSE_TIME.sub("", v)
    v = BARE_CLOCK.sub("", CLOCK_REMNANT.sub("", v))
    v = re.sub(r"\(\s*\)", "", v)
    v = re.sub(r"(?:,\s*)+,", ",", v)
    v = re.sub(r"^(?:i|på)\s+(?=[A-ZÅÄÖ])", "", v.strip(" ,.;:-–"))
    person = TRAILING_PERSON.search(v)  # "Stadshuset, Norrby Anna Berg": the chair's name of the next column
    if person and person.start() > 0 and person.group(1) in given_names() and is_person(person.group(0).strip()) \
            and not VENUE_WORD.search(v[:person.start()]) \
            and not AT_HOME.search(v[:person.start()]):  # "Sal Anna Lindh" is a room named after a person
        v = v[:person.start()]
    return v.strip(" ,.;:-–")


#: "kl 18.00 hos Anna Berg": the meeting at someone's home; the host's name is the place ("hos" alone is none)
AT_HOME = re.compile(r"(?:^|\s)(?:[Hh]os|[Hh]emma\s+hos)$")
VENUE_WORD = re.compile(r"\b(?:sal|salen|sal\.|rum|rummet|hotell|lokal|lokalen|konferensrum|gatan|väg|vägen)$", re.I)
TRAILING_PERSON = re.compile(r"\s([A-ZÅÄÖ][a-zåäö]+)(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?$")
