"""Line structure for text whose lines were flattened by web extraction.

Document-sharing sites and HTML pages often hand out a meeting document with a
whole PDF page on one line: "1 KOMMUNEN PROTOKOLL 1 (4) Plats och tid
Stadshuset kl 9-12 Beslutande Anna Berg (S), ordförande ... § 1 Val av
justerare ...". The parser reads labels and item headings at line starts, so
``unflatten`` puts the line breaks back where the layout of Swedish meeting
documents makes them certain:

* a transcript's page counter ("1 ", "2 " in front of each page) is dropped,
  and a running page head shared by all pages is kept once on its own line;
* before header labels ("Plats och tid", "Beslutande", "Övriga deltagare",
  "Utses att justera", "Sekreterare" ...), capitalised and in label position;
* before item headings ("§ 12", "KS § 12", "AU 3 Dnr", and "N." / "N:" / "N "
  numbers that form an increasing sequence from 1), with a blank line, and
  after the heading's title where the item's running text clearly starts;
* before "Beslut", "Förslag till beslut", "Föredragande", "Yrkande",
  "Reservation", "Dnr" ... where they start a new unit.

Documents with ordinary line breaks are returned unchanged: only lines longer
than ``LONG`` characters are considered, and in a document that is not
flattened as a whole a line needs at least two certain break points (and a
numbered list inside one of its paragraphs is not taken for items).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from .pages import LONG, UP, drop_page_counters, flat_document, page_paragraph, split_running_heads
from .runs import runs as _chains

MAX_TITLE_WORDS = 20  #: an item title is at most this many words

LO = "a-zåäöéüèáí"
QUOTE = "\"”“«'"


Span = tuple[int, int]  #: (start of an item heading, start of its title) in a line


class Cut(NamedTuple):
    pos: int  #: offset in the line where a new line starts
    sep: str  #: "\n", or "\n\n" for a new paragraph


class _Heads(NamedTuple):
    """A line's item headings, indexed so that a label or title looks one up in O(log n):
    a flattened megabyte line has thousands of labels and headings, and comparing every
    label with every heading was quadratic."""

    spans: list[Span]
    titles: frozenset[int]  #: title starts
    sorted_titles: list[int]
    starts: list[int]  #: heading starts, sorted

    @classmethod
    def of(cls, spans: list[Span]) -> _Heads:
        titles = [t for _, t in spans]
        return cls(spans, frozenset(titles), sorted(titles), sorted(start for start, _ in spans))


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
    "Icke tjänstgörande ersättare", "Utses att justera", "Justeringens plats och tid",
    "Justeringens tid och plats", "Justeringens plats/tid", "Underskrifter", "ANSLAG/BEVIS", "Paragrafer",
    "Frånvarande", "Deltog ej", "Meddelat förhinder", "Anmält förhinder", "Förhindrade", "Vid protokollet",
    "Datum för anslags uppsättande", "Datum för anslags nedtagande", "Förvaringsplats för protokollet",
    "Utdragsbestyrkande", "Justerandes signatur", "Justerandes sign",
)
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
PARAGRAPH = re.compile(rf"(?<![\w§])(?:[{UP}]{{1,6}}\s?)?§\s*\d{{1,4}}(?![\d/,§-])\s*[.:]?"
                       rf"(?=\s+[{QUOTE}]?[{UP}]|\s*$)")
PREFIXED = re.compile(rf"(?<!\S)([{UP}]{{2,5}})\s(\d{{1,3}})(?![\d.,:/-])(?=\s+[{QUOTE}]?[{UP}])")
_NAME_WORD = rf"[{UP}][{LO}]+(?:-[{UP}][{LO}]+)?"
NAME_BEFORE = re.compile(rf"(?:^|([.!?\d)]\s+)|(?<=\s))((?:{_NAME_WORD}\s+)?{_NAME_WORD}\s+{_NAME_WORD})\s+$")
NAME_AFTER = re.compile(rf"\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}\s+")
PRESENTER = re.compile(rf"{_NAME_WORD}\s+{_NAME_WORD},\s+[{LO}]")  #: "Anna Berg, controller"
SENTENCE_END = re.compile(r"[.!?]$")
RUNNING_TEXT = re.compile(rf"[{LO}\d)]{{2}}[.!?](?:\s|$)")  #: a sentence ends: the text runs on
SPACE = re.compile(r"\s*")
DNR = re.compile(r"\b(?:Dnr|DNR)\b")
HEADING_DNR = re.compile(r"(?:Dnr|DNR)[.:]?(?:\s+[^\s\d]+){0,2}?\s+\S*\d\S*")  #: "Dnr KS 2021/12"
OUTLINE = re.compile(r"\d+(?:\.\d+)+\.?")  #: "2.3.1", a section number


# --- entry point -------------------------------------------------------------------------

def unflatten(text: str) -> str:
    """The text with the line breaks of flattened pages restored; other text unchanged."""
    lines = text.split("\n")
    if not any(len(ln) > LONG for ln in lines):
        return text
    flat = flat_document(lines)
    pages = [i for i, ln in enumerate(lines) if len(ln) > LONG or flat and page_paragraph(lines, i)]
    heads: dict[int, str] = {}
    if flat:
        drop_page_counters(lines, pages)
        pages, heads = split_running_heads(lines, pages)
    numbered = _numbered_headings([(i, lines[i]) for i in pages]) if flat else {}
    for i in pages:
        spans = _heading_spans(lines[i], numbered.get(i, []))
        cuts = _cuts(lines[i], spans)
        if flat or len(cuts) >= 2:
            lines[i] = _apply(lines[i], cuts)
        if heads.get(i):
            sep = "\n\n" if any(start == 0 for start, _ in spans) else "\n"
            lines[i] = f"{heads[i]}{sep}{lines[i]}" if lines[i] else heads[i]
    return "\n".join(lines)


# --- numbered item headings --------------------------------------------------------------

class _Number(NamedTuple):
    line: int
    pos: int
    value: int
    style: str  #: ".", ":", ")" or " " for numbers; the prefix for "AU 3"


def _numbered_headings(texts: list[tuple[int, str]]) -> dict[int, list[Span]]:
    """Headings per line whose numbers run on through the document.

    "N." / "N:" / "N " numbers must form increasing runs from 1 (one style per run,
    steps of at most two) in a document without "§ N" headings; "AU 3" / "FHR 12" need
    a run of their own or a "Dnr" after them.
    """
    paragraphs = any(_heading_spans(text, []) for _, text in texts)
    numbers: list[_Number] = []
    prefixed: list[_Number] = []
    before_dnr: list[list[_Number]] = []
    title: dict[tuple[int, int], int] = {}
    for i, text in texts:
        for m in NUMBERED.finditer("" if paragraphs else text):
            if not _reference(text, m.start()):
                numbers.append(_Number(i, m.start(), int(m.group(1)), m.group(2) or " "))
                title[i, m.start()] = m.end()
        for m in PREFIXED.finditer(text):
            prefixed.append(_Number(i, m.start(), int(m.group(2)), m.group(1)))
            title[i, m.start()] = m.end() + 1
            if re.match(r"\s+(?:Dnr|DNR)\b", text[m.end():]):
                before_dnr.append([prefixed[-1]])
    chains = _item_chains([c for style in {n.style for n in numbers} for c in _chains(
        [n for n in numbers if n.style == style], from_one=True, max_step=2, min_len=3 if style == " " else 2)])
    chains += [c for prefix in {n.style for n in prefixed} for c in _chains(
        [n for n in prefixed if n.style == prefix], from_one=False, max_step=3, min_len=2)]
    chains += before_dnr
    out: dict[int, list[Span]] = {}
    for chain in chains:
        for n in chain:
            out.setdefault(n.line, []).append((n.pos, title[n.line, n.pos]))
    return out


def _item_chains(chains: list[list[_Number]]) -> list[list[_Number]]:
    """The document's item numbering: the first run, and later runs in its style that start after it.

    Runs nested in an item (a numbered list in the text) or in another style stay inline.
    """
    if not chains:
        return []
    chains.sort(key=lambda c: (c[0].line, c[0].pos))
    first = chains[0]
    end = (first[-1].line, first[-1].pos)
    return [first] + [c for c in chains[1:] if c[0].style == first[0].style and (c[0].line, c[0].pos) > end]


def _reference(text: str, pos: int) -> bool:
    """The number follows a word that makes it a time, page, paragraph or list reference."""
    word = _last_word(_before(text, pos))
    return word in NUMBER_REFERENCES or word.isupper() and word.casefold() in FOLDED_REFERENCES


def _before(text: str, pos: int) -> str:
    """The few words before ``pos`` (a bounded look back keeps long lines linear)."""
    return text[max(0, pos - 80):pos].rstrip()


def _last_word(text: str) -> str:
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


# --- cuts in one line --------------------------------------------------------------------

def _cuts(text: str, heads: list[Span]) -> list[Cut]:
    """Every place in a flattened line where a new line (or paragraph) starts, given its item headings."""
    cuts = [Cut(start, "\n\n") for start, _ in heads]
    cuts += [Cut(title, "\n") for start, title in heads if DNR.search(text, start, title)]
    indexed = _Heads.of(heads)
    cuts += _label_cuts(text, indexed)
    cuts += _action_cuts(text, indexed)
    cuts += _title_cuts(text, indexed, sorted({c.pos for c in cuts}))
    best: dict[int, str] = {}
    for c in cuts:
        pos = _skip_space(text, c.pos)
        if 0 < pos < len(text):
            best[pos] = max(best.get(pos, ""), c.sep, key=len)
    return [Cut(p, s) for p, s in sorted(best.items())]


def _skip_space(text: str, pos: int) -> int:
    """The first non-space offset at or after ``pos``."""
    return SPACE.match(text, pos).end()


def _heading_spans(text: str, numbered: list[Span]) -> list[Span]:
    """(start, title start) of every item heading in the line: numbered ones and "§ N"."""
    spans = list(numbered)
    for m in PARAGRAPH.finditer(text):
        prev = _before(text, m.start())
        if prev.endswith((",", "(")) or _last_word(prev).casefold() in PREPOSITIONS:
            continue
        spans.append((m.start(), _skip_space(text, m.end())))
    return sorted({(start, _after_dnr(text, title)) for start, title in spans})


def _after_dnr(text: str, title: int) -> int:
    """Where a heading's title starts when a case number ("Dnr KS 2021/12") comes first."""
    m = HEADING_DNR.match(text, title)
    return _skip_space(text, m.end()) if m else title


