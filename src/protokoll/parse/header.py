"""The header of a meeting document: labelled values before the first item.

Labels are the words Swedish minutes and protocols use ("Närvarande",
"Beslutande", "Övriga medverkande", "Vid protokollet", "Plats och tid",
"Tid/Plats", "Mötesdatum" ...), followed by a colon, a tab, spaces or a line
break; a value runs on over wrapped lines until the next label or paragraph.
Also the signature block at the end ("Name" over "ordförande", "//Name").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .features import keyword_fold
from .fields import Field
from .lines import Line
from .columns import check_roles, unstack
from ..swedish import gazetteer
from ..swedish.kept import kept
from .names import find_people, given_names, is_org, is_person

# label (lower case) -> field; attendee groups are "attendees:<group>[:<role>]"
LABELS: dict[str, str] = {}
for _names, _field in (
    (("närvarande", "beslutande", "ledamöter", "närvarande ledamöter", "ordinarie ledamöter",
      "beslutande ledamöter", "tjänstgörande ledamöter", "närvarande beslutande", "deltagare",
      "närvarande ledamot", "ledamot"), "attendees:present"),
    (("tjänstgörande ersättare", "tjänstgörande ersättare/ledamöter"), "attendees:present:ersättare"),
    (("ej tjänstgörande ersättare", "icke tjänstgörande ersättare", "närvarande ersättare", "ersättare"),
     "attendees:other:ersättare"),
    (("övriga medverkande", "övriga närvarande", "övriga deltagande", "övriga deltagare", "övriga",
      "närvarande tjänstemän", "tjänstemän", "tjänstepersoner", "närvarande tjänstepersoner",
      "adjungerade", "adjungerande", "övriga närvarande tjänstepersoner", "medverkande",
      "närvarande övriga", "dessutom närvarande", "även närvarande", "insynsplats", "insynsplatser", "yttranderätt",
      "med yttranderätt", "närvarorätt", "med närvarorätt", "insyn"), "attendees:other"),
    (("gäster", "gäst", "inbjudna", "inbjuden", "inbjudna gäster", "inbjudna föredragande"), "attendees:guest"),
    (("frånvarande", "förhinder", "anmält förhinder", "meddelat förhinder", "ej närvarande", "deltog ej",
      "kallade", "förhindrade", "frånvarande ledamöter", "anmält frånvaro", "frånvarande ersättare"), "absent"),
    (("vid protokollet", "sekreterare", "protokollförare", "antecknat av", "antecknare", "antecknade",
      "vid tangentbordet", "minnesanteckningar förda av", "protokollet fört av", "sekr", "sekreterare:"),
     "secretary"),
    (("ordförande", "mötesordförande", "ordf"), "chair"),
    (("justerare", "utses att justera", "justerande", "justeras av"), "justerare"),
    (("mötesdatum", "datum", "sammanträdesdatum", "mötesdag", "dag", "sammanträdesdag"), "date"),
    (("datum och tid", "tid och datum", "tid", "mötestid", "klockan"), "datetime"),
    (("plats och tid", "plats/tid", "tid och plats", "tid/plats", "tid/ plats", "datum och plats",
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
_LABEL_REST = r"\s*(?::|\t|\s{2,}|(?=\s)|$)\s*(.*)$"
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
SIGN_ROLE = re.compile(r"^(ordförande|sekreterare|justerare|justerande|sekretariatschef|sekretariatsledare|"
                       r"mötesordförande|vid protokollet|protokollförare|ordf\.?)\b\s*(.*)$", re.I)


OTHER_LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö]{1,25}(?:\s[\wåäö]{1,15}){0,2}:(?:\S|\s|$)")


SIGNATURES_HEAD = re.compile(r"^(?:Underskrifter|Underskrift|Signaturer)\s*:?\s+(?=(?:Sekreterare|Ordförande|Justerare|"
                             r"Justerande)\b)")
#: "Sekreterare ........ Paragrafer 1-15": the paragraphs a signature covers, in the signature line's margin
PARAGRAPHS = re.compile(r"(?:^|\s+)(?:[.…_]{2,}\s*)?(?:Paragrafer|Paragraf|§§?)\s*\d{1,4}(?:\s*(?:[-–,]|och)\s*\d{1,4})*\s*$")


SIGNATURE_DOTS = re.compile(r"[.…_\s]*")


@kept(maxsize=1024)
def label_of(text: str, strict: bool = False) -> tuple[str, str, str] | None:
    """(label, field kind, rest) when a line starts with a header label.

    A single space after the label is accepted only when ``strict`` is False;
    strict mode wants a colon, a tab, two spaces or nothing after it. Kept for the last lines: the
    header's fields, the organisation and the body readers ask for the same lines' labels (issue 12).
    """
    if text.startswith(("Underskrift", "Signaturer")):
        text = SIGNATURES_HEAD.sub("", text)  # "Underskrifter Sekreterare ....": the box's title before its first label
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
    if first.casefold() in {"och", "för", "att", "som", "är", "var", "har", "med", "till", "i", "på", "av"}:
        return False
    return bool(re.match(r"[\dA-ZÅÄÖÉ(]", first)) or label.casefold() in ("dnr",)


def read_fields(lines: list[Line]) -> list[Field]:
    """Labelled fields among ``lines`` (the header zone)."""
    out: list[Field] = []
    cur: Field | None = None
    blank_run = 0
    stack: list[Field] = []  #: labels on consecutive lines without a value of their own
    for i, ln in enumerate(lines):
        lab = label_of(ln.text) if ln.text[:1].isupper() else None  # a label starts with a capital
        if lab:
            label, kind, rest = lab
            rest = "" if SIGNATURE_DOTS.fullmatch(rest) else rest
            if cur is not None and not cur.value:
                stack.append(cur)
            else:
                if cur is not None and stack:  # the labels above it had no value of their own
                    unstack(stack + [cur])
                stack = []
            cur = Field(label, kind, rest, ln.start, [ln] if rest else [],
                        colon=ln.text[len(label):].lstrip(" ")[:1] in (":", "\t"))
            out.append(cur)
            blank_run = 0
            continue
        if ln.blank:
            blank_run += 1
            if cur is not None and not cur.value and stack:  # labels in a row are on consecutive lines
                stack = []
            continue
        if OTHER_LABEL.match(ln.text):  # "Titel: ...": a label we do not read ends the value before it
            cur = None
        if cur is None:
            continue
        if cur.kind.startswith("attendees") and _subheading(ln.text) and _entry_follows(lines, i):
            cur = Field(ln.text, ":".join(cur.kind.split(":")[:2]), "", ln.start, heading=ln.text)
            stack = []
            out.append(cur)
            blank_run = 0
            continue
        if blank_run and cur.lines and not _continues(cur, ln):
            cur = None
            continue
        cur.lines.append(ln)
        cur.value = _append(cur.value, ln.text)
        blank_run = 0
    if cur is not None and cur.value and stack:
        unstack(stack + [cur])
    check_roles(out)
    return out


LIST_ENTRY = re.compile(r"^[A-ZÅÄÖÉ][\wåäöé]+(?:[- ][A-ZÅÄÖÉ][\wåäöé]+)+\s*(?:\(|,|$)")


SUBHEADING = re.compile(r"[A-ZÅÄÖ][\wåäöÅÄÖ&/\- ]{2,60}")


def _subheading(text: str) -> bool:
    """A short heading line inside an attendee list: a delegation, organisation or municipality,
    "Sekretariatet", "Tjänstemän Region X"; not a person and not a sentence."""
    t = text.strip().rstrip(":")
    return bool(SUBHEADING.fullmatch(t)) and len(t.split()) <= 6 and not is_person(t) \
        and not find_people(t)


def _entry_follows(lines: list[Line], i: int) -> bool:
    """The next non-blank line after ``i`` is an attendee entry ("Anna Berg, ...", "Anna Berg (S)")."""
    nxt = next((lines[k] for k in range(i + 1, min(len(lines), i + 4)) if not lines[k].blank), None)
    return nxt is not None and not label_of(nxt.text) and bool(
        re.match(r"[A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)+\s*(?:\(|,|$)", nxt.text)) and bool(find_people(nxt.text))


def heading_affiliation(heading: str | None) -> str | None:
    """The organisation a list sub-heading names, for the people under it without one of their own."""
    if not heading:
        return None
    t = re.sub(r"^(?:sekretariatet|kansliet|tjänstemän|tjänstepersoner|från|representanter\s+för)\s+", "",
               heading.strip().rstrip(":"), flags=re.I)
    if t == heading.strip().rstrip(":") and not (gazetteer.municipality(t) or gazetteer.region(t)):
        return None  # "Fackliga organisationer", "Sekretariatet": a group, not an organisation
    return (gazetteer.municipality(t) or gazetteer.region(t) or t) if is_org(t) else None


def _continues(cur: Field, ln: Line) -> bool:
    """After a blank line, a list goes on when its last line ended open or the line is one more entry."""
    if not cur.kind.startswith("attendees"):
        return False
    if cur.value.rstrip().endswith((",", "och")):
        return True
    return bool(LIST_ENTRY.match(ln.text)) and not ln.text.endswith(".") and (len(ln.text) < 100 or bool(
        _entry_run(ln.text)))


_NAME_W = r"[A-ZÅÄÖÉ][\wåäöé]+(?:-[A-ZÅÄÖÉ][\wåäöé]+)?"
ENTRY = re.compile(rf"{_NAME_W}(?:\s+{_NAME_W})+(?:\s*\([^()]{{1,30}}\))?")


def _entry_run(text: str) -> bool:
    """A line that is nothing but entries: "Anna Berg (S) Per Holm (M), ledamot Eva Lind (C)".

    Linear: the entries are removed and what is left must be separators and
    lower-case descriptions ("ledamot", "2:e vice ordförande").
    """
    names = ENTRY.findall(text)
    rest = ENTRY.sub(" ", text)
    return len(names) >= 2 and all(w[:1].islower() or w[:1].isdigit() or w in (",", ";")
                                   for w in rest.replace(",", " , ").split())


def _append(value: str, text: str) -> str:
    """Join a value's next line: a wrapped line continues, a new entry gets "; "."""
    if not value:
        return text
    v = value.rstrip()
    if v.endswith((",", "-", "och", "samt", "(")) or text[:1] in "(," or text[:1].islower() or _split_name(v, text):
        return f"{v} {text}"
    return f"{v}; {text}"


