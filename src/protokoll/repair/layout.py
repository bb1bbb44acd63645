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
  after the heading's title where the item's running text clearly starts; in a
  document not flattened as a whole too, where the line is cut at labels anyway (a
  kallelse's page with "Föredragande:" after each title was cut at the labels
  only, leaving the agenda in pieces too short to be read as a flattened line);
* before "Beslut", "Förslag till beslut", "Föredragande", "Yrkande",
  "Reservation", "Dnr" ... where they start a new unit.

Documents with ordinary line breaks are returned unchanged: only lines longer
than ``LONG`` characters are considered, and in a document that is not
flattened as a whole a line needs at least two certain break points (and a
numbered list inside one of its paragraphs is not taken for items).
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .layoutwords import (FOLDED_REFERENCES, HEADING_DNR, LABEL, NUMBER_REFERENCES, NUMBERED,
                          PARAGRAPH, PREFIXED, PREPOSITIONS, PRESENTER, before, last_word, skip_space)
from .linecuts import Cut, Span, line_cuts
from .pages import (COUNTER, LONG, drop_counted_pages, drop_first_page_number, drop_page_counters,
                    drop_transcript_counters, flat_document, page_paragraph, split_running_heads)
from .runs import runs as _chains
from .rolerun import pair_roles
from .siteframe import split_frame

#: "Anna Berg, controller", "Eva Lind Holm, tf. chef": a person and a role after a paragraph number is who
#: attended that paragraph, never an item's title
NAME_AND_ROLE = PRESENTER


# --- entry point -------------------------------------------------------------------------

def unflatten(text: str) -> str:
    """The text with the line breaks of flattened pages restored; other text unchanged."""
    framed = split_frame(text)
    lines = framed.split("\n")
    paged = "Transkript" in framed and drop_first_page_number(lines)  # "1 1 Protokoll ...": counter, page number
    counted = drop_counted_pages(lines) if "Transkript" in framed else set()  # "2 2 1 Title": page, page, item
    # no long line (the longest measured in C, not line by line)
    if max(map(len, lines)) <= LONG and not counted and not paged:
        return framed
    drop_transcript_counters(lines)
    flat = flat_document(lines)
    pages = sorted({i for i, ln in enumerate(lines) if len(ln) > LONG or flat and page_paragraph(lines, i)} | counted)
    heads: dict[int, str] = {}
    if flat:
        drop_page_counters(lines, pages)
        pages, heads = split_running_heads(lines, pages)
    whole = {i for i in pages if flat or i in counted}  # pages cut at their item numbers whatever else they hold
    numbered: dict[int, list[Span]] | None = None  # the item numbers' chain, found where a page needs it
    for i in pages:
        if i in whole and numbered is None:
            numbered = _chained(lines, pages, whole)
        spans = _heading_spans(lines[i], numbered.get(i, []) if i in whole and numbered else [])
        cuts = line_cuts(lines[i], spans)
        if i not in whole and len(cuts) >= 2:  # cut anyway: at its item numbers too
            numbered = _chained(lines, pages, whole) if numbered is None else numbered
            if numbered.get(i):
                spans = _heading_spans(lines[i], numbered[i])
                cuts = line_cuts(lines[i], spans)
        if i in whole or len(cuts) >= 2:
            lines[i] = pair_roles(_apply(lines[i], cuts))
        if heads.get(i):
            sep = "\n\n" if any(start == 0 for start, _ in spans) else "\n"
            lines[i] = f"{heads[i]}{sep}{lines[i]}" if lines[i] else heads[i]
    return "\n".join(lines)


# --- numbered item headings --------------------------------------------------------------

def _chained(lines: list[str], pages: list[int], whole: set[int]) -> dict[int, list[Span]]:
    """The numbered headings of the page lines (:func:`_numbered_headings`), a page not cut whole read without its
    opening number (:func:`_without_lead`)."""
    return _numbered_headings([(i, lines[i] if i in whole else _without_lead(lines[i])) for i in pages])


def _without_lead(text: str) -> str:
    """A line's opening number blanked out (offsets kept): in a document not flattened as a whole it is a
    transcript's page counter ("1 Nämnden KALLELSE ... Ärenden 1 Title 2 Title"), whose counters were not
    dropped, more often than the first item's number; the item numbers' chain starts after it."""
    m = COUNTER.match(text)
    return " " * len(m.group(1)) + text[len(m.group(1)):] if m else text


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
    numbers = _without_decision_clauses(numbers, dict(texts))
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


#: a decision's or a proposal's label or verb right before a "1.": its numbered clauses follow, no items
CLAUSES_OPEN = re.compile(r"(?:förslag\s+till\s+beslut|beslutsförslag|beslut|beslutar|beslutade|beslöt|föreslår|"
                          r"föreslås)\s*:?\s*$", re.I)


def _without_decision_clauses(numbers: list[_Number], texts: dict[int, str]) -> list[_Number]:
    """The numbers without a decision's clauses: "Beslut 1. Anna Berg utses ... 2. Per Ek utses ...", a "1."
    after the label and the "2.", "3." ... that go on in its style."""
    out: list[_Number] = []
    expected, style = 0, ""
    for n in numbers:
        if expected and n.value == expected and n.style == style:
            expected += 1
            continue
        expected = 0
        if n.value == 1 and n.style == "." and CLAUSES_OPEN.search(texts[n.line][max(0, n.pos - 40):n.pos]):
            expected, style = 2, n.style
            continue
        out.append(n)
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
    word = last_word(before(text, pos))
    return word in NUMBER_REFERENCES or word.isupper() and word.casefold() in FOLDED_REFERENCES


def _heading_spans(text: str, numbered: list[Span]) -> list[Span]:
    """(start, title start) of every item heading in the line: numbered ones and "§ N"."""
    spans = list(numbered)
    for m in PARAGRAPH.finditer(text):
        prev = before(text, m.start())
        if prev.endswith((",", "(")) or last_word(prev).casefold() in PREPOSITIONS:
            continue
        title = skip_space(text, m.end())
        if NAME_AND_ROLE.match(text, title) or LABEL.match(text, title):
            continue  #: "... fritidspedagog § 25 Anna Berg, controller": who attended which paragraph
        spans.append((m.start(), title))
    return sorted({(start, _after_dnr(text, title)) for start, title in spans})


def _after_dnr(text: str, title: int) -> int:
    """Where a heading's title starts when a case number ("Dnr KS 2021/12") comes first."""
    m = HEADING_DNR.match(text, title)
    return skip_space(text, m.end()) if m else title


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