def _in_heading(pos: int, heads: _Heads) -> bool:
    """The word starts an item's title ("2. Tid och plats för justering"): it is no label."""
    return pos in heads.titles


def _label_cuts(text: str, heads: _Heads) -> list[Cut]:
    """Header labels and meeting roles in label position."""
    out: list[Cut] = []
    for m in LABEL.finditer(text):
        pos, end = m.start(), m.end()
        kind = LABEL_KIND[m.group(1).casefold()]
        after = text[end:end + 120]
        colon = after.lstrip().startswith(":")
        prev = _before(text, pos)
        if prev.endswith("(") or (not colon and _in_heading(pos, heads)):
            continue
        if kind == "role":
            out += _role_cuts(text, pos, end, colon)
        elif colon or kind == "strong" or _weak_label_ok(prev, after):
            out.append(Cut(pos, "\n"))
    return out


def _weak_label_ok(prev: str, after: str) -> bool:
    """A common word is a label only with a value after it and not inside a phrase."""
    if prev.endswith(",") or _last_word(prev).casefold() in CONNECTORS:
        return False
    return bool(re.match(rf"\s+[{UP}\d(]", after))


def _role_cuts(text: str, pos: int, end: int, colon: bool) -> list[Cut]:
    """ "Ordförande: X", "Ordförande Anna Berg" (label) or "Anna Berg Ordförande" (signature)."""
    prev, after = text[max(0, pos - 80):pos], text[end:end + 120]
    if colon:
        return [Cut(pos, "\n")]
    if prev.rstrip().endswith(",") or re.match(rf"\s+[{LO}]", after):
        return []
    name = _name_before(prev)
    if name is not None and not prev[:name].rstrip().endswith(",") and _signature_follows(after):
        return [Cut(pos - len(prev) + name, "\n"), Cut(pos, "\n"), Cut(end, "\n")]
    return [Cut(pos, "\n")]


