"""The body where no label or title line names it, and a body label whose value is not a body (issue 10).

- The posting box (ANSLAG/BEVIS) says whose protocol was justified: "Socialnämndens protokoll har justerats",
  "Kommunfullmäktiges protokoll är justerat". The box belongs to the document it stands in, so the body
  whose protocol it names is the body that met. Several different bodies named so: none.
- A protocol's title written as one compound: "Direktionsprotokoll", "Styrelseprotokoll".
- An association's annual meeting named by the title: "Årsmötesprotokoll", "Protokoll fört vid årsmöte",
  "Årsmöte protokoll 2023", "Protokoll från årsstämman", "Kallelse till ordinarie föreningsstämma". The annual
  meeting (årsmöte, årsstämma, föreningsstämma) is the members' meeting, the association's highest body, and it is
  the group that meets (an extra meeting or a board's protocol mentioning its annual meeting later: not read).
- The box's "Organ" label is often followed by the box's own sentences when a web page flattened it
  ("Organ Protokollet är anslaget fr o m ..."): a body's name never contains the words of posting and
  justifying a protocol: a value with them and without any body's word is no body (the title lines are read
  instead), and a body's name followed by them ends where they begin ("Nämnd Socialnämnden Anslaget sätts upp
  Anslaget tas ner ...": the box's next labels run on after the name).
- The label's value may name the meeting rather than the body: "Organ Barn- och utbildningsnämndens sammanträde";
  the body is the genitive's noun ("Barn- och utbildningsnämnden").
- A flattened row of the box's labels runs the next labels before the first value ("Organ Utfärdad Kommunstyrelsen",
  "Organ Sammanträdesdatum Nr Nämnden för X"): the labels (issue date, meeting date, number, page, time, place) are
  no part of a body's name; the row's first value, the label's, follows them.
- The value may name the body with its municipality's genitive ("Organ Norrbys kommunstyrelse"): the body is
  "Kommunstyrelsen" (the municipality is the organisation, read by ``orgsigns.posting_box``).
"""

from __future__ import annotations

import re

from .bodybounds import purpose_name
from .bodywords import BODY_DEFINITE, TITLE_KINDS, alternation
from .features import cut_start
from .lines import Line
from .orgsigns import municipal_genitive

#: "<Body>s protokoll är justerat", "<Body>s protokoll har justerats": the genitive of a body's name
POSTED = re.compile(rf"\b(?P<body>[A-ZÅÄÖ][a-zåäö]*(?:{alternation(BODY_DEFINITE)}))s\s+protokoll\s+(?:är\s+justerat|har\s+justerats|justerades)\b")
#: "Direktionsprotokoll", "Styrelseprotokoll" as a title word
PROTOCOL_COMPOUND = re.compile(r"^(?P<body>Direktions|Styrelse)protokoll\b")
#: the posting box's own words: a value with them is the box's text, not a body's name
BOX_WORDS = re.compile(r"\b(?:protokollet|anslaget|anslags|anslagstavla|justeringen|justerat|tillkännagivits|"
                       r"förvaringsplats|nedtages|uppsättes)\b", re.I)
#: the end of the box's own sentence that a flattened page set between the "Organ" label and its value
BOX_SENTENCE_END = re.compile(r"\b(?:tillkännagivits|tillkännagetts)\s+genom\s+anslag\.?\s+(?=[A-ZÅÄÖ])")
#: a body's word anywhere in a value ("nämnd", "styrelse", "utskott" ...)
BODY_WORD = re.compile(r"nämnd|styrelse|utskott|råd|grupp|fullmäktige|direktion|beredning|presidi|nätverk", re.I)


def posted_body(text: str) -> str | None:
    """The body whose protocol the posting box says was justified (one body only)."""
    found = {m.group("body") for m in POSTED.finditer(text)}
    return found.pop() if len(found) == 1 else None


#: a title line's kind word before the body's name, and what follows the name (a date, a page count)
KIND_LEAD = re.compile(rf"^(?:{alternation(TITLE_KINDS)})\s+")
AFTER_NAME = re.compile(r"\s+(?:\d|\(|den\s+\d|sammanträdesdatum|sammanträde\b).*$", re.I)


