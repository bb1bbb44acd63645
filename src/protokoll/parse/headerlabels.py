"""Header labels: the words Swedish minutes and protocols put before a value, and which field each fills.

"Närvarande", "Beslutande", "Övriga medverkande", "Vid protokollet", "Plats
och tid", "Tid/Plats", "Mötesdatum" ..., followed by a colon, a tab, spaces or
a line break; also a body's members as a list heading ("Direktionens
ledamöter") and the labels of a signature box. ``label_of`` says whether a
line starts with one.
"""

from __future__ import annotations

import re

from .features import cut_start, keyword_fold
from ..swedish.kept import kept
from .lostlabels import lost_label
from .proselists import prose_list

# label (lower case) -> field; attendee groups are "attendees:<group>[:<role>]"
LABELS: dict[str, str] = {}
for _names, _field in (
    (("närvarande", "beslutande", "ledamöter", "närvarande ledamöter", "ordinarie ledamöter",
      "beslutande ledamöter", "tjänstgörande ledamöter", "närvarande beslutande", "deltagare",
      "närvarande ledamot", "ledamot", "övriga beslutande ledamöter", "övriga beslutande",
      "övriga tjänstgörande ledamöter", "beslutande och tjänstgörande ersättare",
      "ledamöter och tjänstgörande ersättare", "beslutande ledamöter och tjänstgörande ersättare", "närvaro",
      # network notes: who took part ("Deltog: ..."), also remotely ("Närvarande via Teams: ...", "Via Teams: ...")
      "deltog", "deltagande", "deltog digitalt", "deltog på plats", "deltog på distans",
      "närvarande via teams", "närvarande via zoom", "närvarande på distans", "närvarande på plats",
      "deltog via teams", "deltagare via teams", "deltagare på plats", "deltagare digitalt", "via teams", "via zoom"),
     "attendees:present"),
    (("tjänstgörande ersättare", "tjänstgörande ersättare/ledamöter", "tjg ersättare", "tjg. ersättare",
      "tjänstgörande ers", "tjg ers", "tjg. ers."), "attendees:present:ersättare"),
    (("ej tjänstgörande ersättare", "icke tjänstgörande ersättare", "närvarande ersättare", "ersättare",
      "ej tjg ersättare", "ej tjg. ersättare", "ej tjg ers", "ej tjg. ers.", "närvarande ers", "närvarande ers.",
      "ej tjänstgörande"),
     "attendees:other:ersättare"),
    (("övriga medverkande", "övriga närvarande", "övriga deltagande", "övriga deltagare", "övriga",
      "närvarande tjänstemän", "tjänstemän", "tjänstepersoner", "närvarande tjänstepersoner",
      "adjungerade", "adjungerande", "övriga närvarande tjänstepersoner", "medverkande",
      "närvarande övriga", "dessutom närvarande", "även närvarande", "insynsplats", "insynsplatser", "yttranderätt",
      "med yttranderätt", "närvarorätt", "med närvarorätt", "insyn", "ej beslutande", "icke beslutande"),
     "attendees:other"),
    (("gäster", "gäst", "inbjudna", "inbjuden", "inbjudna gäster", "inbjudna föredragande"), "attendees:guest"),
    (("frånvarande", "förhinder", "anmält förhinder", "meddelat förhinder", "ej närvarande", "deltog ej",
      "kallade", "förhindrade", "frånvarande ledamöter", "anmält frånvaro", "frånvarande ersättare"), "absent"),
    (("vid protokollet", "sekreterare", "protokollförare", "antecknat av", "antecknare", "antecknade",
      "vid tangentbordet", "minnesanteckningar förda av", "protokollet fört av", "sekr", "sekreterare:",
      "dokumenterat av", "nedtecknat av", "noterat av", "noteringar av"),
     "secretary"),
    (("ordförande", "mötesordförande", "ordf", "ordf.", "mötesledare"), "chair"),  # "Ordf.: Per Holm" as "Sekr.:"
    (("justerare", "utses att justera", "justerande", "justeras av"), "justerare"),
    (("mötesdatum", "datum", "sammanträdesdatum", "mötesdag", "dag", "sammanträdesdag"), "date"),
    (("datum och tid", "tid och datum", "tid", "mötestid", "klockan", "sammanträdestid", "starttid"), "datetime"),
    (("plats och tid", "plats och tid för sammanträdet", "plats/tid", "tid och plats", "tid/plats", "tid/ plats",
      "datum och plats",
      "plats och datum", "datum/plats", "tid, plats"), "dateplace"),
    (("plats", "lokal", "mötesplats", "möteslokal", "sammanträdeslokal"), "place"),
    (("hålltider", "tider"), "times"),
    (("organ", "nämnd", "möte", "mötesgrupp", "grupp", "nämnd/styrelse", "styrelse/nämnd", "instans",
      "beslutsinstans"), "body"),
    (("justeringens plats och tid", "justeringens tid och plats", "paragrafer", "underskrifter",
      "underskrift", "ansvarig", "diarienummer", "dnr", "anslaget", "sammanträdet", "dagordning",
      "ärenden", "sida", "datum för anslags uppsättande", "datum för anslags nedtagande",
      "förvaringsplats för protokollet", "förvaringsplats", "utdragsbestyrkande", "anslag/bevis", "anslag / bevis",
      "bevis om anslag", "bevis om justering", "justerandes signatur", "justerandes sign"), "ignore"),
):
    for _n in _names:
        LABELS[_n] = _field

