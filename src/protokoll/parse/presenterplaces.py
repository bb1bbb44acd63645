"""Presenters read in the text of an item that restates other items' headings.

A protocol whose first pages hold a contents list ("1 Beslutad ärendelista", "2 Information från X ...4", ...)
and whose paragraph pages lost their line breaks gives the parser the list's headings as its items; the
paragraph pages that follow then run on inside the last listed item, each page restating its paragraph's number
and title ("Dnr: - 2 Information från X Beslut ... Anna Berg informerar ..."). A presenter named after such a
restated heading presents that paragraph, not the last item: it is moved to the item whose number and title
were restated. A name read before any restated heading stays where it was read.
"""

from __future__ import annotations

import re

from ..record import Item


def place_restated_presenters(items: list[Item]) -> None:
    """Move each presenter named after another item's restated "<number> <title>" in an item's text to that
    item (see the module)."""
    for item in items:
        if not item.presenters or not item.text:
            continue
        marks = _restated(item, items)
        if not marks:
            continue
        for name in list(item.presenters):
            at = item.text.find(name)
            owner = next((other for start, other in reversed(marks) if start < at), None) if at >= 0 else None
            if owner is not None:
                item.presenters.remove(name)
                if name not in owner.presenters:
                    owner.presenters.append(name)


def _restated(item: Item, items: list[Item]) -> list[tuple[int, Item]]:
    """(where, the other item) for each other numbered item whose number and whole title stand in ``item``'s
    text, in the order they stand there."""
    marks = []
    for other in items:
        if other is item or not other.number or len(other.title) < 8 or other.title not in item.text:
            continue  # (the title must stand in the text as written: a substring test before any pattern is built)
        m = re.search(rf"(?<![\d§.]){re.escape(other.number)}\s+{re.escape(other.title)}(?![\wåäö])", item.text)
        if m:
            marks.append((m.start(), other))
    return sorted(marks, key=lambda mark: mark[0])


def drop_cut_presenter(items: list[Item], text: str) -> None:
    """A name an excerpt ends in without a line's end, its last word of one or two letters ("Anna St"): a name
    the cut went through, no presenter whose name is known. (A document's own end keeps its last line break, so
    a whole short name there, "Karin Ek", stays.)"""
    if not items or not items[-1].presenters or text.endswith("\n"):
        return
    last = items[-1].presenters[-1]
    if text.endswith(last) and len(last.split()[-1]) <= 2:
        items[-1].presenters.pop()
