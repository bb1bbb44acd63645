"""What a document is when its title does not say it plainly: the marks only a protocol carries.

A Swedish municipal protocol is justerat (checked and signed by the chair and the justerare) and its justering
is announced on the notice board, so its first page carries the certificate: "ANSLAG/BEVIS" ("Bevis/Anslag"),
"Protokollet är justerat", "Justeringen har tillkännagivits genom anslag". Minutes are not justerade and an
agenda is written before there is anything to justera, so neither carries such a sentence. Hence:

- a document whose title lines name no kind but which carries such a mark is a protocol; the mark may stand in
  the middle of a line (a page that lost its line breaks), or in another case ("Anslag/Bevis");
- a document whose first kind word is an agenda's ("Ärendelista", "Dagordning", "Föredragningslista") written
  after such a mark is a protocol that lists its items under that word; an agenda whose papers include another
  body's protocol carries the mark only after its own title, and stays an agenda;
- a title that names minutes is believed: the mark decides only where the title says nothing or names a list.

The labels of a protocol's first-page box are such marks too, though the certificate may not follow yet (an
excerpt of the first page): "Justeringens plats och tid", "Paragrafer 12-30" (the numbers of the paragraphs the
protocol holds), "Underskrifter" before the signers' roles, "Justerare ........" with the line to sign on, and
its pages' footer ("Justerandes sign", "Utdragsbestyrkande": the justerare initial each page, and an excerpt of
the protocol is certified there), and the certificate's dates ("Datum för anslags uppsättande", "Datum då anslaget
tas ned": the days the notice of the justering hangs on the board). An agenda puts justering as a matter to handle ("Val av justerare", "Tid för justering"), never as the box's labels;
a fullmäktige's kungörelse may print "Justeringens plats och tid", but after its own title ("Kallelse"), where a
mark decides nothing (the rule above).

Minutes and protocols head their list of items "Dagordning" (or "Föredragningslista", "Ärendelista") as often
as an agenda is titled so. Where that word stands alone on its line (a list's heading, not a title such as
"Dagordning för styrelsens möte" or "Kallelse") and the items record what was decided in the past tense
("godkändes", "beslutade", "valdes") in two items or more, the document is a record of the meeting, not an agenda written before it:
its kind is then read as an untitled document's.
"""

from __future__ import annotations

import re

from ..swedish import dates
from .body import read_kind
from .features import has_any, keyword_fold
from .lines import Line

#: the sentences of a justered protocol's notice-board certificate
JUSTERAT = re.compile(r"\b(?:anslag\s*/\s*bevis|bevis\s*/\s*anslag|protokollet\s+är\s+justerat|"
                      r"protokoll\s+är\s+justerat|justeringen\s+(?:har\s+)?(?:tillkännagivits|tillkännages|"
                      r"tillkännagetts)|paragrafen\s+(?:är\s+|förklaras\s+omedelbart\s+)?"
                      r"(?:justeras|justerades|justerad))\b", re.I)
#: the labels of a protocol's first-page box (see the module's rules)
BOX_LABEL = re.compile(r"(?<![\wåäö])(?:justeringens\s+plats\s+och\s+tid|"
                       r"paragrafer\s*:?\s*(?:§§?\s*)?\d{1,3}\s*[-–]\s*\d{1,3}(?!\d)|"
                       r"underskrifter\s*:?\s*(?:sekreterare|ordförande|justerare|justerande)|"
                       r"(?:justerare|justerande)\s*:?\s*(?:_{4,}|\.{6,})|(?:_{4,}|\.{6,})\s*(?:justerare|justerande)\b|"
                       # a protocol page's footer: the justerare initial each page, an excerpt is certified
                       r"justerandes\s+sign(?:atur|aturer)?\b|utdragsbestyrkande|"
                       # the certificate's dates: "Datum för anslags uppsättande", "Datum då anslaget tas ned"
                       r"datum\s+för\s+anslags\s+(?:uppsättande|nedtagande)|"
                       r"(?:datum\s+(?:då\s+)?)?anslaget\s+(?:sätts\s+upp|sattes\s+upp|tas\s+(?:ned|ner)|togs\s+(?:ned|ner)))",
                       re.I)


