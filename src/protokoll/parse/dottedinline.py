"""Dotted sub-numbered points run together on one line: "1.1 Välkommen 1.2 Val av justerare 2.1 Budget ...".

Informal minutes and agendas number their points within chapters ("1.1", "1.2", "2.1"), and a web
excerpt or a PDF whose line breaks were lost runs them into one line. The whole-number chain of the
flattened-text reader (:mod:`.inline`) does not see them. What marks such a list is its numbering: a
chain of at least :data:`MIN_POINTS` dotted numbers, each the one after the last ("n.(m+1)", or "(n+1).1"
where a new chapter opens), starting at a chapter's first point ("n.1"), each before a capitalised word.
A dotted number in prose ("kl 9.30", "2.5 miljoner", "version 1.2", "enligt 3.2 i avtalet") has a
lower-case word after it, a word before it that makes it a reference, or no place in such a chain.

The line is cut before each point of the chain (and before a chapter's own heading, "2 Verksamhet",
that stands right before its first point), so that each point stands at a line's start and is read as
it is when the points are printed one a line.
"""

from __future__ import annotations

import re

from .lines import Line

MIN_POINTS = 3
MAX_TOKENS = 200  #: dotted numbers looked at in one line (the chain search is quadratic in them)
#: "1.1 Title", "1.1. Title", "1.1) Title" inside a line: after a space or at its start
POINT = re.compile(r"(?<!\S)(\d{1,2})\.(\d{1,2})[.)]?\s+(?=[\"”“«]?[A-ZÅÄÖÉ][a-zåäöé])")
#: words before a number that make it a reference, a time or a version, not a point
NOT_AFTER = re.compile(r"(?:\b(?:kap|kapitel|del|avsnitt|steg|den|nr|av|och|till|samt|eller|enligt|i|se|sidan|sida|"
                       r"kl|klockan|ca|version|ver|v|punkt|punkterna|paragraf|bilaga|bil|mom|moment|från|om)\.?|"
                       r"[/,(\-–])\s*$", re.I)


def cut_dotted(lines: list[Line]) -> list[tuple[int, int, int]]:
    """(line index, offset, 0) of each point of a dotted chain inside a line, and of each chapter heading
    right before a chapter's first point: where the lines are to be cut (an empty list when none is)."""
    cuts: list[tuple[int, int, int]] = []
    last = None  # the last point of the chain on a line before: a flattened page's chain goes on on the next
    for i, ln in enumerate(lines):
        if ".1" not in ln.text and last is None or len(ln.text) < 40:  # a chain opens at a chapter's first point
            continue
        chain = _chain(ln.text, last)
        goes_on = bool(chain) and last is not None and _follows(last, chain[0])
        if len(chain) < (1 if goes_on else MIN_POINTS) or sum(1 for pos, _, _ in chain if pos > 0) < (1 if goes_on else 2):
            continue
        last = chain[-1]
        for k, (pos, n, m) in enumerate(chain):
            if pos > 0:
                cuts.append((i, pos, 0))
            if m == 1 and k > 0 and (head := _chapter(ln.text, chain[k - 1][0], pos, n)) is not None:
                cuts.append((i, head, 0))
    return cuts


def _tokens(text: str) -> list[tuple[int, int, int]]:
    """(offset, chapter, point) of each dotted number before a capitalised word, not after a reference word."""
    out = []
    for m in POINT.finditer(text):
        if not NOT_AFTER.search(text[max(0, m.start() - 14):m.start()]):
            out.append((m.start(), int(m.group(1)), int(m.group(2))))
        if len(out) >= MAX_TOKENS:
            break
    return out


def _chain(text: str, last: tuple[int, int, int] | None) -> list[tuple[int, int, int]]:
    """The longest chain of points, each the one after the one before, opening at a chapter's first point or
    at the point after ``last`` (the end of a chain on a line before)."""
    tokens = _tokens(text)
    best: list[list[tuple[int, int, int]]] = []
    for k, (_, n, m) in enumerate(tokens):
        prev = [best[j] for j in range(k) if _follows(tokens[j], tokens[k]) and best[j]]
        if prev:
            best.append(max(prev, key=len) + [tokens[k]])
        else:
            best.append([tokens[k]] if m == 1 or last is not None and _follows(last, tokens[k]) else [])
    return max(best, key=len, default=[])


def _follows(a: tuple[int, int, int], b: tuple[int, int, int]) -> bool:
    return (b[1] == a[1] and b[2] == a[2] + 1) or (b[1] == a[1] + 1 and b[2] == 1)


def _chapter(text: str, start: int, end: int, n: int) -> int | None:
    """Where the chapter heading "n Title" stands between the point at ``start`` and chapter n's first point
    at ``end``: a title of at most six words, capitalised, ending right before the point."""
    m = re.search(rf"(?<=\s){n}\.?\s+[A-ZÅÄÖÉ][\wåäöÅÄÖé\-]*(?:\s+[\wåäöÅÄÖé\-]+){{0,5}}\s*$", text[start:end])
    return start + m.start() if m else None