#: the annual meeting a title line opens with (a year may stand first): "Årsmötesprotokoll", "2017 Årsmöte -
#: Protokoll", "Protokoll fört vid årsmöte", "Protokoll Årsstämman 2023", "Kallelse till ordinarie föreningsstämma"
_KIND = rf"(?:{alternation(TITLE_KINDS)})"
ANNUAL_TITLE = re.compile(rf"^(?:\d{{4}}\s+)?(?P<kind>{_KIND}\s+(?:fört\s+)?(?:vid|från|till|för|över)?\s*"
                          r"(?:den\s+|det\s+)?(?:ordinarie\s+)?)?"
                          # an association's genitive before the meeting: "Norrby Hembygdsförenings årsmöte"
                          r"(?:(?:[A-ZÅÄÖ][\wåäö\-]*\s+){0,3}[A-ZÅÄÖa-zåäö][a-zåäö]*(?:förenings|föreningens|förbunds|"
                          r"förbundets|klubbs|klubbens|sällskapets|lagets)\s+(?:ordinarie\s+)?)?"
                          r"(?P<meeting>års(?:möte|stämma)|föreningsstämma|höstmöte|vårmöte|kongress|förbundsmöte)"
                          r"(?:n|t|s|o|en|et)?"
                          r"(?:protokoll)?\b(?!\s*:)", re.I)
#: the members' meeting an association's statutes name: held once a year (årsmöte, årsstämma, a federation's kongress
#: or förbundsmöte) or twice (höstmöte and vårmöte), it is the association's highest body and the group that meets
ANNUAL_BODY = {"årsmöte": "Årsmötet", "årsstämma": "Årsstämman", "föreningsstämma": "Föreningsstämman",
               "höstmöte": "Höstmötet", "vårmöte": "Vårmötet", "kongress": "Kongressen", "förbundsmöte": "Förbundsmötet"}


#: a title line under the kind's own line: "Vid årsmöte med Norrby hembygdsförening onsdag den 15 mars" (indefinite,
#: then whose meeting: "Vid årsmötet valdes ..." is a sentence about an annual meeting)
ANNUAL_WITH = re.compile(r"^(?:[Vv]id|[Ff]rån)\s+(?:ordinarie\s+)?(?P<meeting>årsmöte|årsstämma|föreningsstämma|höstmöte|"
                         r"vårmöte)\s+(?:med|i|för)\s+[A-ZÅÄÖ]")


def annual_meeting(title_lines: list[Line]) -> str | None:
    """ "Årsmötesprotokoll 2023-04-20" -> "Årsmötet"; "Kallelse till föreningsstämma" -> "Föreningsstämman".
    A line led by the document's kind is its title among the first six lines; another only among the first three."""
    for k, ln in enumerate(title_lines[:6]):
        if "stämm" not in ln.text and not any(w in ln.text.casefold() for w in ("möte", "kongress")):  # the cheap test
            continue
        if (m := ANNUAL_TITLE.match(ln.text.strip())) and (k < 3 or m.group("kind")) \
                or (k < 3 and (m := ANNUAL_WITH.match(ln.text.strip()))):
            return ANNUAL_BODY[m.group("meeting").casefold()]
    return None


def compound_title(title_lines: list[Line]) -> str | None:
    """ "Direktionsprotokoll 2024-05-06" -> "Direktionen"; "Styrelseprotokoll" -> "Styrelsen"; a title line that
    names the body with its municipality's genitive ("Protokoll Norrbys kommunstyrelse 2024-05-06") ->
    "Kommunstyrelsen"."""
    for ln in title_lines[:3]:
        if owned := municipal_genitive(AFTER_NAME.sub("", cut_start(KIND_LEAD, ln.text.strip()))):
            return owned[0]
        m = PROTOCOL_COMPOUND.match(ln.text.strip())
        if m:
            return {"Direktions": "Direktionen", "Styrelse": "Styrelsen"}[m.group("body")]
    return None


#: a body's name in the genitive, then the meeting word (what a flattened page ran on after it is not the body's):
#: "Socialnämndens sammanträde", "Direktionens möte Datum för anslags ..."
MEETING_OF = re.compile(r"^(?P<body>.*?(?:nämnden|styrelsen|utskottet|direktionen|rådet|beredningen|fullmäktige))s"
                        r"\s+(?:sammanträde|möte)\b", re.I)