LAST_ENTRY = re.compile(r"[;,]\s*")
GIVEN_NAME_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?")
NAME_BEFORE_VALUE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\b(?!\s*:)")


def _split_name(value: str, text: str) -> bool:
    """A person's name wrapped after the given name: "...; Gunnar" / "Eklöv (KD), ..."."""
    last = LAST_ENTRY.split(value[-60:])[-1]
    return bool(GIVEN_NAME_WORD.fullmatch(last)) and last in given_names() \
        and bool(NAME_BEFORE_VALUE.match(text))


SIGNED_ROLES = ("ordförande", "sekreterare", "justerare")
SLASH_SIGNED = re.compile(r"^/{1,2}\s*(.+)$")  #: "//Anna Berg": a signature written with slashes
NAME_ROLE = re.compile(r"^(.+?),\s*(ordförande|sekreterare|justerare)$")


@dataclass
class Signature:
    name: str
    role: str  #: the word under (or before) the name, lower case
    start: int  #: offset of the first line of the block


def find_signatures(lines: list[Line], is_person) -> list[Signature]:
    """Signature blocks near the end: a name over a role word, or "//Name".

    Kept for the last document's lines: where the items end and who signed both ask (issue 12); the key
    is what the blocks depend on, each line's text and offset (the blocks are read, never changed)."""
    key = (is_person, tuple([ln.text for ln in lines]), tuple([ln.start for ln in lines]))
    last_key, last = _LAST_SIGNATURES[0]  # one read: another thread may replace the pair
    if last_key == key:
        return list(last)
    found = _find_signatures(lines, is_person)
    _LAST_SIGNATURES[0] = (key, tuple(found))
    return found


