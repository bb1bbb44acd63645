"""The vocabulary and patterns of flattened meeting documents, shared by :mod:`.layout` (item headings)
and :mod:`.linecuts` (where a flattened line breaks): header labels, meeting roles, the labels of an item's
parts, sentence openers and connectors, the words that make a number a reference, and a bounded look back.
"""

from __future__ import annotations

import re

from .pages import UP

MAX_TITLE_WORDS = 20  #: an item title is at most this many words

LO = "a-zåäöéüèáí"
QUOTE = "\"”“«'"


def _variants(words: tuple[str, ...]) -> str:
    """A regex alternation of the labels and their upper-case forms, longest first."""
    forms = {w for w in words} | {w.upper() for w in words}
    return "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))


# --- vocabulary --------------------------------------------------------------------------

#: header labels that are labels wherever they stand capitalised
STRONG_LABELS = (
    "Plats och tid", "Tid och plats", "Plats/tid", "Tid/plats", "Datum och tid", "Tid och datum",
    "Datum och plats", "Plats och datum", "Sammanträdesdatum", "Sammanträdesdag", "Mötesdatum",
    "Beslutande", "Beslutande ledamöter", "Närvarande", "Närvarande ledamöter", "Närvarande ersättare",
    "Närvarande tjänstemän", "Närvarande tjänstepersoner", "Övriga deltagare", "Övriga närvarande",
    "Övriga medverkande", "Övriga deltagande", "Tjänstgörande ersättare", "Ej tjänstgörande ersättare",
    "Icke tjänstgörande ersättare", "Ej beslutande", "Utses att justera", "Justeringens plats och tid",
    "Justeringens tid och plats", "Justeringens plats/tid", "Underskrifter", "ANSLAG/BEVIS", "Paragrafer",
    "Frånvarande", "Ej närvarande", "Ej Närvarande", "Deltog ej", "Meddelat förhinder", "Anmält förhinder",
    "Förhindrade", "Vid protokollet",
    "Datum för anslags uppsättande", "Datum för anslags nedtagande", "Förvaringsplats för protokollet",
    "Utdragsbestyrkande", "Justerandes signatur", "Justerandes sign",
)
#: the labels of a protocol page's signature boxes, printed at every page's foot ("Justerandes sign", "Justerares
#: signatur", "Utdragsbestyrkande"): one alternation for repair's page breaks and parse's item bodies
SIGNATURE_BOX_LABEL = (r"(?:Justerandes?|Justerares|Justerare|Ordförandes|Sekreterarens|Sekreterares)\s+"
                       r"(?:sign(?:atur(?:er)?)?\.?|signaturer)|Utdragsbestyrkande")
#: header labels that are also ordinary words: they need a colon or a value after them
WEAK_LABELS = (
    "Plats", "Tid", "Datum", "Lokal", "Organ", "Nämnd", "Deltagare", "Ledamöter", "Ersättare", "Övriga",
    "Gäster", "Gäst", "Inbjudna", "Inbjuden", "Förhinder", "Tjänstemän", "Tjänstepersoner", "Underskrift",
)
#: meeting roles: a label before a name ("Ordförande Anna Berg") or a signature under one
ROLE_LABELS = ("Ordförande", "Mötesordförande", "Sekreterare", "Protokollförare", "Justerande", "Justerare")

LABEL = re.compile(rf"(?<![\w/&-])({_variants(STRONG_LABELS + WEAK_LABELS + ROLE_LABELS)})(?=\s*:|\s|$)")
LABEL_KIND = {w.casefold(): kind for kind, group in (("strong", STRONG_LABELS), ("weak", WEAK_LABELS),
                                                    ("role", ROLE_LABELS)) for w in group}

#: labels of an item's parts; "Beslut" and its kin start a paragraph, as a heading when no colon follows
ACTION = re.compile(
    rf"(?<![\w/-])(?:(?P<para>Förslag till beslut|Beslutsförslag|Beslutsunderlag|Beslutsgång|Propositionsordning|"
    rf"Ärendebeskrivning|Sammanfattning|Bakgrund|Yrkanden?(?: m\.? ?m\.?)?|Reservationer|Reservation|"
    rf"Protokollsanteckning|Expedieras|Beslutet skickas till|Beslut|[{UP}][{LO}]+s beslut)"
    rf"|(?P<line>Föredragande|Föredragare)"
    rf"|(?P<clause>Beslutas att|Beslutades att|Beslöts att|Det beslutades att)"
    rf"|(?P<colon>Förslag)(?=\s*:)"
    rf"|(?P<dnr>Dnr|DNR)(?=[.:]?\s*(?:[^\s\d]+\s+){{0,2}}\S*\d))(?![\w-])")

