"""A decision written as a deciding sentence that ends with a colon and the numbered list it announces:

    Kommunstyrelsen beslutar att föreslå fullmäktige följande:
    1. Taxan fastställs enligt bilaga.
    2. Taxan gäller från den 1 juli 2025.

The sentence and its list are one decision (as after a "Beslut" label the list is): the clauses one by one
would lose those that read as no decision on their own ("Taxan gäller ..."). The item finder keeps the list's
numbers from being items (:func:`.headingrules._in_decision_list`, :func:`.inlinetokens._opened_above`).
"""

from __future__ import annotations

import re

from .inlinetokens import DECIDING_COLON
from .lines import Line

ENTRY = re.compile(r"^(\d{1,2})\s?[.)]\s+\S")


def deciding_list(body: list[Line], i: int) -> tuple[str, int] | None:
    """The decision that ``body[i]`` opens with a deciding sentence and a colon, its numbered list after it (a
    blank line may stand between the entries, an entry may wrap), and the index after it; None if it opens none."""
    text = body[i].text
    if not text.endswith(":") or not text[:1].isupper() or not DECIDING_COLON.search(text[-200:]):
        return None
    parts, expected, j, end, after_blank = [text], 1, i + 1, i + 1, True
    while j < len(body):
        ln = body[j]
        if ln.blank:
            after_blank, j = True, j + 1
            continue
        m = ENTRY.match(ln.text)
        if m and int(m.group(1)) == expected:
            expected += 1
        elif m or expected == 1 or after_blank:
            break  # another number, no list, or a new paragraph after the list
        parts.append(ln.text)
        after_blank, j = False, j + 1
        end = j
    return (" ".join(parts), end) if expected > 1 else None