LABEL_STARTS = frozenset(k[:3] for k in LABELS)  #: what a line starting with a label starts with (folded)
_LABEL_ALT = "|".join(sorted((re.escape(k) for k in LABELS), key=len, reverse=True))
#: a bilingual label's translation after a slash, as Finland-Swedish documents write it ("Ordförande/Puheenjohtaja:",
#: "Plats/Paikka:"); a Swedish label word after the slash names a second role or field, not a translation
_TRANSLATION = r"(?:/(?!(?:sekreterare|ordförande|justerare|plats|tid|datum|ledamöter|ersättare|lokal)\b)[^\W\d_]{3,}(?=:))?"
#: what follows a label: a colon, a dot before a capital ("Plats och tid. Rådhuset"), a tab, a wide gap, a space
_LABEL_REST = _TRANSLATION + r"\s*(?::|\.(?=\s+(?-i:[A-ZÅÄÖ]))|\t|\s{2,}|(?=\s)|$)\s*(.*)$"
LABEL_LINE = re.compile(rf"^({_LABEL_ALT}){_LABEL_REST}", re.I)
#: ``LABEL_LINE`` with only the labels that start with a line's first three letters (folded, as ``LABEL_STARTS``;
#: every label has three or more): the same match, without trying the other 130 labels one by one (issue 12)
LABEL_LINE_BY_START = {start: re.compile(
    rf"^({'|'.join(sorted((re.escape(k) for k in LABELS if k[:3] == start), key=len, reverse=True))}){_LABEL_REST}",
    re.I) for start in LABEL_STARTS}
#: a body's members as a list heading: "Direktionens ledamöter", "Styrelsens ersättare"
GROUP_HEAD = re.compile(r"^([A-ZÅÄÖ][a-zåäö]+s\s+(ledamöter|ordinarie ledamöter|tjänstgörande ersättare|ersättare|"
                        r"tjänstemän|tjänstepersoner))\s*(?::\s*(.*)|$)()")
GROUP_HEAD_START = re.compile(r"[A-ZÅÄÖ][a-zåäö]+s\s")  #: ``GROUP_HEAD``'s start, the cheap test


SIGNATURES_HEAD = re.compile(r"^(?:Underskrifter|Underskrift|Signaturer)\s*:?\s+(?=(?:Sekreterare|Ordförande|Justerare|"
                             r"Justerande)\b)")
#: "Sekreterare ........ Paragrafer 1-15": the paragraphs a signature covers, in the signature line's margin
PARAGRAPHS = re.compile(r"(?:^|\s+)(?:[.…_]{2,}\s*)?(?:Paragrafer|Paragraf|§§?)\s*\d{1,4}(?:\s*(?:[-–,]|och)\s*\d{1,4})*\s*$")


SIGNATURE_DOTS = re.compile(r"[.…_\s]*")


@kept(maxsize=1024)
def label_of(text: str, strict: bool = False) -> tuple[str, str, str] | None:
    """(label, field kind, rest) when a line starts with a header label (see :func:`_label_of`), with
    a qualified attendance label (``QUALIFIED``), with a label whose first letters were lost (``lostlabels``) or
    with an attendance sentence ("Vid mötet deltog", ``proselists``)."""
    return _label_of(text, strict) or _qualified(text) or lost_label(text) or prose_list(text)


