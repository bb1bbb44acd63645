"""Paragraphs without titles that a protocol's own agenda names: "Dagordning 1. Mötets öppnande 2. Val av
justerare ..." above "§ 1" / "Ordföranden öppnade mötet." / "§ 2" / "Per Holm valdes ...".

Minutes of small boards and associations often print the agenda first and then record each point under a
bare paragraph sign, in the agenda's order. The point's title is then the agenda's, not the first sentence
under the sign (which records what happened). Read so only when the bare paragraphs' numbers are the listed
entries' numbers, two of them at least, and the list stands before the first paragraph.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

#: an agenda's entry: "1. Mötets öppnande", "2) Val av justerare", "3 Ekonomi"
ENTRY = re.compile(r"^(\d{1,3})\s*[.)]?\s+([\"”“«]?[A-ZÅÄÖÉ][^\n]{1,120})$")


def agenda_titles(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` with the bare paragraphs' titles taken from the agenda listed above them."""
    bare = [h for h in headings if h.style == "para" and not h.title.strip() and h.number]
    if len(bare) < 2 or not headings:
        return headings
    listed = _listed(lines[:headings[0].index])
    if sum(1 for h in bare if h.number in listed) < 2:
        return headings
    return [Heading(h.index, h.number, listed[h.number], h.style, h.score)
            if h in bare and h.number in listed else h for h in headings]


def _listed(lines: list[Line]) -> dict[str, str]:
    """The last run of entries numbered 1, 2, 3 ... on consecutive lines: {number: title}."""
    best: dict[str, str] = {}
    run: dict[str, str] = {}
    for ln in lines:
        m = ENTRY.match(ln.text.strip())
        if m and int(m.group(1)) == len(run) + 1:
            run[m.group(1)] = m.group(2).strip().rstrip(".")
            continue
        if len(run) >= 2:
            best = run
        run = {"1": m.group(2).strip().rstrip(".")} if m and m.group(1) == "1" else {}
    return run if len(run) >= 2 else best
