"""Item headings whose numbers were stripped to a dot at the line's start: "1. Budget" / ". Taxor" / "3. Övriga frågor".

A text copy that strips digits but keeps the line breaks turns a heading "2. Taxor för bygglov" into ". Taxor för
bygglov". A dot opening a line says little alone (a list's bullet, a stray mark), but between two numbered headings
whose numbers leave a gap, exactly as many such lines as numbers are missing are those items' headings: numberless
(the number was not printed), titled by the line's text. A line that reads as a sentence (its end a full stop, a
colon or a comma, or longer than :data:`MAX_WORDS` words) is no heading. Dotted lines right under a list of
headings with no text between them (one title a line) go on that list.
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
    added += _trailing(lines, headings + added)
    return sorted(headings + added, key=lambda h: h.index) if added else headings


def _trailing(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """Dotted lines right under the last heading of a list that has no text between its headings (one title a
    line, "3. Budget" / ". Övriga frågor"): the list's last items."""
    heads = sorted(headings, key=lambda h: h.index)
    if len(heads) < 2 or not heads[-1].number or any(b.index - a.index != 1 for a, b in zip(heads, heads[1:])):
        return []
    out: list[Heading] = []
    for k in range(heads[-1].index + 1, len(lines)):
        m = TRACE_LINE.match(lines[k].text)
        if not m or not _title(m.group(1)):
            break
        out.append(Heading(k, None, m.group(1), heads[-1].style, 1.0))
    return out


def _title(text: str) -> bool:
    return len(text.split()) <= MAX_WORDS and not text.endswith((".", ":", ",", ";"))