#: capitalised words that open a Swedish sentence rather than continue a title
SENTENCE_OPENERS = frozenset(
    "Till Under Vid Det Den De Dessa Denna Detta Efter Inför I På Från Med Enligt Inget Ingen Inga Man Vi "
    "Han Hon Hen Mötet Ordförande Ordföranden Protokollet Dagordningen Föredragningslistan Därefter Sedan "
    "Nu Här Där Även Också Alla Samtliga Ett En Som Om När Efter Beslutet Gruppen Frågan Ärendet".split())
#: words after which a capitalised word continues a title ("Information från Region X")
CONNECTORS = frozenset(
    "och samt eller om från för i av med till på inom vid mellan enligt inför hos kring mot under efter via "
    "över genom utan bland åt trots bakom runt utanför gentemot per före än ur kontra resp respektive "
    "gällande avseende angående rörande beträffande ang inkl jämte the of and den det de en ett "
    "vår vårt våra er ert era sin sitt sina hans hennes deras dess".split())
#: words before a number that make it a reference, not an item number ("kl 10", "punkt 3", "sid 4")
NUMBER_REFERENCES = frozenset(
    "kl kl. Kl Kl. KL KL. klockan punkt punkterna p p. pkt pkt. § sid sid. Sida sida nr nr. Nr bilaga bil "
    "bil. del kap kap. steg fas etapp år vecka v v. den ca ca. cirka box Box rum våning plan avsnitt "
    "paragraf och eller samt till än av med mellan om – - januari februari mars april maj juni juli "
    "augusti september oktober november december Punkt Punkterna Bilaga Kapitel Paragraf Klockan Avsnitt "
    "Steg Del nummer Nummer".split())
#: the same words folded: a heading in capitals writes them so ("DEL 2: Frågor" is a part, not item 2)
FOLDED_REFERENCES = frozenset(w.casefold() for w in NUMBER_REFERENCES)
PREPOSITIONS = frozenset("i enligt se och samt jfr jämför till av från under med om på vid enl enl. ur".split())

#: a page head up to its page mark: "KOMMUNEN PROTOKOLL 2 (5)", "Nämnden Sida 2 av 5"
NUMBERED = re.compile(rf"(?<!\S)(\d{{1,2}})(?:([.:)])(?!\d)\s*(?=[{QUOTE}]?[{UP}])|\s+(?=(?:[{UP}]\s+)?[{UP}][{LO}]))")
#: "§ 21", and "§ 2 1" whose digits a scan or a PDF's letter spacing split
PARAGRAPH = re.compile(rf"(?<![\w§])(?:[{UP}]{{1,6}}\s?)?§\s*\d{{1,4}}(?: \d(?=\s+[{UP}]))?(?![\d/,§-])\s*[.:]?"
                       rf"(?=\s+[{QUOTE}]?[{UP}]|\s*$)")
PREFIXED = re.compile(rf"(?<!\S)([{UP}]{{2,5}})\s(\d{{1,3}})(?![\d.,:/-])(?=\s+[{QUOTE}]?[{UP}])")
_NAME_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
NAME_WORD = _NAME_WORD
NAME_BEFORE = re.compile(rf"(?:^|([.!?\d)]\s+)|(?<=\s))((?:{_NAME_WORD}\s+)?{_NAME_WORD}\s+{_NAME_WORD})\s+$")
_NOT_ROLE = rf"(?!(?:{'|'.join(ROLE_LABELS)})\b)"  #: a name's words are no role words ("... Berg Sekreterare")
NAME_AFTER = re.compile(rf"\s*{_NAME_WORD}(?:\s+{_NOT_ROLE}{_NAME_WORD}){{1,2}}\s+")
#: "Anna Berg, controller", "Eva Lind Holm, tf. chef"
PRESENTER = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}},\s+(?:[{LO}]|tf\.)")
SENTENCE_END = re.compile(r"[.!?]$")
RUNNING_TEXT = re.compile(rf"[{LO}\d)]{{2}}[.!?](?:\s|$)")  #: a sentence ends: the text runs on
SPACE = re.compile(r"\s*")
DNR = re.compile(r"\b(?:Dnr|DNR)\b")
HEADING_DNR = re.compile(r"(?:Dnr|DNR)[.:]?(?:\s+[^\s\d]+){0,2}?\s+\S*\d\S*")  #: "Dnr KS 2021/12"
OUTLINE = re.compile(r"\d+(?:\.\d+)+\.?")  #: "2.3.1", a section number


def before(text: str, pos: int) -> str:
    """The few words before ``pos`` (a bounded look back keeps long lines linear)."""
    return text[max(0, pos - 80):pos].rstrip()


def last_word(text: str) -> str:
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


def skip_space(text: str, pos: int) -> int:
    """The first non-space offset at or after ``pos``."""
    return SPACE.match(text, pos).end()