def _name_before(prev: str) -> int | None:
    """Start of the person's name ending ``prev``: two words, three after a sentence end or a date."""
    m = NAME_BEFORE.search(prev)
    if not m:
        return None
    three = m.group(2).count(" ") == 2
    return m.start(2) if not three or m.start(2) == 0 or m.group(1) else m.start(2) + m.group(2).index(" ") + 1


def _signature_follows(after: str) -> bool:
    """After a role word: nothing, another label, or another "Name Role" pair."""
    if not after.strip() or LABEL.match(after.lstrip()):
        return True
    m = NAME_AFTER.match(after)
    rest = after[m.end():] if m else after
    lab = LABEL.match(rest.lstrip())
    return bool(lab) and (m is None or LABEL_KIND[lab.group(1).casefold()] == "role")


def _action_cuts(text: str, heads: _Heads) -> list[Cut]:
    """ "Beslut", "Förslag till beslut", "Föredragande", "Dnr" ... where they start a unit."""
    out: list[Cut] = []
    for m in ACTION.finditer(text):
        prev = _before(text, m.start())
        if prev.endswith(("(", ",")) or _in_heading(m.start(), heads):
            continue
        if m.group("dnr") or m.group("colon"):
            out.append(Cut(m.start(), "\n"))
        elif _starts_unit(text, m, prev, heads):
            out += _action_label_cuts(text, m)
    return out


