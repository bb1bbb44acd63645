"""Items numbered otherwise than 1, 2, 3: roman numerals ("II. Val av justerare"), letters ("B. Budget"),
or decimal numbers under a section ("4.1 Budget", "4.2 Taxor").

Förbund, styrelse and network minutes often number their points this way, and so do agendas that
group points under sections. None of the numbered-heading rules reads them, so a text that gave
no heading at all is read again for them: a line starting with such a number and a capitalised
title. The numbers must run on one from the other (I, II, III; A, B, C; 4.1, 4.2, 5.1), at least
:data:`MIN_RUN` of them, so initials ("A. Berg"), a list of alternatives or clock times ("8.15 Kaffe")
do not make items. The number is kept as printed, without its punctuation ("II", "B", "4.1").
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

MIN_RUN = 2
MAX_TITLE = 140
ROMAN = re.compile(r"^([IVX]{1,5})\s?[.)]\s+([\"”“«A-ZÅÄÖÉ].*)$")
LETTER = re.compile(r"^([A-Ha-h])\s?[.)]\s+([\"”“«A-ZÅÄÖÉ][a-zåäöé].*)$")
DECIMAL = re.compile(r"^(\d{1,2})\.([1-9]\d?)\.?\s+([\"”“«A-ZÅÄÖÉ][a-zåäöé].*)$")
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def other_numbering(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` when the rules before found any; else the longest run of roman, letter or decimal
    headings, when one stands."""
    if headings:
        return lines, headings
    runs = [_run(lines, rx, value, follows) for rx, value, follows in STYLES]
    best = max(runs, key=len)
    return lines, best if len(best) >= MIN_RUN else []


def roman_value(s: str) -> int | None:
    """The value of a roman numeral written the usual way (I-XXXIX), else None."""
    total, last = 0, 0
    for ch in reversed(s):
        v = ROMAN_VALUES[ch]
        total, last = (total - v, last) if v < last else (total + v, v)
    return total if total and _roman(total) == s else None


def _roman(n: int) -> str:
    out = ""
    for v, sym in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= v:
            out, n = out + sym, n - v
    return out


def _run(lines: list[Line], rx: re.Pattern, value, follows) -> list[Heading]:
    """The longest run of headings of one style whose numbers follow one from the other."""
    best: list[Heading] = []
    run: list[tuple[object, Heading]] = []
    for i, ln in enumerate(lines):
        if ln.blank or len(ln.text) > MAX_TITLE + 6:
            continue
        m = rx.match(ln.text)
        v = value(m) if m else None
        if v is None:
            continue
        h = Heading(i, _printed(m), m.group(m.lastindex).strip(), "other", 1.0)
        run = run + [(v, h)] if run and follows(run[-1][0], v) else ([(v, h)] if _first(v) else [])
        if len(run) > len(best):
            best = [h for _, h in run]
    return best


def _printed(m: re.Match) -> str:
    return ".".join(m.group(k) for k in range(1, m.lastindex)).upper()


def _first(v) -> bool:
    """A run starts at its first number: I, A, or the first of a section (4.1)."""
    return v == 1 or (isinstance(v, tuple) and v[1] == 1)


STYLES = (
    (ROMAN, lambda m: roman_value(m.group(1)), lambda a, b: b == a + 1),
    (LETTER, lambda m: ord(m.group(1).upper()) - ord("A") + 1, lambda a, b: b == a + 1),
    (DECIMAL, lambda m: (int(m.group(1)), int(m.group(2))),
     lambda a, b: b == (a[0], a[1] + 1) or b == (a[0] + 1, 1)),
)
