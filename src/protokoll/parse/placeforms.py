"""The meeting's place where the labelled header does not give it cleanly.

How web extracts and flattened PDFs write it:

- the value runs on into the next column: a bare clock word whose digits were lost followed by the next
  label ("Norrby, kl Omfattning 1-17"), the next heading ("Förbundskansliet, Storgatan Sammanträdets
  laglighet och beslutförhet"), the first attendee ("Stadshuset, rum 4 Anna Berg, Norrby kommun"), or a
  word left dangling by a cut break ("Kvarngatan 12, med" from "..., med ajournering");
- labels set in a row and their values after them: "Dag Tid Plats ande Stadshuset, rum 4 Anna Berg, ..."
  (the value opens with the place label and a label's cut-off end), or a line holding only "Plats och tid"
  and, a few label lines down, "Ledamöter Stadshuset, Norrby Tisdag 5 mars 2019, klockan 09:00";
- the label inside a line of a page flattened to one line, after what the reader took as the header
  ("... Tid: Måndag 14 oktober 2019, kl Plats: Förbundskansliet, Storgatan 1 Justering ...");
- the place in the document's title sentence: "Protokoll från styrgruppens möte den 1 april 2004 i Norrby",
  "Protokoll från nätverkets styrgrupp den 4 februari 2015 i förbundets lokaler i Norrby",
  "Protokoll fört vid sammanträde med styrelsen onsdagen den 13 november 2019 klockan på Storgatan 5, Norrby."
"""

from __future__ import annotations

import re
from typing import Callable

from ..swedish import dates, gazetteer
from ..swedish.names import given_names
from ..swedish.datementions import WEEKDAY_WORD
from .features import cut_start
from .lines import CHROME_RUN_ON, Line
from .names import is_person
from .titleplace import title_place

#: a body's name before the place (the "Organ"/"Nämnd" column's value of a flattened header):
#: "Socialnämnden Stadshuset, rum 4"
BODY_FIRST = re.compile(r"^\s*(?:[A-ZÅÄÖ][\wåäö\-]*(?:\s+(?:och|för)\s+[\wåäö\-]+)*(?:nämnden|styrelsen|utskottet|fullmäktige|"
                        r"direktionen)|[A-ZÅÄÖ][\wåäö]+s\s+(?:[a-zåäö]*utskott|presidium|styrelse|direktion|beredning))"
                        r"\s+(?=[A-ZÅÄÖ])")  # also a body owned by another: "Regionförbundets arbetsutskott Norrby ..."
#: a clock word whose digits are gone, followed by more text: what follows is the next column
BARE_CLOCK_ON = re.compile(r"[\s,]+\b(?:kl|klockan)\b\.?(?=\s+[^\d\s])", re.I)
#: labels that follow a place in a flattened header and that the header's own stop list does not name
MORE_STOPS = re.compile(r"\s(?:Omfattning|Deltagande|Deltagare|Närvarolista|Frånvarande|Inbjudna|Adjungerade|Ärende|"
                        r"Punkt)\b|"
                        # a document-sharing site's chrome run into the line (:mod:`.lines` drops it as whole lines)
                        rf"\s{CHROME_RUN_ON}|"
                        # a time's fragment (":15" of "8:15" whose hour was lost) and a numbered heading after the place
                        r"\s:\d|\s\d{1,2}\.?\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]+\s|"
                        # the first item after it: "Bollmora 1 Informationsärende"
                        r"\s(?:§\s*)?1\.?\s+[A-ZÅÄÖ][a-zåäö]{3,}")