def _starts_unit(text: str, m: re.Match, prev: str, heads: _Heads) -> bool:
    """The label follows a sentence end, a line start or a heading's title, and a colon or a value follows it."""
    if m.group("clause"):
        return bool(SENTENCE_END.search(prev))
    after = text[m.end():m.end() + 120]
    if after.lstrip().startswith(":"):
        return True
    if _last_word(prev).casefold() in CONNECTORS:
        return False
    begins = not prev or SENTENCE_END.search(prev) or _in_title(text, m.start(), heads)
    return bool(begins) and (not after.strip() or bool(re.match(rf"\s+(?:att\b|[{UP}\d{QUOTE}])", after)))


def _action_label_cuts(text: str, m: re.Match) -> list[Cut]:
    """A new line before the label; a paragraph before "Beslut" and its kin, a heading line without colon."""
    if m.group("line"):
        return [Cut(m.start(), "\n")]
    colon = text[m.end():m.end() + 3].lstrip().startswith(":")
    return [Cut(m.start(), "\n\n")] + ([] if colon or m.group("clause") else [Cut(m.end(), "\n")])


def _in_title(text: str, pos: int, heads: _Heads) -> bool:
    """``pos`` lies in the title of the item heading before it, before any sentence of its text."""
    k = bisect_right(heads.sorted_titles, pos)
    title = heads.sorted_titles[k - 1] if k else None
    if title is None or pos - title > 20 * MAX_TITLE_WORDS:
        return False
    span = text[title:pos]
    return len(span.split()) <= MAX_TITLE_WORDS and not re.search(r"[.!?]\s", span)


# --- heading titles ----------------------------------------------------------------------

def _title_cuts(text: str, heads: _Heads, cuts: list[int]) -> list[Cut]:
    """Where each heading's title ends and the item's text (or its presenter) begins (``cuts`` sorted)."""
    out = []
    for _, title in heads.spans:
        stop = _first_after(cuts, title, len(text))
        item_end = _first_after(heads.starts, title, len(text))
        split = _title_end(text[title:stop], text[title:item_end])
        if split:
            out.append(Cut(title + split, "\n"))
    return out


def _first_after(values: list[int], pos: int, default: int) -> int:
    """The first of the sorted ``values`` greater than ``pos``, else ``default``."""
    k = bisect_right(values, pos)
    return values[k] if k < len(values) else default


def _title_end(segment: str, item: str) -> int | None:
    """Offset of what follows the title at the start of ``segment``, if certain.

    A sentence follows when the item has running text (a sentence end somewhere);
    in an agenda without running text only a presenter ("Anna Berg, controller") does.
    """
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", segment)]
    depth = 0
    for k, (at, w) in enumerate(words[:MAX_TITLE_WORDS + 1]):
        if k and depth == 0 and _starts_sentence(words, k):
            return at if RUNNING_TEXT.search(item, at) or PRESENTER.match(segment, at) else None
        depth = max(0, depth + w.count("(") - w.count(")"))
    return None


def _starts_sentence(words: list[tuple[int, str]], k: int) -> bool:
    """The k-th word starts the running text after a title made of the words before it."""
    word, prev = words[k][1], words[k - 1][1]
    if not _capitalised(word) or prev.endswith((",", ";", ":", "-", "–", "&", "/")):
        return False
    nxt = [w for _, w in words[k + 1:k + 3]]
    if re.search(rf"[{LO}]{{3,}}[.!?]$", prev) and "." not in prev[:-1]:
        return True
    if prev.strip("()").casefold() in CONNECTORS or len(words) - k < 3 or OUTLINE.fullmatch(prev):
        return False
    lower_next = bool(nxt) and nxt[0][:1].islower()
    if k == 1:
        return word in SENTENCE_OPENERS and lower_next
    if _capitalised(prev) or prev.isupper():
        return False
    named = len(nxt) == 2 and _capitalised(nxt[0]) and nxt[1][:1].islower()
    return word in SENTENCE_OPENERS or lower_next or named


def _capitalised(word: str) -> bool:
    return bool(re.match(rf"[{QUOTE}(]?[{UP}][{LO}]", word))


# --- output ------------------------------------------------------------------------------

def _apply(text: str, cuts: list[Cut]) -> str:
    """The line with its cuts made; spaces at the cuts removed."""
    parts, last, seps = [], 0, []
    for c in cuts:
        parts.append(text[last:c.pos].strip())
        seps.append(c.sep)
        last = c.pos
    parts.append(text[last:].strip())
    out = parts[0]
    for sep, part in zip(seps, parts[1:]):
        out = f"{out}{sep}{part}" if out else part
    return out
