"""Paragraph headings whose numbers were stripped, inside flattened lines: "... godkändes. § Budget 2024 ...".

A document-sharing copy of a protocol may both drop digits and join lines: every "§ 12 Title" becomes
"§ Title" somewhere inside a long line. In a text that writes fewer than two numbered paragraph headings ("§ 12 Title", "12 § Title"), a "§" that stands
after a space and before a capitalised word (a reference is "13 § skollagen": a number before, a lower-case
word after) is such a heading. With at least :data:`MIN_HEADINGS` of them the lines are cut before each,
so the heading stands at a line start as ``timetable.stripped_paragraphs`` reads it.
"""

from __future__ import annotations

import re

from .lines import Line
from .inline import cut_lines

MIN_HEADINGS = 2
ANY_NUMBERED = re.compile(r"§\s*\d{1,4}\s+[A-ZÅÄÖ][a-zåäö]|\b\d{1,4}\s*§\s+[A-ZÅÄÖ][a-zåäö]")  #: a numbered heading
#: "§ Title" inside a line: after a space (not at its start), before a capitalised word and a lower-case one
INLINE = re.compile(r"(?<=\S\s)§\s+(?=[\"”“«A-ZÅÄÖÉ][a-zåäöé]+)")


def cut_stripped(lines: list[Line]) -> list[Line]:
    """The lines cut before each numberless "§ Title" inside them, when the text has two or more and no
    numbered "§" (else the lines unchanged)."""
    marked = [(i, ln.text) for i, ln in enumerate(lines) if "§" in ln.text]  # both patterns need a "§"
    if sum(len(ANY_NUMBERED.findall(text)) for _, text in marked) >= MIN_HEADINGS:  # numbered headings are read so
        return lines
    cuts = [(i, m.start(), 0) for i, text in marked for m in INLINE.finditer(text)]
    if len(cuts) < MIN_HEADINGS:
        return lines
    return cut_lines(lines, cuts)[0]
