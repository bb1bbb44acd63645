"""How Swedish meeting documents print item numbers and write dissent: text conventions, no stage.

Read by ``parse`` (``items[].printed_number``, ``items[].dissent_details``,
docs/meeting-record-text.md) and by the migration that gives records stored
before those keys existed the same values from their stored text (storage
never parses, so what both need lives on the ground floor).

**Item numbers.** The record's ``number`` is kept without its punctuation, as
the spec asks ("§ 26" and "26." both become "26"). A page citing a paragraph
number the original never had misleads whoever quotes it. Swedish protocols
number their paragraphs with a paragraph sign ("§ 26", "§26"), minutes and
agendas number their points "3." or "3.1" at the start of a line, and some
write the bare number. One document keeps one style, so the style is the one
most of its numbers are printed in: if most follow a paragraph sign, every
number is "§ N"; if most open a line followed by a period, "N."; otherwise the
bare number.

**Dissent.** Swedish minutes write a reservation as one sentence ("Anna Lind
(S) reserverar sig mot beslutet till förmån för eget yrkande.", "Habo stöder
inte beslutet"), so the first sentence from the item's heading on that names
the dissenter and says they dissent is their statement (it gives the reason
when the document does; a reservation written at the end of the minutes, "Till
protokollet antecknas att ...", is found too), and a party abbreviation in
brackets right after the name is their party. Without such a sentence the
statement is None, and without the bracket the party is None: nothing is
guessed. The search starts at the item's heading when the caller knows where
it is (parse does); else at the first place the title is written, whitespace
and case aside.
"""

from __future__ import annotations

import re

from .fold import fold_name as fold
from .kept import compiled

SECTION, PERIOD, BARE = "§", ".", ""
#: every number printed after a paragraph sign, and every number opening a line before a period: a number
#: (all digits) is printed so when it is one of these digit runs
_AFTER_SIGN = re.compile(r"§\s*(\d+)(?![\d/])")
_OPENING = re.compile(r"(?m)^\s*(\d+)\.(?!\d)")


#: a digit run after a space or the text's start, before a period (``_OPENING``'s numbers are among these)
_AFTER_SPACE = re.compile(r"(\d(?<!\S\d)\d*)\.(?!\d)")


def _line_openings(text: str) -> set[str]:
    """``{m.group(1) for m in _OPENING.finditer(text)}``: the runs with only white space before them on their
    line, found from the digits (``_OPENING`` tries its line start and white space at every position)."""
    return {m.group(1) for m in _AFTER_SPACE.finditer(text)
            if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].strip()}


def printed_style(text: str | None, numbers: list[str | None]) -> str:
    """SECTION, PERIOD or BARE: how most of ``numbers`` are printed in ``text``."""
    numbers = [n for n in numbers if n]
    if not text or not numbers:
        return BARE
    after_sign = {m.group(1) for m in _AFTER_SIGN.finditer(text)}  # one scan of the text for all numbers
    section = sum(1 for n in numbers if (n in after_sign if n.isdecimal()
                                         else compiled(rf"§\s*{re.escape(n)}(?![\d/])").search(text)))
    if section == len(numbers):  # every number after its "§": no count of the others can be larger (issue 12)
        return SECTION
    opening = _line_openings(text)
    period = sum(1 for n in numbers if (n in opening if n.isdecimal()
                                        else compiled(rf"(?m)^\s*{re.escape(n)}\.(?!\d)").search(text)))
    if section * 2 >= len(numbers) and section >= period:
        return SECTION
    return PERIOD if period * 2 >= len(numbers) else BARE


def as_printed(number: str | None, style: str) -> str | None:
    """``12`` as the document prints it: ``§ 12``, ``12.`` or ``12``; None without a number."""
    if not number:
        return None
    return f"§ {number}" if style == SECTION else f"{number}{style}"


STATEMENT_MAX = 400  #: characters kept of a statement (a run-on "sentence" of a flattened page is cut)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|\n|$)")
_CUE = re.compile(r"reserv|stod\w* (?:\w+ )?inte|avvikande mening|deltar inte i beslut|till forman for|"
                  r"protokollsanteckning|yrkar avslag|instammer inte")
_PARTY = r"\s*\(([A-ZÅÄÖ][A-Za-zåäö]{0,3})\)"


def statement(text: str, name: str, title: str | None = None, start: int | None = None) -> str | None:
    """The first sentence of the document ``text`` from ``start`` (the item's heading; else where its
    ``title`` is written) that names ``name`` and says they dissent, whitespace evened out; None when
    there is none."""
    if start is None:
        start = title_at(text, title)
    key = fold(name)
    for m in _SENTENCE.finditer(text, start):
        sentence = " ".join(m.group(0).split())
        folded = fold(sentence)
        if key in folded and _CUE.search(folded):
            return sentence[:STATEMENT_MAX]
    return None


def party(sentence: str | None, name: str) -> str | None:
    """The party abbreviation in brackets right after ``name`` in ``sentence`` ("Anna Lind (S)")."""
    if not sentence:
        return None
    m = re.search(re.escape(name) + _PARTY, sentence)
    return m[1] if m else None


def title_at(text: str, title: str | None) -> int:
    """Where ``title`` is first written in ``text`` (whitespace and case aside), else 0."""
    words = (title or "").split()
    if not words:
        return 0
    found = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
    return found.start() if found else 0
