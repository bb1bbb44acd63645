"""A written day range whose dash the text extraction lost: "21 22 april 2012" for "21-22 april 2012".

A PDF's en dash often does not survive extraction, and "den 8–9 maj" arrives as "den 8 9 maj". Read plainly, the
second number is the date ("9 maj") and the first a stray number; but a meeting of several days is dated by its
first day (issue 10). The first number is taken as the range's first day only where it can be nothing else:

* it is one or two days before the second (a meeting of two or three days), on the same line, set off by spaces,
  and a word stands before it on its line (a line that opens with the number opens with a page's or an item's
  number: "8 9 maj 2010" at the top of page 8);
* nothing numeric stands right before it (a year, "(3)", "1/2", "§", "s."), and the word before it is not one that a
  number follows: a page ("Sida 2 3 maj"), a paragraph, an item, an attachment, a clock time, a version, or a
  meeting's own number ("Styrelseprotokoll 4 5 maj", "Möte 3 4 maj": the 4th meeting held on the 5th).
"""

from __future__ import annotations

import re

#: words after which a number is a page, paragraph, item, number, time or version, never a first day
_NUMBERED = re.compile(r"(?:sida|sid|s|page|nr|no|nummer|punkt|p|bilaga|bil|paragraf|paragrafer|ärende|ärenden|"
                       r"dnr|kl|klockan|version|ver|rev|revision|vecka|v|vol|årgång|del|kapitel|kap|avsnitt|"
                       r"\w*protokoll|\w*möte|\w*mötet|\w*sammanträde|\w*sammanträdet)", re.I)
_GAP = " \t"
MAX_SPAN = 2  #: the most days the second number may follow the first (a three-day meeting)
#: a text opening (after spaces) with a number of one or two digits, a gap and the next number: the only opening where a
#: word written before the text (a label: "Tid 10 11 oktober") can change a date read in it, by making that first number
#: a range's first day (``first_day`` wants a word before it on its line); a reader may read any other text alone
OPENS_SPACED = re.compile(r"[ \t]*\d{1,2}[ \t]+\d")


def first_day(text: str, start: int, day: int) -> tuple[int, int] | None:
    """(where it begins, its day) of the range's first day when the date written at `start` (its day `day`) ends a
    dash-less range; None when the number before it is not a first day (see the module's rule)."""
    gap = start
    while gap > 0 and text[gap - 1] in _GAP:
        gap -= 1
    first = gap
    while first > 0 and first > gap - 3 and text[first - 1].isdigit():
        first -= 1
    if gap == start or not 1 <= gap - first <= 2 or (first > 0 and text[first - 1].isdigit()):
        return None
    day1 = int(text[first:gap])
    if not 1 <= day - day1 <= MAX_SPAN:
        return None
    return (first, day1) if _free_before(text, first) else None


def _free_before(text: str, first: int) -> bool:
    """Whether what stands before the first number leaves it free to be a day (see the module's rule)."""
    before = first
    while before > 0 and text[before - 1] in _GAP:
        before -= 1
    if before == 0 or text[before - 1] == "\n":
        return False  # a line that opens with the number: a page's or an item's number ("8 9 maj 2010" on page 8)
    if before == first:
        return False  # glued to what precedes it ("x8 9 maj")
    mark = text[before - 1]
    if mark == ",":
        before -= 1  # "Borås, 21 22 april": the word before the comma decides
    elif mark == ":":
        before -= 1  # "Datum: 8 9 maj"
    elif not mark.isalpha():
        return False  # a year, "(3)", "1/2", "§", "s.", a dash
    end = before
    while before > 0 and (text[before - 1].isalpha()):
        before -= 1
    word = text[before:end]
    return bool(word) and not _NUMBERED.fullmatch(word)