#: the box's or kallelse's next labels, flattened in a row after "Organ" before its value: "Organ Utfärdad X"
ROW_LABELS = re.compile(r"^(?:(?:Utfärdad|Utfärdat|Sammanträdesdatum|Mötesdatum|Datum|Nr|Sida|Sammanträdestid|"
                        r"Sammanträdesplats|Mötestid|Tid|Plats|Paragrafer)\s*:?\s+)+(?=[A-ZÅÄÖ][a-zåäö])")


def labelled_body(value: str | None) -> str | None:
    """A body label's value; None where it is only the posting box's own sentences (no body's word in it); the
    body itself where the value names its meeting."""
    value = value.strip().rstrip(" :;,") if value else value  # "Organ: Kommunstyrelsens arbetsutskott :" (a label's colon)
    value = cut_start(ROW_LABELS, value) if value else value  # "Organ Utfärdad Kommunstyrelsen": labels in a row
    if value and (m := MEETING_OF.match(value.strip())):
        return m.group("body")
    if value and (box := BOX_WORDS.search(value)) and not BODY_WORD.search(value, 0, box.start()) \
            and (after := BOX_SENTENCE_END.search(value)) and BODY_WORD.search(value, after.end()):
        value = value[after.end():]  # "Organ BEVIS Justeringen har tillkännagivits genom anslag Norrby socialnämnd"
    if value and (box := BOX_WORDS.search(value)) and (words := list(BODY_WORD.finditer(value, 0, box.start()))):
        end = re.compile(r"[\wåäöÅÄÖ]*").match(value, words[-1].end()).end()  # to the end of the last body word
        value = value[:end]  # "Socialnämnden Anslaget sätts upp ...", "Kommunstyrelsen Datum när anslaget ..."
    if value and (owned := municipal_genitive(value)):
        return owned[0]
    value = _without_box_label(value) if value else value
    return None if value and BOX_WORDS.search(value) and not BODY_WORD.search(value) else value


#: the posting box's labels after "Organ: <body>" ("Överklagandetid", "Sammanträdesdatum"), folded
BOX_LABELS = ("överklagandetid", "överklagande", "sammanträdesdatum", "datum", "anslagsdatum", "anslaget",
              "förvaringsplats", "underskrift", "paragrafer", "sista")


#: a term of office after the body's name: "Beslutsinstans: Arbetsutskottet 2019-2022" (a case system's name for
#: the body of one mandate period; the body is the same group in every period)
TERM = re.compile(r"\s+(?:19|20)\d\d\s*[-–/]\s*(?:19|20)?\d\d$")


def _without_box_label(value: str) -> str:
    """"Organ: Kommunfullmäktige Överkl": the box's next label, whole or cut by the page's end, after the body's
    word is no part of the body's name (no name ends with a capitalised box label or the start of one), nor is a
    term of office ("Arbetsutskottet 2019-2022")."""
    value = TERM.sub("", value) if BODY_WORD.search(value) else value
    words = value.split()
    last = words[-1].casefold().strip(".:")
    if len(words) >= 2 and words[-1][:1].isupper() and len(last) >= 3 and BODY_WORD.search(words[-2]) \
            and any(label.startswith(last) for label in BOX_LABELS):
        return value[:value.rfind(words[-1])].rstrip(" ,;:")
    return value


#: a title line opening with an indefinite body noun and its purpose: "Nämnd för teknik och service", "PROTOKOLL 1(6)
#: Beredning för folkhälsa" (a region's committees are named so); its purpose is read by :func:`.purpose_name`
PURPOSE_TITLE = re.compile(r"^(?:\d{1,3}\s+)?(?:(?:PROTOKOLL|Protokoll|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|"
                           r"KALLELSE|Kallelse|Minnesanteckningar)\s+(?:\d{1,3}\s*\(\d{1,3}\)\s+)?)?"
                           r"(?P<head>Nämnd|Beredning|Utskott)(?=\s+för\s)")


def purpose_title(title_lines: list[Line]) -> str | None:
    """The body a title line names as "Nämnd för <purpose>" (indefinite, as written), else None."""
    for ln in title_lines:
        if (m := PURPOSE_TITLE.match(ln.text)) and (named := purpose_name(m["head"], ln.text, m.end("head"))):
            return named
    return None
