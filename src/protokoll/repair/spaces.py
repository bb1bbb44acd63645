"""Runs of spaces inside a flattened page: one space.

A page copied with its line breaks lost (a transcript's page on one line) keeps no layout a run of spaces could
stand for: no column of a table, no gap between a label and its value. What runs of spaces it has are left by
the copying (a line's trailing space before the lost break, a non-breaking space beside a plain one), and they cut
a label the reader looks for in two ("Datum och  tid"). In a line of at least :data:`LONG` characters
(:mod:`.pages`' flattened page) each run of spaces becomes one space; tabs stay (a table's cells, which readers
split on), and shorter lines keep their runs, since there two spaces may be a column's gap.
"""

from __future__ import annotations

import re

from .pages import LONG

RUN = re.compile(r"(?<=\S) {2,}(?=\S)")


def collapse_page_spaces(text: str) -> str:
    """``text`` with each run of spaces inside a flattened page's line made one space."""
    if "  " not in text:
        return text
    return "\n".join(RUN.sub(" ", line) if len(line) >= LONG else line for line in text.split("\n"))