def may_mark(text: str) -> bool:
    """The cheap test before ``JUSTERAT`` and ``BOX_LABEL`` (each a search of the whole text from every position):
    a word each of their wordings needs, in the once-folded text (issue 12)."""
    low = keyword_fold(text)
    return "juster" in low or "anslag" in low or "paragrafer" in low or "underskrifter" in low or "bestyrk" in low


def protocol_marked(kind: str | None, title_lines: list[Line], text: str) -> str | None:
    """The document's kind with a protocol's certificate taken into account (see the module's rules)."""
    if kind not in (None, "agenda"):
        return kind
    mark = _first(JUSTERAT.search(text), BOX_LABEL.search(text)) if may_mark(text) else None
    if mark is None:
        return "protocol" if kind is None and _printed_protocol(text) else kind
    if kind is None:
        return "protocol"
    named = _agenda_title(title_lines)
    return "protocol" if named is not None and mark.start() < named.start else kind


def _first(*found: re.Match | None) -> re.Match | None:
    """The earliest of the matches found."""
    return min((m for m in found if m is not None), key=lambda m: m.start(), default=None)


#: the document's own kind printed in its head where the title lines were not read as such (a page's furniture
#: before it, a contents list after it): "SAMMANTRÄDESPROTOKOLL", "PROTOKOLL 1 (12)", "Sammanträdesprotokoll"; in
#: capitals or as the compound, never "Protokoll från föregående möte" (an item), nor a kind word in a sentence
PRINTED_PROTOCOL = re.compile(r"(?<![\wåäöÅÄÖ])(?:SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|PROTOKOLL|"
                              r"Protokoll(?=\s+\d{4}-\d{2}-\d{2}|\s+\d{1,3}\s*\(\d{1,3}\)))(?![\wåäöÅÄÖ])"
                              r"(?!\s+(?:från|över|för|fört|förda|vid|med)\b)")
#: how far into the text a document's head reaches (characters)
HEAD = 1500
#: a kind word of minutes or an agenda in the head: then the head names more than one kind and decides nothing
OTHER_KIND = re.compile(r"(?<![\wåäö])(?:minnesanteckningar|mötesanteckningar|kallelse|dagordning|"
                        r"föredragningslista|ärendelista)(?![\wåäö])", re.I)


def _printed_protocol(text: str) -> bool:
    """The head prints the word protocol as a document's kind, and no other kind."""
    head = text[:HEAD]
    printed = PRINTED_PROTOCOL.search(head)
    return printed is not None and OTHER_KIND.search(head, 0, printed.start()) is None


#: an agenda's word alone on its line: the heading of a list of items
LIST_HEADING = re.compile(r"^(?:dagordning|föredragningslista|ärendelista)\s*:?$", re.I)
#: a decision told in the past tense: the meeting has been held
#: (the active past too, a body as its subject: "Kommittén godkände ...", "Styrelsen antog ...": what a meeting did
#: is told only after it was held)
DECIDED = re.compile(r"\b(?:godkändes|beslutade|beslöt|beslutades|beslöts|valdes|utsågs|antogs|fastställdes|"
                     r"godkände|antog|fastställde|"
                     r"lades\s+till\s+handlingarna|noterades|antecknades)\b", re.I)


def listed_record(kind: str | None, title_lines: list[Line], decisions: list[list[str]]) -> str | None:
    """None (read the kind as an untitled document's) for an "agenda" named only by its list's heading where
    two items or more record decisions in the past tense (one may be an earlier decision told as background);
    else ``kind``. ``decisions``: each item's decisions."""
    if kind != "agenda" or sum(any(DECIDED.search(d) for d in item) for item in decisions) < 2:
        return kind
    named = _agenda_title(title_lines)
    return None if named is not None and LIST_HEADING.match(named.text) else kind


