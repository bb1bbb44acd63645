"""Matches of a pattern that ends in a year after white space ("mars 2019"), found from the years (issue 12).

A case-blind pattern that opens with a look-behind and a word's letters in either case is tried by the engine at
every position of the text (~200 ns a character for the month names of :mod:`.datementions`). Where its matches
cannot overlap (its word opens after no letter, and a match's other characters are white space and digits), they are
the places where it matches at all; each ends in a year written after white space, its word right before that space,
so it is matched there alone, at each length its word can have.
"""

from __future__ import annotations

import re

LONG = 500  #: shorter texts are scanned whole (generated documents' lines and values: their years are many, issue 12)
#: where a year may stand: its first digit is what the engine skips to
YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def before_years(rx: re.Pattern, text: str, lengths: tuple[int, ...]) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern ``rx`` whose matches are a word of one of ``lengths`` characters,
    white space and a year "19xx"/"20xx", and cannot overlap (see the module's docstring)."""
    if len(text) < LONG:  # a short text: the engine's scan of it is cheaper than a look at each of its years
        return list(rx.finditer(text))
    found: dict[int, re.Match] = {}
    for y in YEAR_DIGITS.finditer(text):
        end = j = y.start()
        while j and text[j - 1].isspace():  # (``\s`` of a str pattern is ``str.isspace``)
            j -= 1
        if j == end:
            continue
        for n in lengths:
            if j >= n and j - n not in found and (m := rx.match(text, j - n)):
                found[j - n] = m
    return [found[k] for k in sorted(found)]
