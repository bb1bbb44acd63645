"""Item headings whose paragraph number stands at the right: "Budget 2025        § 45".

Many protocols print the title on the left and the paragraph number in a right-hand column; a text copy
puts both on one line, the number last ("Budget 2025 § 45", "Budget 2025<tab>§ 45"). Where no heading
numbered at the line start was found (or only headings without numbers), such lines are the headings:
a capitalised title without a sentence's end, then "§ N" ending the line, the line standing after a blank
line or a sentence's end, the numbers rising. One is enough when an item's own label opens the next line;
otherwise at least :data:`MIN_HEADINGS` must stand (a sentence that cites a paragraph is no heading). A name
and a job title before the number are an official attending that paragraph, not a heading.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line
from .names import is_person
from .persons import has_title_word

MIN_HEADINGS = 2
RIGHT = re.compile(r"^(?P<title>[\"”“«A-ZÅÄÖÉ][^§]{1,120}?)[\s.]+§\s*(?P<n>\d{1,4})\s*$")
#: a reference to a law's paragraph at a line end is no heading: "6 kap. § 24", "kommunallagen § 5"
LAW = re.compile(r"(?:\bkap\.?|\bkapitlet|lagen|förordningen|\bLOU|\bKL|\bSoL|\bLSS|\bPBL|\bFL|\bOSL)\s*$", re.I)
BODY_LABEL = re.compile(r"^(?:Dnr\b|Beslut\b|Beslutet\b|Förslag till beslut|Ärendebeskrivning|Sammanfattning|Bakgrund|"
                        r"Föredragande|Beslutsunderlag|[A-ZÅÄÖ][\wåäö\-]+s\s+beslut\b)")


def right_numbers(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` unless none has a number; then the headings numbered at the right, when they stand."""
    if any(h.number for h in headings):
        return lines, headings
    found: list[Heading] = []
    labelled = 0
    for i, ln in enumerate(lines):
        if "§" not in ln.text or not ln.digit:
            continue
        m = RIGHT.match(ln.text)
        if not m or not _stands(lines, i) or LAW.search(m.group("title")) or _attending(m.group("title")):
            continue
        title = m.group("title").strip()
        if title.endswith((".", ",", ":", ";")) or found and int(m.group("n")) <= int(found[-1].number):
            continue
        found.append(Heading(i, m.group("n"), title, "para", 1.0))
        nxt = next((x.text for x in lines[i + 1:i + 3] if not x.blank), "")
        labelled += bool(BODY_LABEL.match(nxt))
    if len(found) >= MIN_HEADINGS or found and labelled == len(found):
        return lines, found
    return lines, headings


def _attending(title: str) -> bool:
    """A list of attending officials, each with the paragraphs they attended: "Anna Berg Handläggare § 119"."""
    words = title.split()
    return any(len(words) > k and has_title_word(words[k]) and is_person(" ".join(words[:k])) for k in (2, 3))


def _stands(lines: list[Line], i: int) -> bool:
    before = lines[i - 1] if i else None
    return before is None or before.blank or before.text.endswith((".", "!", "?"))
