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
#: a paragraph of the minutes with its title: "§1 Title", "§ 12 Title"
PARAGRAPH = re.compile(r"^§\s*(\d{1,3})\s+([\"”“«A-ZÅÄÖÉ].{1,150})$")


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
    moved, added = _paragraphs(lines, headings, moved)
    if not moved and not added:
        return lines, headings
    gone = {h.index for h in headings if h.number in moved} | {i for i, k in moved.values() if i != k}
    lines = [Line("", ln.start) if k in gone else ln for k, ln in enumerate(lines)]
    out = [replace(h, index=moved[h.number][1]) if h.number in moved else h for h in headings]
    return lines, sorted(out + added, key=lambda h: h.index)


def _paragraphs(lines: list[Line], headings: list[Heading], moved: dict[str, tuple[int, int]]) \
        -> tuple[dict[str, tuple[int, int]], list[Heading]]:
    """The minutes' own paragraphs after the list, numbered from 1 again ("§1 Title", "§2 Title", ...): a paragraph
    that is a listed item (same number, same title) is that item's section; one whose number the list does not
    give is an item of its own (the minutes number their paragraphs apart from the agenda's points). Read only
    when the paragraphs number on from 1 with no gap, two of them at least, and none gives a listed number another
    title."""
    by_number = {h.number: h for h in headings if h.number}
    found: list[tuple[int, str, str]] = []
    for i in range(headings[-1].index + 1, len(lines)):
        m = PARAGRAPH.match(lines[i].text) if lines[i].text[:1] == "§" else None
        if m and int(m.group(1)) == len(found) + 1:
            found.append((i, m.group(1), m.group(2).strip()))
    if len(found) < 2 or any(n in by_number and not _same(t, by_number[n].title) for _, n, t in found):
        return moved, []
    moved = dict(moved)
    added = []
    for i, n, title in found:
        if n in by_number:
            moved.setdefault(n, (i, i))
        else:
            added.append(Heading(i, n, title, "para", 1.0))
    return moved, added


def _same(line: str, title: str) -> bool:
    a, b = line.casefold().strip(" .:"), title.casefold().strip(" .:")
    return bool(a) and bool(b) and (a == b or a.startswith(b) and len(b) >= 8)
