"""How a document prints its item numbers, so that pages quote them as the original does.

The record keeps an item number without its punctuation ("§ 26" and "26."
both become "26"). A page citing a paragraph number the original never had
misleads whoever quotes it, so the meeting page looks at the document's text:
if most item numbers are printed after a paragraph sign ("§ 26", "§26"),
they are shown as "§ 26"; if most open a line followed by a period, as "26.";
otherwise as printed, bare. Pages that list items of many meetings write
"punkt 26", which claims no style.
"""

from __future__ import annotations

import re

SECTION, PERIOD, BARE = "§", ".", ""


def printed_style(text: str | None, numbers: list[str]) -> str:
    """SECTION, PERIOD or BARE: how most of ``numbers`` are printed in ``text``."""
    numbers = [n for n in numbers if n]
    if not text or not numbers:
        return BARE
    section = sum(1 for n in numbers if re.search(rf"§\s*{re.escape(n)}(?![\d/])", text))
    period = sum(1 for n in numbers if re.search(rf"(?m)^\s*{re.escape(n)}\.(?!\d)", text))
    if section * 2 >= len(numbers) and section >= period:
        return SECTION
    return PERIOD if period * 2 >= len(numbers) else BARE


def as_printed(number: str | None, style: str) -> str:
    """``12`` as the document prints it: ``§ 12``, ``12.`` or ``12``; empty without a number."""
    if not number:
        return ""
    return f"§ {number}" if style == SECTION else f"{number}{style}"


def item_reference(number: str | None) -> str:
    """An item of some meeting in a list of many: ``punkt 12`` (no claim about § or period)."""
    return f"punkt {number}" if number else ""
