"""Numbered sub-points that are items of their own: "6. Frågor" / "6.1 Arbetsmöte" / "6.2 Avtal", each with its
own text and decision. A minutes' section heading gathers its points this way, and the decision of each point
belongs to it, not to the section.

The evidence is the numbering: the points are read only under a heading whose number they carry ("6.1" under
"6"), numbered 1, 2, ... in order without a gap, two or more of them, each at a line's start with a capitalised
title. A single "6.1", or points numbered under another number ("2.1" under item 6: a reference or a list
quoted from another document), stay text.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

#: "6.1 Title", "6.1. Title", "6.1) Title"
SUB_POINT = re.compile(r"^(\d{1,3})\.(\d{1,2})[.)]?\s+([\"”“«]?[A-ZÅÄÖÉ].*)$")
MIN_POINTS = 2


def sub_point_items(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` with each numbered heading's sub-points added as headings of their own ("6.1")."""
    if not headings or not any(ln.text[:1].isdigit() and "." in ln.text[:4] and SUB_POINT.match(ln.text) for ln in lines):
        return headings
    out = list(headings)
    for h, stop, _following in numbered_spans(headings, len(lines)):
        points = _points(lines, h, stop)
        if len(points) >= MIN_POINTS and [n for _, n, _ in points] == list(range(1, len(points) + 1)):
            out += [Heading(i, f"{h.number}.{n}", title, h.style, 1.0) for i, n, title in points]
    return sorted(out, key=lambda h: h.index)


def numbered_spans(headings: list[Heading], end: int):
    """Each heading with a plain number, the index its part ends at (the next heading's, or ``end``) and the next
    heading's number: where the points under an item can stand (also :mod:`letterpoints`)."""
    for k, h in enumerate(headings):
        if h.number and h.number.isdigit():
            nxt = headings[k + 1] if k + 1 < len(headings) else None
            yield h, nxt.index if nxt else end, nxt.number if nxt else None


def _points(lines: list[Line], h: Heading, stop: int) -> list[tuple[int, int, str]]:
    """The lines between heading ``h`` and ``stop`` numbered as its sub-points: (index, point, title)."""
    found = []
    for i in range(h.index + 1, stop):
        text = lines[i].text
        if text[:1].isdigit() and (m := SUB_POINT.match(text)) and m.group(1) == h.number:
            found.append((i, int(m.group(2)), m.group(3).strip()))
    return found