_LAST_SIGNATURES: list = [(None, ())]  #: (key, signatures) of the last call


def _find_signatures(lines: list[Line], is_person) -> list[Signature]:
    from .signorder import role_first

    tail = [ln for ln in lines if not ln.blank][-16:]
    first = role_first(tail, is_person)  # "Sekreterare" / "Anna Berg": the role printed above the name
    out = [Signature(name, role, ln.start) for ln, name, role in first]
    taken = {id(ln) for ln, _, _ in first}
    for a, b in zip(tail, tail[1:]):
        m = SIGN_ROLE.match(b.text)
        if m and is_person(a.text) and not m.group(2) and id(a) not in taken:
            out.append(Signature(a.text, m.group(1).casefold(), a.start))
    for ln in lines:
        m = NAME_ROLE.match(ln.text) if ln.text.endswith(SIGNED_ROLES) else None
        if m and is_person(m.group(1)):
            out.append(Signature(m.group(1), m.group(2).casefold(), ln.start))
    for ln in tail[-3:]:
        m = SLASH_SIGNED.match(ln.text)
        if m and is_person(m.group(1).strip()):
            out.append(Signature(m.group(1).strip(), "sekreterare", ln.start))
    return out


#: words that start another part of the page, never a place's: a document title or a label glued after it
PLACE_STOP = re.compile(r"\s(?:Kallelse|Föredragningslista|Dagordning|Protokoll|Sammanträdesprotokoll|Kungörelse|"
                        r"Ledamöter|Ledamot|Ersättare|Tjänstgörande|Övriga|Justerare|Justerande|Justering|"
                        r"Sekreterare|Ordförande|Närvarande|Paragrafer|Utses|Underskrifter|Tid|Datum)\b")
