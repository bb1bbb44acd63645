"""An organisation's name as a title line writes it, without what the line wrote around it (issue 10).

- A document's kind before the name is no part of it: a web page's title "Protokoll Norrdalens
  Gymnasieförbund" names "Norrdalens Gymnasieförbund" (a pattern that takes up to two capitalised words before
  a genitive takes the kind word with it); nor is the body's name ("Kallelse Direktionen Norrdalens
  Gymnasieförbund").
- An association, foundation or federation names itself with its form word: "Norrby hembygdsförening",
  "Föreningen Norrbyhus", "Stiftelsen Norrby Slott", "Sveriges kör- och orkesterförbund". Its title line says whose meeting it records: "Protokoll
  fört vid årsmöte i Norrby hembygdsförening", "Årsmötesprotokoll för Föreningen Norrbyhus", "Protokoll fört vid årsstämma med
  Norrby samfällighetsförening", "Styrelsemöte med Stiftelsen Norrby Slott". The name after the meeting word and "i"/"för"/"med" is the organisation. (A
  company's board meeting is read by ``orgplaces.company_of_board``.) A name may go on in lower case ("Föreningen
  Norrdalens vattenråd"): after a genitive, up to two such words ending in a noun a group is named by (-råd,
  -sällskap, -lag, -klubb ...) are part of it when the line then ends or goes on
  with a date, a time or a preposition; a given name among the name's words is a person's name run on after it; where it goes on otherwise, the name's end is uncertain and none is read. A title line
  that is such a name and nothing else ("Föreningen Norrbyhus" above "Protokoll styrelsemöte") is its letterhead.
"""

from __future__ import annotations

import re

from ..swedish import gazetteer
from ..swedish.datementions import WEEKDAY_WORD
from ..swedish.names import given_names
from .bodywords import TITLE_KINDS
from .features import cut_start

#: the document's kind leading a name a pattern took
KIND_LEAD = re.compile(r"^(?:(?:" + "|".join(f"[{k[0]}{k[0].lower()}]{k[1:]}|{k.upper()}" for k in TITLE_KINDS)
                       + r"|Direktionen|Förbundsdirektionen|Styrelsen|Förbundsstyrelsen|Arbetsutskottet|Presidiet)\s+)+"
                       r"(?=[A-ZÅÄÖ])")
#: an association's or foundation's name with its form word
ASSOCIATION = (r"(?:(?:Föreningen|Stiftelsen|Intresseföreningen|Ideella\s+föreningen)(?:\s+[A-ZÅÄÖ][\wåäö\-]*){1,3}"
               r"|(?:[A-ZÅÄÖ][\wåäö\-]*\s+){1,3}(?:[A-ZÅÄÖa-zåäö][a-zåäö]+-\s+och\s+)?[a-zåäö]*"
               r"(?:förening|föreningen|stiftelse|stiftelsen|förbund|förbundet|klubb|klubben|sällskap|sällskapet|"
               r"byalag|byalaget)"
               # an association's form word capitalised: "Norrby Hembygdsförening" (a federation's so written,
               # "Norrdalens Gymnasieförbund", is read by ``meta.ORG_PATTERNS``)
               r"|(?:[A-ZÅÄÖ][\wåäö\-]*\s+(?:&\s+)?){1,3}[A-ZÅÄÖ][a-zåäö]*(?:förening|föreningen|klubb|klubben|"
               r"sällskap|sällskapet)"
               r"|[A-ZÅÄÖ][a-zåäö]+(?:förening|föreningen)(?:\s+[A-ZÅÄÖ][\wåäö\-]*){0,2})")
#: the meeting of the association, then "i"/"för"/"med" (or a space or a dash, before a name its form word ends), then
#: its name
ASSOCIATION_MEETING = re.compile(
    r"\b(?i:(?:ordinarie\s+)?årsmöte(?:t|s)?|årsmötesprotokoll|extra\s+årsmöte(?:t)?|föreningsstämma(?:n)?|årsstämma(?:n)?|"
    r"medlemsmöte(?:t)?|höstmöte(?:t)?|vårmöte(?:t)?|förbundsmöte(?:t)?|"
    r"(?:förbunds)?styrelsemöte(?:t)?|(?:förbunds)?styrelsesammanträde(?:t)?|stämma(?:n)?|förbundsstämma(?:n)?)"
    r"(?:\s+(?P<prep>i|för|med)\s+|\s+[-–]\s+|\s+)"
    # after its meeting, a federation's name may capitalise its form word: "Sveriges Roll- och Konfliktspelsförbund"
    rf"(?P<org>{ASSOCIATION}|(?:[A-ZÅÄÖ][\wåäö\-]*\s+){{1,3}}(?:[A-ZÅÄÖ][a-zåäö]+-\s+och\s+)?[A-ZÅÄÖ][a-zåäö]*"
    r"(?:förbund|förbundet))(?![\wåäö])")


