"""A contents list whose paragraph numbers were lost: its entries as the items.

A protocol opens with its contents ("Innehållsförteckning"), one line per paragraph: the title, a dot leader and
the page ("Kvartalsrapport med helårsprognos... 3"). A copy that drops the paragraph numbers (a PDF's number
column lost in extraction) and gives only the first pages leaves no numbered heading to find, but the list still
names every item. When a text has no other heading, :data:`MIN_ENTRIES` or more such lines, on consecutive lines
(blank lines between allowed) and with pages that never go down, are its items, numberless (the number was not
printed). Header entries ("Beslutande... 2", "Justering... 2") are no items.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line
from .unnumbered import NOT_TITLE

MIN_ENTRIES = 3
#: "Title... 3", "Title ... 12-13", "Title…… 4": a capitalised title, a dot leader, the page (or pages)
ENTRY = re.compile(r"^([\"”“«A-ZÅÄÖÉ][^.…]{2,118}?)\s*(?:\.{2,}|…+)\s*(\d{1,3})(?:\s*[-–]\s*\d{1,3})?$")


def contents_entries(lines: list[Line]) -> list[Heading]:
    """The entries of the longest run of contents lines, or [] when no run is long enough."""
    best: list[tuple[int, str, int]] = []
    run: list[tuple[int, str, int]] = []
    for i, ln in enumerate(lines + [Line("", 0)]):
        if ln.blank:
            continue
        m = ENTRY.match(ln.text.strip()) if "." in ln.text or "…" in ln.text else None
        if m and (not run or run[-1][2] <= int(m.group(2))):
            run.append((i, m.group(1).strip(), int(m.group(2))))
            continue
        best = run if len(run) > len(best) else best
        run = [(i, m.group(1).strip(), int(m.group(2)))] if m else []
    entries = [(i, title) for i, title, _ in best if not NOT_TITLE.match(title)]
    if len(entries) < MIN_ENTRIES or best[-1][2] <= best[0][2]:
        return []
    return [Heading(i, None, title, "contents", 1.0) for i, title in entries]
