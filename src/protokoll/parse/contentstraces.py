"""Item headings whose numbers were stripped to a dot at the line's start: "1. Budget" / ". Taxor" / "3. Övriga frågor".

A text copy that strips digits but keeps the line breaks turns a heading "2. Taxor för bygglov" into ". Taxor för
bygglov". A dot opening a line says little alone (a list's bullet, a stray mark), but between two numbered headings
whose numbers leave a gap, exactly as many such lines as numbers are missing are those items' headings: numberless
(the number was not printed), titled by the line's text. A line that reads as a sentence (its end a full stop, a
colon or a comma, or longer than :data:`MAX_WORDS` words) is no heading.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

MAX_WORDS = 14
#: a line opening with a stripped number's dot, then a capitalised title
TRACE_LINE = re.compile(r"^\.\s+([\"”“«]?[A-ZÅÄÖÉ][a-zåäöéA-ZÅÄÖ].*?)\s*$")


def traced_headings(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """The headings with those of the stripped numbers between two numbered ones added, in order."""
    added: list[Heading] = []
    for a, b in zip(headings, headings[1:]):
        if not (a.number and b.number and a.number.isdigit() and b.number.isdigit()):
            continue
        gap = int(b.number) - int(a.number) - 1
        if gap < 1 or b.index - a.index - 1 < gap:
            continue
        found = [(k, m.group(1)) for k in range(a.index + 1, b.index) if (m := TRACE_LINE.match(lines[k].text))]
        if len(found) == gap and all(_title(t) for _, t in found):
            added += [Heading(k, None, t, a.style, 1.0) for k, t in found]
    return sorted(headings + added, key=lambda h: h.index) if added else headings


def _title(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS and not text.endswith((".", ":", ",", ";"))