NAME_LINE = re.compile(rf"\s*(?P<org>{ASSOCIATION})\s*")
#: an association named in the genitive before its meeting: "Protokoll fört vid Norrby Hamnförenings årsmöte",
#: "Norrby Hembygdsförenings årsmöte, 12 juli 2019", "Protokoll fört vid Norrlands Skidförbunds kongress" (the
#: genitive's s is no part of the name)
GENITIVE_MEETING = re.compile(r"(?<![\wåäö\-])(?P<org>(?:[A-ZÅÄÖ][\wåäö\-]*\s+){1,3}(?:[A-ZÅÄÖ]?[a-zåäö]*(?:förening|förbund)"
                              # the definite form in a compound: "Svenska Orienteringsförbundets" (not "föreningens")
                              r"|[A-ZÅÄÖ]?[a-zåäö]+(?:föreningen|förbundet)))s"
                              r"\s+(?:ordinarie\s+)?(?:årsmöte|årsstämma|föreningsstämma|medlemsmöte|styrelsemöte|"
                              r"höstmöte|vårmöte|förbundsstämma|förbundsmöte|kongress)")


def _has_form_word(text: str) -> bool:
    """The cheap test before the patterns: a piece of a form word ("förening", "stiftelse", "förbund")."""
    return any(map(text.__contains__, ("ören", "tiftelse", "örbund", "ÖREN", "TIFTELSE", "ÖRBUND", "lubb", "LUBB",
                                       "ällskap", "ÄLLSKAP", "yalag", "YALAG")))


#: "Föreningen Norrdalens näringslivschefer": the form word first, a genitive, then what its members are in lower case
NAMED_MEMBERS = re.compile(r"\s*(?P<org>(?:Föreningen|Stiftelsen)(?:\s+[A-ZÅÄÖ][\wåäö\-]*){0,2}\s+[A-ZÅÄÖ][\wåäö\-]*s"
                           r"(?:[ \t]+[a-zåäö][\wåäö\-]+){1,2})\s*")
#: a meeting's or document's word: the lower-case words after the genitive are then no part of the name
MEETING_WORD = re.compile(r"(?i:styrelse|årsmöte|möte|sammanträde|protokoll|kallelse|dagordning|minnesanteckning|stämma)")
#: "möte med Föreningen Norrdalens styrelse": the association in the genitive before its board or meeting
OWNER_GENITIVE = re.compile(r"(?<![\wåäö])(?P<org>(?:Föreningen|Stiftelsen)(?:\s+[A-ZÅÄÖ][\wåäö\-]*){0,2}\s+"
                            r"[A-ZÅÄÖ][\wåäö\-]*?)s\s+(?i:styrelse|styrelsen|styrelsemöte|årsmöte|årsmötet|medlemsmöte)\b")


def association_line(text: str) -> str | None:
    """A title line that is only an association's or foundation's name with its form word, or that names its board or
    meeting after its name in the genitive; None otherwise. A letterhead in capitals is read in ordinary case, and
    the municipality it sits in after a comma is no part of its name ("BOSTADSRÄTTSFÖRENINGEN NORRGÅRDEN, SJÖBY"), nor
    is a page count after it ("1(2)"). A regional federation's capitals ("NORRDALENS FÖRBUND") give "Norrdalens förbund"."""
    if ("församling" in text or "pastorat" in text) and (parish := PARISH_LINE.fullmatch(PAGE_COUNT.sub("", text))) \
            and not _given_name_in(parish.group("org")):  # (the gate: PARISH_LINE's words, case as written)
        return re.sub(r"\s+", " ", parish.group("org"))  # a parish's letterhead: "Norrby svenska församling"
    if not _has_form_word(text):
        return None
    text = PAGE_COUNT.sub("", text)  # "Intresseföreningen Norrgården 1(2)": the letterhead's page count
    if caps := CAPITAL_FEDERATION.search(text):  # "NORRDALENS FÖRBUND PROTOKOLL", "<Finnish> - NORRDALENS FÖRBUND"
        kind = caps.group("kind").lower()
        return " ".join(w.capitalize() for w in caps.group("place").split()) + f" {kind}förbund"
    text = _letterhead_name(text) if text.isupper() else text
    owner = OWNER_GENITIVE.search(text.title() if text.isupper() else text)  # "FÖRENINGEN NORDDALENS STYRELSEMÖTE"
    if owner and not _given_name_in(owner.group("org")):
        return re.sub(r"\s+", " ", owner.group("org"))
    members = NAMED_MEMBERS.fullmatch(text)
    if members and not MEETING_WORD.search(members.group("org")) and not _given_name_in(members.group("org")):
        return re.sub(r"\s+", " ", members.group("org"))
    m = NAME_LINE.fullmatch(text)
    if not m or without_kind_word(m.group("org")) != m.group("org") or MEETING_FIRST.match(m.group("org")):
        return None  # "Protokoll Samfällighetsföreningen", "STYRELSEMÖTE I NORRBY BYFÖRENING": not a name alone
    return re.sub(r"\s+", " ", m.group("org"))