#: who attended, named on the label's line: "Närvarande: Anne, Ida och Sandra" (a kallelse lists "Kallade:")
#: (a group may follow in brackets: "Närvarande (kommittén): ...", "Närvarande (styrelsen): ...")
ATTENDED = re.compile(r"^\s*närvarande(?:\s+ledamöter)?(?:\s*\([^()\n]{1,40}\))?\s*:\s*[A-ZÅÄÖ]", re.M | re.I)
#: a decision told as made, in the first person or the perfect: "Vi beslutar att ...", "Styrelsen har beslutat att
#: ..." (not "Styrelsen beslutar att ...": an agenda's formula for its proposal)
DECIDED_NOW = re.compile(r"\b(?:vi\s+(?:beslutar|beslöt|beslutade|har\s+beslutat)|har\s+beslutat|har\s+beslutats)\b",
                         re.I)


def attended_record(kind: str | None, title_lines: list[Line], text: str) -> str | None:
    """None (read the kind as an untitled document's) for an "agenda" titled so ("Dagordning styrelsemöte ...") that
    records who attended ("Närvarande: ...") and, on two lines or more, what was decided ("Vi beslutar att ...",
    "Styrelsen har beslutat ...", "... godkändes"): a board's notes written on the agenda's numbering. A kallelse
    ("Kallelse", "Kallade: ...") is still an agenda. Else ``kind``."""
    if kind != "agenda" or not ATTENDED.search(text) or re.search(r"^\s*kallade\s*:", text, re.M | re.I):
        return kind
    named = _agenda_title(title_lines)
    if named is None or named.text.strip().casefold().startswith("kallelse"):
        return kind
    if _may_tell_decided(keyword_fold(text)) is None:  # the cheap test of the whole text, then of each line
        return kind
    told = (ln for ln in text.splitlines() if _may_tell_decided(keyword_fold(ln)) is not None
            and (DECIDED_NOW.search(ln) or DECIDED.search(ln)))
    return None if next(told, None) is not None and next(told, None) is not None else kind  # two lines suffice


#: what every wording of ``DECIDED`` and ``DECIDED_NOW`` holds, folded (:func:`keyword_fold`, as their case-blind
#: search reads a text): the cheap test of a line before the two patterns, tried at each of its words (issue 12)
DECIDED_WORDS = ("godkän", "besl", "valdes", "utsågs", "antog", "fastställ", "lades", "noterades", "antecknades")
_may_tell_decided = has_any(DECIDED_WORDS)


def _agenda_title(title_lines: list[Line]) -> Line | None:
    """The first title line that alone names an agenda ("Föredragningslista", "Kallelse")."""
    return next((ln for ln in title_lines if read_kind([ln]) == "agenda"), None)


#: a proposal put to the meeting, in an agenda's words
PROPOSED = re.compile(r"\b(?:föreslås|förslag\s+till\s+beslut|föreslår\s+(?:att|nämnden|styrelsen|utskottet))\b", re.I)
#: the labels of a list of matters to be handled ("Ärenden", "Ärendelista"), as a meeting's page heads it
MATTERS_LABEL = re.compile(r"^(?:ärenden|ärende|ärendelista|ärenden\s+att\s+behandla)\s*:?$", re.I)
#: the labels of the hour ("Klockan", "Tid", "Kl", "Tidpunkt")
HOUR_LABEL = re.compile(r"^(?:klockan|kl|tid|tidpunkt|mötestid|starttid)\s*[:.]?$", re.I)