#: where the time part of "Plats och tid" goes on: a break ("ajournering 10.00-10.15", "paus"), the §§ held
PLACE_BREAK = re.compile(r"[\s,(]*\b(?:[Aa]journer\w*|[Pp]aus|[Ll]unchpaus|Sammanträdet)\b|[\s,(]*§")
#: a time left after the range was taken out ("–ca 12.00"): minutes after a dot or colon are never a place's
LOOSE_TIME = re.compile(r"[\s,]*[-–]?\s*(?:ca\.?\s*)?\b\d{1,2}[.:]\d{2}\b")
#: a clock word whose digits are gone (stripped by a web extract or taken as the time): "..., kl", "klockan"
BARE_CLOCK = re.compile(r"(?:[\s,]+\b(?:kl|klockan)\b\.?)+(?=\s*(?:,|$))", re.I)


def trim_place(value: str) -> str:
    """A place as written, without what a flattened page glued to it (a following title or label) and
    without the rest of "Plats och tid": breaks, §§, loose times, a bare clock word, a leading "i"."""
    v = PLACE_STOP.split(value)[0]
    v = PLACE_BREAK.split(v)[0]
    v = LOOSE_TIME.sub("", v)
    v = BARE_CLOCK.sub("", v)
    v = re.sub(r"\(\s*\)", "", v)
    v = re.sub(r"(?:,\s*)+,", ",", v)
    v = re.sub(r"^(?:i|på)\s+(?=[A-ZÅÄÖ])", "", v.strip(" ,.;:-–"))
    person = TRAILING_PERSON.search(v)  # "Stadshuset, Norrby Anna Berg": the chair's name of the next column
    if person and person.start() > 0 and person.group(1) in given_names() and is_person(person.group(0).strip()) \
            and not VENUE_WORD.search(v[:person.start()]):  # "Sal Anna Lindh" is a room named after a person
        v = v[:person.start()]
    return v.strip(" ,.;:-–")


VENUE_WORD = re.compile(r"\b(?:sal|salen|sal\.|rum|rummet|hotell|lokal|lokalen|konferensrum|gatan|väg|vägen)$", re.I)
TRAILING_PERSON = re.compile(r"\s([A-ZÅÄÖ][a-zåäö]+)(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?$")