#: a regional federation's letterhead in capitals, "<region>s förbund" (as Finland-Swedish regional councils are named),
#: or a federation's, "<place>s <kind>förbund" ("NORRÅNS VATTENFÖRBUND", "NORRDALS RÄDDNINGSTJÄNSTFÖRBUND"), opening
#: the line or after a dash (its Finnish name before it), its document's kind, the line's end or (a letterhead
#: beside it: "NORRÅNS VATTENFÖRBUND NORRÅNS VATTENRÅD", the council it runs) capitals to the line's end after it, not
#: opened by a preposition ("SVERIGES FÖRBUND FÖR NORRDALSKA HUNDAR": what it is a federation of)
CAPITAL_FEDERATION = re.compile(r"(?:^|\s[-–]\s)(?P<place>(?:[A-ZÅÄÖ]{3,}\s+){0,2}[A-ZÅÄÖ]{3,}S)\s+(?P<kind>[A-ZÅÄÖ]*)"
                                r"FÖRBUND(?=\s*$|\s+(?:PROTOKOLL|SAMMANTRÄDESPROTOKOLL|ÄRENDELISTA|FÖREDRAGNINGSLISTA|"
                                r"KALLELSE|DAGORDNING|MÖTESPROTOKOLL)\b|\s+(?!(?:FÖR|I|AV|MED|INOM|OCH|SAMT)\b)(?:\s*[A-ZÅÄÖ]{2,})+\s*$)")
#: a letterhead's page count after the name, layout and no part of it: "1(2)", "1 (3)", "Sida 1 av 2"
PAGE_COUNT = re.compile(r"\s+(?:[Ss]ida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3})\s*$")
#: a letterhead's place after its name and a comma: where the association sits, no part of its name
PLACE_AFTER = re.compile(r"\s*,\s*(?P<place>[A-ZÅÄÖ][A-ZÅÄÖ\-]+)\s*$")


def _letterhead_name(text: str) -> str:
    """A name in capitals in ordinary case, a short word (an acronym: "HSB", "AB") left as written; the place after a
    comma dropped when it is a municipality."""
    place = PLACE_AFTER.search(text)
    if place and gazetteer.municipality(place.group("place").capitalize()):
        text = text[:place.start()]
    return re.sub(r"[A-ZÅÄÖ]{4,}", lambda m: m.group(0).capitalize(), text)


def _given_name_in(name: str) -> bool:
    """A given name among a name's words after its form word: a person's name run on."""
    return any(w in given_names() for w in name.split()[1:])


def without_kind_word(name: str) -> str:
    """ "Protokoll Norrdalens Gymnasieförbund" -> "Norrdalens Gymnasieförbund"; other names unchanged."""
    return cut_start(KIND_LEAD, name)


#: the meeting a heading titles, held by a board or by the members (not "nästa"/"föregående": another meeting)
MEETING = (r"(?:extra\s+|ordinarie\s+|konstituerande\s+)?(?:styrelsem[öo]te[st]?|styrelsesammantr[äa]de[st]?|"
           r"styrelseprotokoll|årsm[öo]te[st]?|årsmötesprotokoll|årsstämma[ns]?|föreningsstämma[ns]?|"
           r"medlemsm[öo]te[st]?)")
#: a form word in the definite form: alone, it names the kind ("Föreningen", "Vägföreningen"), not the association
DEFINITE = re.compile(r"(?:föreningen|förbundet|stiftelsen|klubben|sällskapet|samfälligheten|samfundet|gillet|rådet|"
                      r"laget)$")
