"""A contents list's number column read apart from its titles: "§ 88" / "§ 89" / "§ 90" / ... with no title.

A protocol's contents list ("Innehållsförteckning", "Förteckning över ärenden") is a table: the paragraph's number, its
title, its type ("Beslutsärende") and its page. A copy that extracts the table column by column prints the numbers
as a run of their own ("§ 88 § 89 § 90 ..." or "76 77 78 ... 86", one a line or on one line) and the titles after
the run, so the numbers come without their titles and cannot be paired with them (the types and pages interleave).
Such numbers are no items: three or more headings in a row, their numbers one up from each other, each with no title
and no text between them, are the list's number column and are dropped. The column's last heading opens the text
after it, the first title of the title column: it stays, numberless (which number that title has is not printed). A
paragraph's heading with its title stripped but its text kept stays as it is. A column with no text under it (the
next line another bare number, or a signature's rule "_____": the signature block's "Paragrafer" listed one a line
over the signatures, the sections themselves later) is dropped whole, from two numbers on.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

MIN_RUN = 3
SIGNED_RUN = 2  #: a column this long with no text under it ("§ 25" / "§ 26" / "§ 32" / "______") is dropped whole
#: a paragraph sign and its number alone on a line ("§ 32", "§32"), no heading (the chain of headings left it out)
BARE_PARA = re.compile(r"^§\s*\d{1,4}$")


def without_column(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """The headings without a run of :data:`MIN_RUN` or more bare, consecutive numbers with nothing between them."""
    if sum(1 for h in headings if not h.title.strip()) < MIN_RUN:  # the cheap test: most documents have none
        return headings
    runs: list[list[int]] = []
    run: list[int] = []
    for k, h in enumerate(headings):
        if run and not _continues(lines, headings[run[-1]], h):
            runs.append(run)
            run = []
        if _bare(h):
            run.append(k)
    runs.append(run)
    signed = {k for run in runs if len(run) >= SIGNED_RUN and _untitled_after(lines, headings[run[-1]]) for k in run}
    column = {k for run in runs if len(run) >= MIN_RUN for k in run[:-1]} | signed
    last = {run[-1] for run in runs if len(run) >= MIN_RUN} - signed
    return [Heading(h.index, None, h.title, h.style, h.score) if k in last else h
            for k, h in enumerate(headings) if k not in column]


def _untitled_after(lines: list[Line], h: Heading) -> bool:
    """Whether no text opens under the column's last heading: the next line is another bare "§ N" or a signature's rule
    ("________"), as under the signature block's "Paragrafer" column, where the paragraphs' own sections come later."""
    below = next((ln.text for ln in lines[h.index + 1:h.index + 4] if not ln.blank), "")
    return BARE_PARA.match(below) is not None or below.startswith(("___", "..."))


def _bare(h: Heading) -> bool:
    return not h.title.strip() and h.number is not None and h.number.isdigit()


def _continues(lines: list[Line], a: Heading, b: Heading) -> bool:
    """Whether ``b`` is the next number of the column after ``a``: bare, one up, only blank lines between them."""
    return _bare(b) and int(b.number) == int(a.number) + 1 and all(ln.blank for ln in lines[a.index + 1:b.index])
