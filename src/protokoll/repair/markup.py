"""A web page's ``<br>`` line-break tags left in its copied text.

A meeting portal that prints its agenda as HTML writes a title's second line ("Genomförandebeslut", "Remiss
från stadsbyggnadskontoret", "Svar på medborgarförslag") after a ``<br>`` in the same cell, and a copy that
keeps the markup as text leaves the tag between the two. Read as text, the tag cuts the title at the ``<``.
On a line that opens with an item's number ("5 Ny förskola ...<br>Genomförandebeslut", "§ 12 ...") the tag
is the title's own wrap: it becomes a space, and the title is whole. Elsewhere (a label and its value, one
person and the next) it is what the tag means, a line break. (Parse's title noise still cuts a title at a tag
that reaches it, as in a text parsed without repair; a whole title is the record's, as the same portal prints
the same kind of second line in one cell without the tag: "Titel Svar på medborgarförslag".)
"""

from __future__ import annotations

import re

#: the tag in its spellings (``<br>``, ``<br/>``, ``<br />``, upper case), with the spaces around it
TAG = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.IGNORECASE)
#: a line that opens with an item's number: "5 ", "12. ", "§ 7 ", "§7"
ITEM_LINE = re.compile(r"[ \t]*(?:§[ \t]*)?\d{1,3}\.?[ \t]+\S")


def _line(line: str) -> str:
    if "<" not in line or not TAG.search(line):
        return line
    return TAG.sub(" " if ITEM_LINE.match(line) else "\n", line).rstrip(" \t")


def read_breaks(text: str) -> str:
    """``text`` with each ``<br>`` tag a space in an item's numbered line and a line break elsewhere."""
    if "<" not in text:
        return text
    return "\n".join(_line(line) for line in text.split("\n"))