#: a meeting's word opening a line the name patterns took whole: the meeting and whose it is, not a name
MEETING_FIRST = re.compile(rf"(?i)(?:{MEETING})\s")
#: where a name ends: the line's end, a punctuation mark, a digit, or a word that begins what follows a name
NAME_END = re.compile(rf"\s*(?:$|[,.;:()\-–]|\d|(?:den|i|på|kl|klockan|och|år|via|hos|samt|{WEEKDAY_WORD}(?:en)?)\b)")
#: a name that ends in its form word
FORM_END = re.compile(r"(?:förening|föreningen|stiftelse|stiftelsen|förbund|förbundet)$")
#: lower-case words going on with the name, ending in a group's noun: "vattenråd", "skogsägarnas förening"
LOWER_TAIL = re.compile(r"(?:\s+[a-zåäö][a-zåäö\-]+)?\s+[a-zåäö]+(?:råd|rådet|förening|föreningen|sällskap|sällskapet|"
                        r"lag|laget|klubb|klubben|gille|gillet|förbund|förbundet|nätverk|nätverket|samfund|samfundet)\b")


def association_of_meeting(text: str) -> str | None:
    """The association or foundation whose meeting a title line names; None otherwise."""
    if not _has_form_word(text):
        return None
    m = ASSOCIATION_MEETING.search(text)
    if not m:
        g = GENITIVE_MEETING.search(text)
        name = without_kind_word(re.sub(r"\s+", " ", g.group("org"))) if g else None
        if name and len(name.split()) == 1 and DEFINITE.search(name.casefold()):
            return None  # "Protokoll Vägföreningens årsmöte": the association's kind in the definite form, no name
        return name if name and not any(w in given_names() for w in name.split()) else None
    name, end = m.group("org"), m.end()
    if not m.group("prep") and not FORM_END.search(name) and not re.match(r"(?:Föreningen|Stiftelsen)\s", name):
        return None  # "Styrelsemöte Norrby hembygdsförening": without "i"/"för"/"med" only a name its form word ends
    if any(w in given_names() for w in name.split()[1:]):
        return None  # "Föreningen Norrbyhus Anna Berg hälsade": a person's name runs on after the name
    if FORM_END.search(name) and re.match(r"\s+[A-ZÅÄÖ]", text[end:]):
        return re.sub(r"\s+", " ", name)  # "... Norrby hembygdsförbund Närvarande:": the form word ends it
    if not NAME_END.match(text, end):
        tail = LOWER_TAIL.match(text, end) if name.endswith("s") else None  # a genitive needs its noun
        if not tail or not NAME_END.match(text, tail.end()):
            return None  # the name goes on in a way that leaves its end uncertain
        name += tail.group(0)
    return re.sub(r"\s+", " ", name)


#: a parish or an association named with its form word last: "Norrby svenska församling", "Sjöby pastorat",
#: "Norrby hembygdsförening"
OWN_NAME = (r"(?:[A-ZÅÄÖ][\wåäö\-]*\s+){1,3}(?:[a-zåäö]+\s+)?"
            r"[a-zåäö]*(?:församling|pastorat|förening|föreningen|stiftelse|stiftelsen|samfällighet)")
#: a line that is only a parish's name: "Norrby församling", "Norrby svenska församling", "Sjöby pastorat"
PARISH_LINE = re.compile(r"\s*(?P<org>(?:[A-ZÅÄÖ][\wåäö\-]*\s+){1,3}(?:[a-zåäö]+\s+)?(?:församling|pastorat))\s*")
#: a record of a meeting of a body "i" the parish, association or foundation it belongs to: "Protokoll fört vid
#: sammanträde med församlingsrådet i Norrby svenska församling", "Möte med styrelsen i Norrby hembygdsförening"
BODY_IN_OWNER = re.compile(
    r"(?:(?i:\b(?:protokoll|sammanträde|möte|mötet|kallelse|dagordning|minnesanteckningar|anteckningar)\b).{0,40}?|^\s*)"
    r"\b(?i:[a-zåäö]*(?:rådet|styrelsen|fullmäktige|stämman|nämnden|utskottet|direktionen|delegationen))\s+i\s+"
    rf"(?P<org>{OWN_NAME}|{ASSOCIATION})(?![\wåäö])")


def body_in_owner(text: str) -> str | None:
    """The parish, association or foundation a title line names as the owner of the body that meets ("sammanträde
    med kyrkorådet i Norrby församling"); None where the name goes on past its form word or runs into a person's."""
    if not _has_form_word(text) and "församling" not in text and "pastorat" not in text:
        return None
    m = BODY_IN_OWNER.search(text)
    if not m or not NAME_END.match(text, m.end()) or _given_name_in(m.group("org")):
        return None
    return re.sub(r"\s+", " ", m.group("org"))
