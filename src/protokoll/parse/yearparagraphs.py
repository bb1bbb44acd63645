"""Paragraphs numbered with their year run together on one line: "§ 71/20 Title § 72/20 Title § 73/20 Title".

Protocols that number paragraphs with the year ("§ 63/20") list them in a contents page, one a line; a
copy that lost the line breaks runs the last entries of a page together, and the first heading's title
then swallows the rest. Such a line is cut before each "§ N/YY" that continues the line's own count (the
number one up from the previous one, the same year, a capital after it): a reference to another
paragraph inside a title ("med anledning av § 12/19") is an earlier number or another year, and stays.
"""

from __future__ import annotations

import re

from .textline import Line

#: a paragraph number with its year and the title's first letter after it
YEAR_PARAGRAPH = re.compile(r"§\s*(\d{1,4})/(\d{2}|\d{4})\s+(?=[\"”“A-ZÅÄÖ])")


def cut_year_paragraphs(lines: list[Line]) -> list[Line]:
    """The lines, each one that runs several year-numbered paragraphs together cut before each."""
    if not any([ln.text[:1] == "§" and "/" in ln.text for ln in lines]):  # the cheap test: most documents have none
        return lines
    out: list[Line] = []
    for ln in lines:
        cuts = _cuts(ln.text) if ln.text.startswith("§") and ln.text.count("§") > 1 else []
        if not cuts:
            out.append(ln)
            continue
        for s, e in zip([0] + cuts, cuts + [len(ln.text)]):
            piece = ln.text[s:e].strip()
            out.append(Line(piece, ln.start + s, ln.bullet and s == 0))
    return out


def _cuts(text: str) -> list[int]:
    """Where each run-on paragraph after the line's first starts."""
    found = list(YEAR_PARAGRAPH.finditer(text))
    if not found or found[0].start() != 0:
        return []
    cuts: list[int] = []
    number, year = int(found[0].group(1)), found[0].group(2)
    for m in found[1:]:
        if int(m.group(1)) != number + 1 or m.group(2) != year or text[m.start() - 1:m.start()] != " ":
            continue
        cuts.append(m.start())
        number += 1
    return cuts
