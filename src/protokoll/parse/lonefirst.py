"""The first point of minutes alone at the end of a flattened page: "... Deltog ej Eva Ek, Norrby 1. Inledning
(Per Holm)".

An excerpt of a document-sharing site runs its first page into one line, and the excerpt often ends soon
after the first point's heading, so the flattened-text reader (:mod:`.inline`), which wants a rising run
of numbers, finds only one. A point "1." (or "1)") that is the only numbered token of the text and ends
its line (the page broke after the heading) is the first item: a numbered list inside running text goes on
with its "2." on the same line, and a list its colon opens ("Bilagor: 1. ...") is no item. Its title is the
rest of the line: short, capitalised, without a sentence's end in it (a decision's point "1. Nämnden
godkänner ..." ends as a sentence does).
"""

from __future__ import annotations

import re

from typing import Callable

from .headings import Heading
from .inline import cut_lines
from .inlinetokens import LONG, TOKEN, _tokens
from .lines import Line

MAX_TITLE = 110
MAX_WORDS = 16


def lone_first_cut(lines: list[Line]) -> list[tuple[int, int, int]]:
    """[(line index, offset, 1)] where a lone first point's heading stands at a flattened line's end; [] when none."""
    if max((len(ln.text) for ln in lines), default=0) < LONG:
        return []
    tokens = _tokens(lines)
    if len(tokens) != 1 or tokens[0].number != 1 or tokens[0].pos == 0:
        return []
    t = tokens[0]
    text = lines[t.line].text
    m = TOKEN.match(text, t.pos)
    if m is None or not (m.group("dot") or "").strip() in (".", ")") or len(text) < LONG:
        return []
    title = text[m.end():].strip()
    before = text[:t.pos].rstrip()
    if not title or len(title) > MAX_TITLE or len(title.split()) > MAX_WORDS or before.endswith(":") \
            or re.search(r"[.!?:;]\s", title) or title.endswith((".", ":", ",", ";")):
        return []
    return [(t.line, t.pos, 1)]


def lone_first_item(lines: list[Line], find_headings: Callable[[list[Line]], list[Heading]]
                    ) -> tuple[list[Line], list[Heading]] | None:
    """The lines cut before a lone first point ending a flattened page, and its heading as ``find_headings``
    reads it there; None when there is none or no heading stands where the line was cut."""
    if not (cut := lone_first_cut(lines)):
        return None
    cut_at, heads = cut_lines(lines, cut)
    found = find_headings(cut_at)
    return (cut_at, found) if found and all(h.index in heads for h in found) else None
