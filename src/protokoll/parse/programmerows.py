"""An unnumbered programme table ("Tid | Ämne | Föredragande") flattened to one cell per line: its rows as
items (:func:`programme_rows`), and the time and duration cells the item reader also knows.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line
from .timetable import SLOT_TIME

PROGRAMME_TIME = re.compile(r"^(?:tid|klockan|kl\.?)$", re.I)
PROGRAMME_TOPIC = re.compile(r"^(?:ämne|ärende|punkt|rubrik|program)$", re.I)
PROGRAMME_PRESENTER = re.compile(r"^(?:föredragande|föredras av|ansvarig)$", re.I)
TIME_CELL = re.compile(rf"^(?:kl\.?\s*)?{SLOT_TIME}(?:\s*\(\s*\d{{1,3}}\s*min\.?\s*\))?$",
                       re.I)
DURATION_CELL = re.compile(r"^\(\s*\d{1,3}\s*min\.?\s*\)$", re.I)


def programme_rows(lines: list[Line]) -> list[Heading]:
    """The items of an unnumbered programme table ("Tid | Ämne | Föredragande") read one cell per line.

    Meeting-system pages and kallelser give the agenda as a timetable, and a
    web page flattens it to one cell per line: a time ("8:05", "(50 min)"),
    then the item's title, then its presenters. A row is an item when its
    title follows a time; rows without one (breaks, section headings) are
    not. The header cells must be there, so a list of times elsewhere is
    never taken for items.
    """
    cells = [(i, ln.text) for i, ln in enumerate(lines) if ln.text.strip()]
    start = next((k + 1 for k, (_, t) in enumerate(cells) if PROGRAMME_TIME.match(t)
                  and any(PROGRAMME_TOPIC.match(x) for _, x in cells[k + 1:k + 3])
                  and any(PROGRAMME_PRESENTER.match(x) for _, x in cells[k + 1:k + 4])), None)
    if start is None:
        return []
    while start < len(cells) and (PROGRAMME_TOPIC.match(cells[start][1]) or PROGRAMME_PRESENTER.match(cells[start][1])):
        start += 1
    rows, k = [], start
    while k < len(cells):
        if TIME_CELL.match(cells[k][1]):
            k += 1
            while k < len(cells) and DURATION_CELL.match(cells[k][1]):
                k += 1
            if k < len(cells) and not TIME_CELL.match(cells[k][1]):
                rows.append(Heading(cells[k][0], None, cells[k][1], "programme", 1.0))
        k += 1
    return rows if len(rows) >= 2 else []
