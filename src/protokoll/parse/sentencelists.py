"""A numbered list of sentences inside an item's running text, flattened: "... five areas came out of the dialogue.
1. More structure is needed. 2. How the work is organised. 3. ..." is no agenda.

A flattened line is cut before each rising "N. Title" (:mod:`.inline`). An item's text may itself number its
points ("1.", "1)") as whole sentences, each ending with a full stop, right after a sentence of the running text.
Such a run is not the meeting's agenda when all of these hold: the line before its first point ends a sentence
(prose, not a header's label or value), every point is one sentence of three words or more ending with a full
stop and with no capitalised word after its first (a title run on into its item's text has one where the text
starts), and no text stands between one point and the next (an item of the meeting has its own text under it).
A protocol's "§ 4" numbers its paragraphs, even where each is one sentence: those are never such a list. The
flattened lines are cut but no heading is read from the cut; points found line by line (so cut, or a copy whose
breaks were restored) are dropped when they are all the headings found.
"""

from __future__ import annotations

import re

from .headings import Heading
from .inline import split_inline
from .lines import Line

#: one sentence: a capitalised first word, then words in lower case (or numbers), ending with a full stop
SENTENCE = re.compile(r"^[A-ZÅÄÖ][a-zåäöé]+(?:[ ,-]+(?:[a-zåäöé][\wåäöé-]*|\d[\d,.%-]*))+\.$")
#: prose before the list: a word in lower case and a full stop
PROSE_END = re.compile(r"[a-zåäöé]{3,}\.$")
MIN_POINTS = 3
#: a list's number: "1." or "1)" at the line's start (a protocol's "§ 4" numbers paragraphs, one sentence each or not)
LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s")


def split_unless_sentences(lines: list[Line]) -> tuple[list[Line], dict[int, tuple[str, str]]]:
    """:func:`.inline.split_inline`'s lines and headings, unless the headings are a list of sentences inside
    running text; then the lines as cut and no heading."""
    cut, marks = split_inline(lines)
    if marks and sentence_list(cut, [(i, title) for i, (_, title) in marks.items()]):
        return cut, {}  # the points stand on lines of their own, where :func:`without_sentence_list` drops them
    return cut, marks


def without_sentence_list(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` found line by line, or none when all of them are a list of sentences inside running text."""
    if headings and sentence_list(lines, [(h.index, h.title) for h in headings]):
        return []
    return headings


def sentence_list(lines: list[Line], points: list[tuple[int, str]]) -> bool:
    """The numbered points (line index, title) are sentences listed inside running text, not items."""
    if len(points) < MIN_POINTS or not all(title.rstrip().endswith(".") for _, title in points):
        return False  # the cheap test first: SENTENCE ends with a full stop
    points = sorted(points)
    if not all(len(title.split()) >= 3 and SENTENCE.match(title.strip()) and LIST_NUMBER.match(lines[i].text)
               for i, title in points):
        return False
    if any(not ln.blank for (a, _), (b, _) in zip(points, points[1:]) for ln in lines[a + 1:b]):
        return False  # text between two points: the points have bodies
    before = next((ln.text.strip() for ln in reversed(lines[:points[0][0]]) if not ln.blank), "")
    return bool(PROSE_END.search(before))
