"""A body's roster for a term of office is not a meeting (issue 10).

Web pages of municipalities, parishes and federations list each body's members under a heading that names
the body and its term of office: "Kommunstyrelsen 2023-2026", then "Ledamöter", then "Anna Berg (S)
(ordf.)". Such a heading names no meeting: the body it names is one of several the page lists, and the
person marked "ordf." there chairs the body for four years, not a meeting the document records. A meeting's
title names a date ("2023-05-04"), never a span of years, so a title line that ends in a span of years is read
as a roster's heading.
"""

from __future__ import annotations

import re

from .lines import Line

#: "Kyrkorådet 2022-2025", "Ledamöter mandatperioden 2019–2022": words, then a span of two years, nothing after
TERM_HEADING = re.compile(r"^\s*[^\d\n]{2,80}?\s(19|20)(\d\d)\s*[-–]\s*(19|20)(\d\d)\s*$")
ROSTER_CHAIR = "uncertain: the one called chair is listed under a term of office's heading: the body's chair, not the meeting's"
#: how many non-blank lines above a roster's name its term heading may stand ("Ledamöter" between them)
REACH = 3


def term_heading(text: str) -> bool:
    """``text`` is a heading naming a term of office: the second year follows the first by one to eight."""
    if not text.rstrip()[-1:].isdigit() or "-" not in text and "–" not in text:  # the cheap test (every line)
        return False
    m = TERM_HEADING.match(text)
    if not m:
        return False
    first, last = int(m.group(1) + m.group(2)), int(m.group(3) + m.group(4))
    return 0 < last - first <= 8


def in_roster(lines: list[Line], name: str) -> bool:
    """``name`` is first written in a list under a term-of-office heading: a roster's, not a meeting's."""
    at = next((k for k, ln in enumerate(lines) if ln.text and name in ln.text), None)
    if at is None:
        return False
    above = [ln.text for ln in lines[:at] if ln.text and ln.text.strip()][-REACH:]
    return any(term_heading(t) for t in above)
