"""Presenters of a flattened kallelse table whose rows ran together.

A kallelse's table "Nr | Ärende | Dnr | Föredragande" copied as text gives each row's cells in a run after its
number. Where a title wraps over several lines, the next row's title may come before the wrapped row's other
cells, so two rows' case numbers and presenters follow the second title together ("2. Utredning om ...
3. Omdisponering av budget 2031/100 KS 2031/106 KS Anna Berg Per Ek"). With as many case numbers as names in
one heading, and the items before it given neither, the names are the rows' presenters in order: the first to
the first row without cells, the last to the heading's own item.
"""

from __future__ import annotations

import re

from ..record import Item

#: a case number's year and serial ("2031/106", "/128" when the site stripped the year's digits)
CASE = re.compile(r"(?<!\S)(?:(?:19|20)\d\d)?/\d{1,5}(?!\S)")


def place_row_presenters(items: list[Item], headings: list[str]) -> None:
    """Move each name of a heading that holds several rows' cells (see the module) to its row's item."""
    for k, (item, heading) in enumerate(zip(items, headings)):
        n = len(CASE.findall(heading)) if "/" in heading else 0  # every case number holds a "/"
        if n < 2 or len(item.presenters) != n or k - n + 1 < 0:
            continue
        rows = range(k - n + 1, k)
        if any(items[j].presenters or "/" in headings[j] and CASE.search(headings[j]) for j in rows):
            continue
        for j, name in zip(rows, item.presenters):
            items[j].presenters = [name]
        item.presenters = item.presenters[n - 1:]