def _label_of(text: str, strict: bool = False) -> tuple[str, str, str] | None:
    """(label, field kind, rest) when a line starts with a header label.

    A single space after the label is accepted only when ``strict`` is False;
    strict mode wants a colon, a tab, two spaces or nothing after it. Kept for the last lines: the
    header's fields, the organisation and the body readers ask for the same lines' labels (issue 12).
    """
    if text.startswith(("Underskrift", "Signaturer")):
        text = cut_start(SIGNATURES_HEAD, text)  # "Underskrifter Sekreterare ....": the box's title before its first label
    if not text[:1].isupper() or keyword_fold(text[:3])[:3] not in LABEL_STARTS and not GROUP_HEAD_START.match(text):
        return None  # both patterns start with a capital; a label starts with one of its first three letters
    g = GROUP_HEAD.match(text)
    if g:  # "Direktionens ledamöter", "Styrelsens ersättare"
        return g.group(1), LABELS[g.group(2).casefold()], (g.group(3) or "").strip()
    m = LABEL_LINE_BY_START.get(keyword_fold(text[:3])[:3], LABEL_LINE).match(text) if text[:1].isupper() else None
    if not m:
        return None
    label, rest = m.group(1), PARAGRAPHS.sub("", m.group(2))
    if SIGNATURE_DOTS.fullmatch(rest):  # a signature line: "Ordförande ........"
        return label, LABELS[label.casefold()], ""
    sep = text[len(label):len(label) + 2]
    if strict and rest and not (sep[:1] in (":", "\t") or sep == "  "):
        return None
    if rest and sep[:1] == " " and sep != "  " and not _plausible_value(label, rest):
        return None
    return label, LABELS[label.casefold()], rest.strip()


def _plausible_value(label: str, rest: str) -> bool:
    """With only a space between, the rest must look like a value, not a sentence's next word."""
    first = rest.split()[0] if rest.split() else ""
    if first in ("För", "Från") and LABELS[label.casefold()].startswith("attendees") \
            and re.match(r"\S+\s+[A-ZÅÄÖ]", rest):
        return True  # "Beslutande För Kommunstyrelsen Anna Berg (S)": a delegation's heading opens the list
    if first.casefold() in {"och", "för", "att", "som", "är", "var", "har", "med", "till", "i", "på", "av"}:
        return False
    return bool(re.match(r"[\dA-ZÅÄÖÉ(]", first)) or label.casefold() in ("dnr",)


#: "Närvarande styrelsen och skola:", "Närvarande från förvaltningen:": the attendance label with words saying
#: whose attendance follows (a colon after them, as such a label is written)
QUALIFIED = re.compile(r"^(Närvarande\s+(?:[a-zåäö/\-]+\s+){0,3}[a-zåäö/\-]+)\s*:\s*(.*)$")
#: words of a qualifier saying the people are officials or others, not members
OFFICIAL_WORDS = re.compile(r"tjänste|personal|förvaltning|kansli|sekretariat|gäst|övrig|adjunger|inbjud")


#: the absence label with words saying whose absence follows: "Ej närvarande, ordinarie", "Frånvarande, ersättare",
#: "Ej närvarande ledamöter:" (a comma or a colon after the label, as a table's row label writes it)
ABSENT_QUALIFIED = re.compile(r"^((?:Ej\s+närvarande|Frånvarande|Icke\s+närvarande)\s*,\s*(?:ordinarie\s+ledamöter|"
                              r"ordinarie/ersättare|ordinarie\s+och\s+ersättare|"
                              r"ordinarie|ledamöter|ledamot|ersättare|suppleanter|tjänstgörande\s+ersättare))\s*:?\s+(.*)$")


def _qualified(text: str) -> tuple[str, str, str] | None:
    """A qualified attendance label (``QUALIFIED``, ``ABSENT_QUALIFIED``); None for any other line."""
    if text.startswith(("Ej ", "Frånvarande", "Icke ")) and (a := ABSENT_QUALIFIED.match(text)):
        return a.group(1), "absent", a.group(2).strip()
    m = QUALIFIED.match(text) if text.startswith("Närvarande ") else None
    if not m:
        return None
    kind = "attendees:other" if OFFICIAL_WORDS.search(m.group(1)) else "attendees:present"
    return m.group(1), kind, m.group(2).strip()