#: a word a cut break leaves at the end ("..., med" of "med ajournering", "... och" of "och digitalt")
DANGLING = re.compile(r"(?:[\s,]+\b(?:med|och|samt|i|på|för|från|under|varav)\b)+$", re.I)
#: in a part after a comma, a capitalised word followed by two lower-case words: the next heading run on
RUN_ON_HEADING = re.compile(r"(?<=[a-zåäö0-9])\s+[A-ZÅÄÖ][a-zåäö]{3,}\s+[a-zåäö]{2,}\s+[a-zåäö]{2,}")
#: a person named with a comma after the name: the first attendee of the column after the place
PERSON_COMMA = re.compile(r"(?<=\s)([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+"
                          r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s*(?:,|\([A-ZÅÄÖ]{1,3}\))")


#: the first item's number glued after the place by a flattened page: "lokal Salen 1. Föredragningslista" ("1." with
#: a capitalised heading after it); a room's, a floor's or a street's own number stays ("sal 1.", "Storgatan 1.")
FIRST_ITEM = re.compile(r"(?<!\S)(?P<word>\S+)\s+(?:§\s*)?1\.\s+(?=[A-ZÅÄÖ][a-zåäö]{3,})")
NUMBERED_WORD = re.compile(r"(?:sal|salen|rum|rummet|lokal|vån|våning|plan|hus|huset|nr|gata|gatan|väg|vägen|gränd|"
                           r"torg|torget|stråket|backe|backen|allé|plats|platsen|hall|hallen|stigen|leden)[.,]?$", re.I)


def cut_first_item(value: str) -> str:
    """The value up to the first item's number glued after the place, else the value as it is."""
    for m in FIRST_ITEM.finditer(value):
        if not NUMBERED_WORD.search(m["word"]):
            return value[:m.end("word")]
    return value


#: a venue's noun as the second word of what looks like a name: "City Konferens," of "Nolia City Konferens, Salen"
VENUE_NOUN = re.compile(r"\s(?:Konferens|Hotell?|Center|Centrum|Kongress|\w+(?:huset|salen|rummet|gården|skolan|hallen))$")


def _venue_words(name: str) -> bool:
    """Two capitalised words that name a venue, not a person: a venue noun second ("City Konferens"), or a town
    first that is no given name ("Stockholm Office" of "North Sweden Stockholm Office, Storgatan 1")."""
    first = name.split()[0]
    return VENUE_NOUN.search(name) is not None or first not in given_names() and any(
        hit[0] == 0 and hit[1] == len(first) for hit in gazetteer.find_municipalities(first))


#: "Hos Anna Berg, Byn": a meeting at someone's home names the host; the name is the place's
HOME = re.compile(r"\b(?:[Hh]os|[Hh]emma hos)\s*$")


#: a header label opening the value: the labels were set in a row and the place's own value was lost ("Plats och
#: tid Omfattning ande Ledamöter ..."): no place is written there
LABEL_FIRST = re.compile(r"(?:Omfattning|Paragrafer|Beslutande|Närvarande|Ledamöter|Deltagare|Deltagande|Ersättare|"
                         r"Justerare|Adjungerade|Frånvarande|Underskrifter)(?![\wåäö])")


def refine(value: str) -> str:
    """A place value without what the next column glued to it (see the module's first list)."""
    if LABEL_FIRST.match(value.lstrip()):
        return ""
    v = BARE_CLOCK_ON.split(value)[0]
    v = cut_start(BODY_FIRST, v)
    v = MORE_STOPS.split(v)[0]
    parts = v.split(",")
    for k, part in enumerate(parts[1:], 1):
        run_on = RUN_ON_HEADING.search(part)
        if run_on and len(part[:run_on.start()].split()) <= 3:  # a short part: a street, a room, a town
            v = ",".join(parts[:k] + [part[:run_on.start()]])
            break
    person = next((m for m in PERSON_COMMA.finditer(v) if is_person(m.group(1)) and not _venue_words(m.group(1))
                   and m.group(1).split()[0] in given_names()), None)
    if person and person.start() > 0 and "," in v[:person.start()] + " ," and not HOME.search(v[:person.start()]):
        v = v[:person.start()]
    v = re.sub(r"^(?:i|på)\s+(?=[a-zåäö]{3,}\s)", "", v.strip(" ,.;:-–"))  # "kl. 18 i konferenssal X": no place opens so
    return DANGLING.sub("", v).strip(" ,.;:-–")


#: a place label that opens a value: the labels were set in a row ("Tid Plats ande ...": "ande" is what is left
#: of "Närvarande" or "Beslutande" when the page cut it)
OPENING_LABEL = re.compile(r"^(?:Plats|Lokal|Mötesplats)\s*:?\s+(?:(?:ande|rande|tande)\s+)?(?=[A-ZÅÄÖ])")


def from_value(value: str | None) -> str | None:
    """ "Plats ande Stadshuset, rum 4 Anna Berg, Norrby kommun ...": the value of another label that opens with
    the place label; the place is what follows it, up to the first attendee."""
    m = OPENING_LABEL.match(value or "")
    if not m:
        return None
    rest = (value or "")[m.end():]
    person = next((p for p in PERSON_COMMA.finditer(" " + rest) if is_person(p.group(1))), None)
    return rest[:person.start() - 1].strip(" ,") if person else None


#: a line holding only place and time labels
LABEL_ONLY = re.compile(r"(?:^|\s)(?:Plats och (?:sammanträdes)?tid|Tid och plats|Plats)(?:\s+för\s+sammanträdet)?\s*:?$")
#: attendee labels that open the line whose value, in a flattened header, is the place and date
ROW_LABEL = re.compile(r"^(?:(?:Beslutande|Ledamöter|Ej beslutande|Övriga deltagare|Övriga närvarande|Närvarande|"
                       r"Ersättare|Tjänstgörande ersättare)\s+)+")
WEEKDAY_BEFORE = re.compile(rf"[\s,]*(?:{WEEKDAY_WORD}(?:en)?(?:\s+den)?)?\s*$", re.I)
#: the document's title sentence with its place: "Protokoll från styrgruppens möte den 1 april 2004 i Norrby"
TITLE_SENTENCE = re.compile(r"^(?:Protokoll|PROTOKOLL|Minnesanteckningar|MINNESANTECKNINGAR|Anteckningar|"
                            r"Mötesanteckningar)\b[^.\n]{0,40}?\b(?:från|fört vid|vid)\b[^.\n]{0,120}?"
                            r"(?:möte|mötet|sammanträde|sammanträdet|styrelsemöte)\b[^.\n]{0,100}?\s(?:i|på)\s+"
                            r"(?P<place>[A-ZÅÄÖ][^.\n]{1,80})|"
                            r"^(?:Protokoll|PROTOKOLL|Minnesanteckningar|MINNESANTECKNINGAR|Anteckningar|Mötesanteckningar)"
                            r"\s+(?:från|fört vid|förda vid)\s+[^.\n]{3,100}?\s+den\s+\d{1,2}\s+[a-zåäö]{3,9}(?:\s+\d{4})?"
                            r"\s+(?:i|på)\s+(?P<dated>[A-ZÅÄÖ][^.\n]{1,80})")
#: a label after the place in the title line: "... i Norrby Deltagande Anna Berg"
TITLE_STOP = re.compile(r"\s(?:Deltagande|Deltagare|Närvarande|Beslutande|Ledamöter|Övriga|Frånvarande)\b|\.\s|\.$")


def from_lines(header: list[Line], clean: Callable[[str], str | None]) -> str | None:
    """The place in header lines the field reader did not take a place from (see the module's first list);
    ``clean``: the reader's own cleaning of a place value (dates and times out)."""
    texts = [ln.text for ln in header if not ln.blank]
    for k, text in enumerate(texts):
        if LABEL_ONLY.search(text):
            found = _row_value(texts[k + 1:k + 5])
            if found:
                return found
    for text in texts[:3]:
        if (value := _title_value(text)) is not None:
            return clean(value) if len(value.split()) <= 6 and not _organisation_named(value) else None
    return title_place(texts[:3], clean)


def _title_value(text: str) -> str | None:
    """What a title sentence writes where its place stands ("Protokoll från styrelsemöte i X 2024-10-12"), or None."""
    m = TITLE_SENTENCE.match(text)
    return TITLE_STOP.split(m.group("place") or m.group("dated"))[0] if m else None


def _row_value(texts: list[str]) -> str | None:
    """In the lines after a line of labels only: the first "Label Value" whose value holds a date; the place is
    the value before the date (and before its weekday)."""
    for text in texts:
        row = ROW_LABEL.match(text)
        found = dates.find_dates(text) if row else []
        if not found:
            continue
        value = WEEKDAY_BEFORE.sub("", text[row.end():found[0].start]).strip(" ,")
        if value and value[0].isupper() and len(value.split()) <= 8 and not is_person(value):
            return value
        return None
    return None


#: a justering word right before a place label: the label is the justering's ("Justering / Plats och tid ...")
JUSTERING_BEFORE = re.compile(r"\b(?:Justering|Justeringens|Justeras|Justerat|Justeringsdag)\s*:?\s*"
                              # "Justering Justerare Anna Berg (S) Plats och tid ...": the justerare named between
                              r"(?:(?:Justerare|Justerande)\s*:?\s+[A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2}"
                              r"(?:\s*\([A-ZÅÄÖa-zåäö]{1,3}\))?\s*)?$")
#: a place label inside a line (not "Justeringens plats och tid"), the value after it
MID_LINE = re.compile(r"(?<!Justeringens )(?<!justeringens )\b(?:Plats och tid|Plats|Lokal)\s*:?\s+(?=[A-ZÅÄÖ])")
#: how far into a flattened document its header may reach
HEAD_CHARS = 2500
#: words announcing a later meeting just before a place label: its place is not this meeting's
NEXT_BEFORE = re.compile(r"\b(?:[Nn]ästa|[Nn]ästkommande|[Kk]ommande)\s+[\wåäö]*(?:möte|sammanträde|träff)|"
                         r"\b(?:extra|extrainsatt)\s+[\wåäö]*(?:möte|sammanträde)")
#: a verb in the value: a sentence of an item's text ("Plats: Folkets hus föreslogs för ..."), no header's place
SENTENCE_VERB = re.compile(r"\b[a-zåäö]{2,}(?:ades|ogs|ödes|ddes|ttes)\b|\b(?:är|var|blir|blev|ska|skall|kommer|"
                           r"har|hade|kan|bör)\b")
#: a place longer than this read from inside a line is the page's text run on
MID_LINE_WORDS = 8


def in_flat_header(lines: list[Line], clean: Callable[[str], str | None]) -> str | None:
    """The place after a place label inside a line of the document's opening text (a page flattened to one line,
    where the header the reader found ends before its place): the first such value that is a place."""
    seen, previous = 0, ""
    for ln in lines:
        if seen > HEAD_CHARS:
            break
        seen += len(ln.text)
        if "lats" not in ln.text and "Lokal" not in ln.text:
            previous = f"{previous.split(chr(10))[-1]}\n{ln.text}" if not ln.blank else previous  # the last two lines
            continue
        for m in MID_LINE.finditer(ln.text):
            if NEXT_BEFORE.search(ln.text[max(0, m.start() - 80):m.start()]):
                continue  # the place of the next meeting
            if JUSTERING_BEFORE.search(ln.text[:m.start()] or " ".join(previous.split())):
                continue  # "Justering Plats och tid Kommunhuset": where the minutes are checked
            value = clean(" " + ln.text[m.end():m.end() + 160])  # the space: a label right after the label ends it
            if value and len(value.split()) <= MID_LINE_WORDS and not LABEL_ONLY.search(value) \
                    and not SENTENCE_VERB.search(value):
                return value
    return None


#: an association's or company's name: "Norrby Bouleförening", "Sveriges schackförbund, SSF", "Norrby Energi AB"
ORGANISATION_NAME = re.compile(r"^[A-ZÅÄÖ][^,]*?(?:förening|föreningen|förbund|förbundet|sällskap|sällskapet|klubb|klubben|"
                               r"hembygdslag|\bAB|\(publ\))(?:\s*,\s*[A-ZÅÄÖ][\wåäöÅÄÖ]{1,9})?$")  # its short name after it


def title_organisation(text: str) -> str | None:
    """The organisation a title sentence names where its place would stand: "Protokoll från styrelsemöte i Norrby
    Bouleförening 2024-10-12" says whose meeting it was, not where it was held (None when it names a place)."""
    value = _title_value(text)
    return None if value is None else _organisation_named(value)


def _organisation_named(value: str) -> str | None:
    """The organisation's name a title sentence's place value is (the date after it left out), else None."""
    value = re.sub(r"\s+(?:den\s+)?\d[\d\s./-]*$", "", value.strip(" .,"))
    return value if ORGANISATION_NAME.match(value) else None
