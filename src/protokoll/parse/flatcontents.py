"""A contents list whose line breaks and paragraph numbers were lost: "Innehållsförteckning: Budget 2024...3
Taxor för bygglov...5 Delegationsbeslut...7 ...".

A protocol's contents list names each paragraph with a dot leader and its page; a copy that lost the breaks (and
the number column) runs the entries into one line after the list's label. The pages never go down, so a long line
with the label and at least :data:`MIN_ENTRIES` "...N" marks in that order is cut after each mark: each entry's
title is an item, numberless (the number was not printed). Only where the text has no other heading. An entry
that reads as two titles run together (an entry without its page before it: "Årsredovisning 2003 Ombudgeteringar
i bokslutet...11") is left out rather than given a wrong title.
"""

from __future__ import annotations

import re

from .headings import cut_run_on_title
from .lines import Line

LONG = 150  #: only a line this long may be a flattened contents list
MIN_ENTRIES = 3
#: the list's label, perhaps with its page column's head ("Sid"): the entries follow it. Not contents.LABEL (which
#: flatcontents cannot import: contents imports items, which imports this module): that one also takes an agenda's
#: labels ("Dagordning", "Föredragningslista", "Ärenden"), whose lists carry no page column; this one needs the
#: "...N" pages, so it takes the contents' own words, bare "Innehåll" too. Its lack of "Ärendeförteckning" is
#: unmeasured (adding it is a rule change, left to the owner)
LABEL = re.compile(r"\b(?:Innehållsförteckning|INNEHÅLLSFÖRTECKNING|Innehåll|Ärendelista|ÄRENDELISTA)\s*:?\s+"
                   r"(?:(?:Sid|Sida|Sidan)\.?\s+)?")
#: an entry's end: the dot leader and the page (or pages)
MARK = re.compile(r"\s*(?:\.{2,}|…+)\s*(\d{1,3})(?:\s*[-–]\s*\d{1,3})?(?=\s|$)")
TITLE = re.compile(r"^[\"”“«A-ZÅÄÖÉ][^.…]{2,150}$")


def flattened_contents(lines: list[Line]) -> tuple[list[Line], list[tuple[int, str]]] | None:
    """The lines with a flattened contents list's entries cut apart, and its items as (index of the entry's line,
    title); None when there is none."""
    for i, ln in enumerate(lines):
        if len(ln.text) < LONG or "." not in ln.text and "…" not in ln.text or not (label := LABEL.search(ln.text)):
            continue
        marks = [m for m in MARK.finditer(ln.text, label.end())]
        pages = [int(m.group(1)) for m in marks]
        if len(marks) < MIN_ENTRIES or any(a > b for a, b in zip(pages, pages[1:])) or pages[-1] <= pages[0]:
            continue
        out, heads, at = list(lines[:i]) + [Line(ln.text[:label.end()].rstrip(), ln.start)], [], label.end()
        for m in marks:
            entry = ln.text[at:m.start()].strip()
            if TITLE.match(entry) and cut_run_on_title(entry) == entry:  # two entries run together: none
                heads.append((len(out), entry))
            out.append(Line(ln.text[at:m.end()].strip(), ln.start + at))
            at = m.end()
        if ln.text[at:].strip():
            out.append(Line(ln.text[at:].strip(), ln.start + at + len(ln.text[at:]) - len(ln.text[at:].lstrip())))
        if len(heads) >= MIN_ENTRIES:
            return out + lines[i + 1:], heads
    return None
