"""A flattened page's mark before its first item heading, and a lone heading numbered after a body's short name.

A protocol copied from a document-sharing site runs each page into one line; once its breaks are restored
(:mod:`protokoll.repair`) a page's first item can still carry the page's mark before it: "3(36) 1 Godkännande
av kallelse". The mark ("N(M)", "N (M)") is the page's number and count, never part of a heading, so headings
are looked for in the line without it.

A protocol's paragraphs are numbered after the body's short name ("SN 13 Title", "KS 41 Title"); with one
such heading only (an extract, or a page of a longer protocol) it is taken when the item's own parts open
the line under it ("Dnr ...", "Beslut", "Förslag till beslut"), as an item's heading is followed.
"""

from __future__ import annotations

import re

from .lines import Line
from .plainnumbered import ITEM_START

#: "3(36) " / "4 (36) " opening a line: a page's number and count
PAGE_MARK = re.compile(r"^\d{1,3}\s?\(\s?\d{1,3}\s?\)\s+(?=\S)")


def without_page_marks(lines: list[Line]) -> list[Line]:
    """The lines, a page mark opening a line left out of it (the same list when no line opens with one)."""
    if not any(ln.text[:1].isdigit() and "(" in ln.text[:9] and PAGE_MARK.match(ln.text) for ln in lines):
        return lines
    out = []
    for ln in lines:
        m = PAGE_MARK.match(ln.text) if ln.text[:1].isdigit() else None
        out.append(Line(ln.text[m.end():], ln.start + m.end(), ln.bullet) if m else ln)
    return out


def lone_prefix_opens(lines: list[Line], i: int) -> bool:
    """Whether the line after a lone "SN 13 Title" heading opens an item's parts ("Dnr 31/16 ...")."""
    nxt = next((ln.text for ln in lines[i + 1:i + 3] if not ln.blank), "")
    return bool(ITEM_START.match(nxt))
