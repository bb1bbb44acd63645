"""Item numbers standing alone on their lines without punctuation ("50" / "Fastställande av dagordning" / text):
a protocol set in a table whose number column the text copy put on a line of its own.

A lone number is also a page's number, and the line splitter drops such lines (:func:`.lines.split_lines`), so
they are looked for in the text itself, and only where no rule found a heading. Such a number is an item's only
when the line after it is a title (capitalised, at most :data:`TITLE_MAX` long, no sentence's end, no label's colon),
that title is not written again in the document (a running head under each page's number repeats), every
lone number after the first such one is followed by a title too (a page's number stands before any line), and
:data:`MIN_CHAIN` or more of them rise in order, each one to three above the one before: the rising sequence
is the evidence.
"""

from __future__ import annotations

import bisect
import re

from .headings import Heading
from .lines import Line

LONE_NUMBER = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]*$")
TITLE = re.compile(r"[\"”“«]?[A-ZÅÄÖÉ][a-zåäöé]")
MIN_CHAIN = 3
TITLE_MAX = 140


def bare_numbered(text: str, lines: list[Line]) -> list[Heading]:
    """The headings (at their title lines) that lone numbers in ``text`` give, or none where they do not rise
    as items do."""
    if not LONE_NUMBER.search(text):
        return []
    starts = [ln.start for ln in lines]
    found: list[tuple[int, int]] = []
    for m in LONE_NUMBER.finditer(text):
        k = bisect.bisect_right(starts, m.end())
        while k < len(lines) and lines[k].blank:
            k += 1
        if k < len(lines) and _title(lines[k].text) and (not found or found[-1][0] != k):
            found.append((k, int(m.group(1))))
        elif found:  # a lone number without a title after the first: the numbers are pages'
            return []
    if len(found) < MIN_CHAIN:
        return []
    numbers = [n for _, n in found]
    if any(not 1 <= b - a <= 3 for a, b in zip(numbers, numbers[1:])):
        return []
    titles = {lines[k].text for k, _ in found}
    if len(titles) < len(found) or any(ln.text in titles for i, ln in enumerate(lines) if i not in dict(found)):
        return []  # a running head under each page's number
    return [Heading(k, str(n), lines[k].text, "num", 1.0) for k, n in found]


def _title(text: str) -> bool:
    return len(text) <= TITLE_MAX and TITLE.match(text) is not None and not text.endswith((".", ",", ":", ";")) \
        and ": " not in text  # "Plats: ...", a label and its value