def announced(kind: str | None, fields: list, items: list, attendees: list) -> str | None:
    """"agenda" for a document that names no kind of its own and records nothing of a held meeting, but
    announces one: its head gives the day, the hour and the place by their labels ("Datum", "Klockan", "Plats",
    as a meeting portal prints them) or heads its list "Ärenden", and two items or more follow in which nothing
    is decided and under which no one is listed present. Minutes and protocols record who attended and what was
    decided; a page that lists the matters of a coming meeting does neither. Else ``kind``."""
    if kind is not None or len(items) < 2 or attendees or any(item.decisions for item in items):
        return kind
    labels = [(f.kind, (f.label or "").strip()) for f in fields]
    dated = any(k in ("date", "datetime", "dateplace") for k, _ in labels)
    hour = any(k in ("datetime", "time") and HOUR_LABEL.match(label) for k, label in labels)
    place = any(k in ("place", "dateplace") for k, _ in labels)
    matters = any(MATTERS_LABEL.match(label) for _, label in labels)
    if dated and (hour and place or matters):
        return "agenda"
    # no head of that kind: a proposal put to the meeting ("föreslås", "förslag till beslut") and nothing told
    # of it as done ("godkändes", "beslutade") is what a list of matters written before the meeting holds
    texts = [item.text or "" for item in items]
    proposed = any(PROPOSED.search(t) for t in texts)
    return "agenda" if proposed and not any(DECIDED.search(t) for t in texts) else kind


#: the label of the members who decide, as a protocol's first page prints it ("Beslutande Eva Lund (S), ordförande",
#: "Beslutande ledamöter"), in the middle of a line where the page lost its breaks; capitalised, so that a sentence's
#: "beslutande kommunstyrelsen" (a kallelse's) is not read so
DECIDING_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])Beslutande(?:\s*:)?\s+(?:ledamöter\b|[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])")
#: the signing of a justering, capitalised as the label of the signature box: "Justeras", "Justerare",
#: "Justerande", "Justerandes sign"
SIGNED_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])(?:Justeras|Justerare|Justerande|Justerandes)(?![\wåäö])")


def formal_roster(text: str) -> bool:
    """A document that lists who decides ("Beslutande ...") and carries the justering's signature label is a protocol:
    minutes name who attended, not who decides, and are not justerade; an agenda decides nothing yet. Read anywhere
    in the text (a page whose line breaks were lost puts both in the middle of a line)."""
    return ("Beslutande" in text and DECIDING_LABEL.search(text) is not None and SIGNED_LABEL.search(text) is not None) \
        or ("juster" in text and JUSTERARE_CHOSEN.search(text) is not None)


#: the justerare told as chosen: "Att jämte ordföranden justera dagens protokoll utsågs Eva Lund", "Per Holm valdes
#: att tillsammans med ordföranden justera protokollet" (a record of the meeting that is justerat: a protocol; an
#: agenda asks for the choice, "Val av justerare", and tells nothing as done)
JUSTERARE_CHOSEN = re.compile(r"\bjustera\s+(?:dagens\s+|detta\s+)?protokoll(?:et)?\s+(?:utsågs|valdes)\b|"
                              r"\b(?:utsågs|valdes)\s+[^.]{0,60}?\batt\s+(?:jämte\s+ordföranden\s+|tillsammans\s+med\s+"
                              r"ordföranden\s+)?justera\b", re.I)
#: who was there and who was not ("Närvarande ... Ej närvarande ...", capitalised labels): the roll of a meeting held;
#: an agenda names whom it calls ("Kallade"), never who stayed away
PRESENT_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])Närvarande(?![\wåäö])")
ABSENT_LABEL = re.compile(r"(?<![\wåäöÅÄÖ])(?:Ej\s+närvarande|Icke\s+närvarande|Frånvarande)(?![\wåäö])")


def roll_before_list(kind: str | None, title_lines: list[Line], text: str) -> str | None:
    """None (read the kind as an untitled document's) for an "agenda" named only by its list's heading
    ("DAGORDNING" alone) where the text before that heading records both who was present and who was absent;
    else ``kind``."""
    if kind != "agenda":
        return kind
    named = _agenda_title(title_lines)
    if named is None or not LIST_HEADING.match(named.text.strip()):
        return kind
    head = text[:named.start]
    return None if PRESENT_LABEL.search(head) and ABSENT_LABEL.search(head) else kind


