"""How a document prints its item numbers: ``items[].printed_number`` ("§ 12", "3.", "3").

The record's ``number`` is kept without its punctuation, as the spec asks
("§ 26" and "26." both become "26"). A page citing a paragraph number the
original never had misleads whoever quotes it, so parse also records the
number as the document prints it. Swedish protocols number their paragraphs
with a paragraph sign ("§ 26", "§26"), minutes and agendas number their
points "3." or "3.1" at the start of a line, and some write the bare number.
One document keeps one style, so the style is the one most of its numbers
are printed in: if most follow a paragraph sign, every number is "§ N"; if
most open a line followed by a period, "N."; otherwise the bare number.
"""

from __future__ import annotations

import re

from ..record import Item

SECTION, PERIOD, BARE = "§", ".", ""


def printed_style(text: str | None, numbers: list[str | None]) -> str:
    """SECTION, PERIOD or BARE: how most of ``numbers`` are printed in ``text``."""
    numbers = [n for n in numbers if n]
    if not text or not numbers:
        return BARE
    section = sum(1 for n in numbers if re.search(rf"§\s*{re.escape(n)}(?![\d/])", text))
    period = sum(1 for n in numbers if re.search(rf"(?m)^\s*{re.escape(n)}\.(?!\d)", text))
    if section * 2 >= len(numbers) and section >= period:
        return SECTION
    return PERIOD if period * 2 >= len(numbers) else BARE


def as_printed(number: str | None, style: str) -> str | None:
    """``12`` as the document prints it: ``§ 12``, ``12.`` or ``12``; None without a number."""
    if not number:
        return None
    return f"§ {number}" if style == SECTION else f"{number}{style}"


def add_printed_numbers(items: list[Item], text: str) -> None:
    """Set each item's ``printed_number`` in the style of the whole document ``text``."""
    style = printed_style(text, [i.number for i in items])
    for item in items:
        item.printed_number = as_printed(item.number, style)
