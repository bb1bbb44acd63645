"""An agenda list followed by each item's own section headed "Ärende 2" with its title on the next line.

A kallelse often lists its items first ("Föredragningslista" / "1. Val av justerare" / "2. Budget") and then
gives each item a section of its own, headed by its number alone on a line ("Ärende 2", "Punkt 2", "§ 2", "2.")
with the item's title repeated on the next line, and under it the case number, "Förslag till beslut" and so on.
The list's entries are the headings found; without this reader every section after the list falls into the
last listed item, so each item's proposal is lost or read into the wrong item. A section is the item's when its
number is a listed item's and the next line repeats that item's title: the heading then stands at the section's
title line, and the list's entry and the section's number line are blanked (neither is any item's text).
"""

from __future__ import annotations

import re
from dataclasses import replace

from .headings import Heading
from .lines import Line

#: a section's number alone on its line: "Ärende 2", "Punkt 2", "§ 2", "Paragraf 2", "2.", "2"
SECTION = re.compile(r"^(?:(?:Ärende|Punkt|Paragraf|§)\s*)?(\d{1,3})\s*[.:)]?$", re.I)


def agenda_sections(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` with each listed item that has a section of its own after the list moved to that section;
    the list's line of a moved item is blanked (the section gives it; it is not the text of the item above)."""
    if len(headings) < 2:
        return lines, headings
    by_number = {h.number: h for h in headings if h.number}
    moved: dict[str, tuple[int, int]] = {}  #: number -> (the section's number line, its title line)
    for i in range(headings[-1].index + 1, len(lines)):
        m = SECTION.match(lines[i].text.strip()) if lines[i].text[:1] in "ÄäPp§0123456789" else None
        h = by_number.get(m.group(1)) if m else None
        if h is None or h.number in moved:
            continue
        k = next((k for k in range(i + 1, min(i + 3, len(lines))) if not lines[k].blank), None)
        if k is not None and _same(lines[k].text.strip(), h.title):
            moved[h.number] = (i, k)
    if not moved:
        return lines, headings
    gone = {h.index for h in headings if h.number in moved} | {i for i, _ in moved.values()}
    lines = [Line("", ln.start) if k in gone else ln for k, ln in enumerate(lines)]
    out = [replace(h, index=moved[h.number][1]) if h.number in moved else h for h in headings]
    return lines, sorted(out, key=lambda h: h.index)


def _same(line: str, title: str) -> bool:
    a, b = line.casefold().strip(" .:"), title.casefold().strip(" .:")
    return bool(a) and bool(b) and (a == b or a.startswith(b) and len(b) >= 8)