#: a meeting announced as to come, in the words of an invitation: "Följande ärenden ska behandlas", "kallas härmed
#: till", "Välkommen till föreningens vårmöte" ("till höstkonferensen"), "Årets möte kommer att hållas via länk" (not
#: a chair's greeting, "hälsar alla välkomna till mötet", nor an item's "Välkomna till dagens möte", nor the next
#: meeting minutes announce, "Nästa möte kommer att hållas ...")
INVITED = re.compile(r"\b(?:ska|skall|kommer\s+att)\s+behandlas\b|\bkallas\s+(?:härmed\s+)?till\b|"
                     r"(?<!hälsar\s)(?<!hälsade\s)(?<!alla\s)\bvälkomna?\s+till\s+(?!dagens\b|detta\b|mötet\b|sammanträdet\b)"
                     r"(?:[\wåäö\-]+\s+){0,3}?"
                     r"[\wåäö\-]*(?:möte|sammanträde|stämma|träff|konferens|konferensen|kongress|kongressen)\b|"
                     r"(?<!nästa\s)\b(?:årets\s+)?möte[t]?\s+(?:kommer\s+att|ska|skall)\s+(?:hållas|ske|äga\s+rum)\b",
                     re.I)
#: a meeting told as held: opened, closed, greeted, attended, discussed (past tense), or opened in a protocol's
#: present tense ("förklarar mötet öppnat")
HELD = re.compile(r"\b(?:öppnades|förklarades|avslutades|hälsade|deltog|diskuterades|informerade|närvarande\s*:|"
                  r"förklarar\s+(?:mötet|sammanträdet|stämman)\s+(?:för\s+)?öppnat)", re.I)


def invited(kind: str | None, items: list, attendees: list, text: str) -> str | None:
    """"agenda" for a document that names no kind of its own, whose two items or more (or none: a page of prose)
    decide nothing, that names no one present and tells nothing of the meeting as held, but invites to it in an
    invitation's words (``INVITED``): what a page announcing a coming meeting holds. Else ``kind``."""
    if kind is not None or len(items) == 1 or attendees or any(item.decisions for item in items):
        return kind
    if DECIDED.search(text) or HELD.search(text) or not INVITED.search(text):
        return kind
    return "agenda"


#: a web page's date of publication: "Publicerat 1 mars 2027", "Publicerad: 2027-03-01", "Postat den 1 mars 2027"
POSTED = re.compile(r"(?<![\wåäö])(?:publicerat|publicerad|postat|postad|inlagd|inlagt|upplagd|upplagt)\b[^\n]{0,40}",
                    re.I)


def posted_before(kind: str | None, meeting: str | None, items: list, attendees: list, text: str) -> str | None:
    """"agenda" for a page that names no kind of its own, whose items decide nothing and which names no one present,
    published before the day of the meeting it lists: only what is to come can be written before the meeting (a
    blog's "Styrelsemöte 14 mars" posted on 1 mars). Else ``kind``. ``meeting``: the meeting's ISO date."""
    if kind is not None or not meeting or len(items) < 2 or attendees or any(item.decisions for item in items):
        return kind
    found = POSTED.search(text[:3000])
    posted = dates.parse_date(found.group(0), years=[int(meeting[:4])]) if found else None
    return "agenda" if posted is not None and posted.isoformat() < meeting and not HELD.search(text) else kind


#: the first page of a document-sharing site's transcript: "Transkript", then the page counter "1" before the
#: document's own first words ("1 Protokoll för styrelsemöte ( 15) ..."), which the title lines miss (the counter
#: reads as an item's number)
TRANSCRIPT_PAGE_ONE = re.compile(r"^[ \t]*Transkript[ \t]*\n\s*1[ \t]+(?P<head>[^\n]{1,80})", re.M)


def transcript_title(kind: str | None, text: str) -> str | None:
    """The kind the transcript's first page names in its first words where the title lines named none."""
    if kind is not None or "Transkript" not in text:
        return kind
    m = TRANSCRIPT_PAGE_ONE.search(text)
    head = " ".join(m.group("head").split()[:4]) if m else ""
    return read_kind([Line(head, 0)]) if head else None
