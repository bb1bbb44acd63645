"""``items[].printed_number``: each item's number as the document prints it ("§ 12", "3.", "12"),
in the one style of the whole document (:mod:`protokoll.swedish.minutes`)."""

from __future__ import annotations

from ..record import Item
from ..swedish.minutes import as_printed, printed_style


def add_printed_numbers(items: list[Item], text: str) -> None:
    """Set each item's ``printed_number`` in the style of the whole document ``text``."""
    style = printed_style(text, [i.number for i in items])
    for item in items:
        item.printed_number = as_printed(item.number, style)
