"""A title whose number was lost, run on after the title before it on a numbered line of its own.

A copy that strips some digits leaves "6. Ungdomsrådet kl Trygga skolvägar" on one line and "8. Nya
lokaler för fritidsgården" on the next: item 7's number went, and its title joined item 6's line. Where two numbered headings leave
exactly one number out and the first one's line has exactly one place where a title starts (the same test the
flattened-line reader uses, :func:`.inline._title_starts`), the line is cut there and the piece after the cut is
the missing item, numbered between them. Otherwise nothing changes (abstain).

The lost title may instead stand on a line of its own between the two headings ("2. Budget" / "Taxor för
hamnen" / "4. Motioner"): that line is the missing item when it is the only text between them and the list
writes nothing else between its headings (no description or note under any item whose number follows on:
the lines there are blank or a page's running head), so a line there can only be a title that lost its number.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Callable

from .headings import Heading
from .inline import TOKEN, cut_lines
from .inlinesigns import SMALL
from .lines import Line
from .titlestarts import PAPERS, _title_starts

MAX_LINE = 120  #: a heading line longer than this runs on into text: no title list
#: a street address or a property at the line's end ("Bygglov Storgatan 5", "Rivningslov Källsviken 1:8"): the
#: title's object, no title of its own (a year is no house number: "Delårsrapport 2025" may be a title)
ADDRESS = re.compile(r"[A-ZÅÄÖ][\wåäö-]*(?:\s+[A-ZÅÄÖa-zåäö][\wåäö-]*)?\s+(?!(?:19|20)\d\d\b)\d{1,4}(?::\d{1,4})?[A-Za-z]?\s*$")


def gap_titles(lines: list[Line], headings: list[Heading], find_headings: Callable[[list[Line]], list[Heading]]
               ) -> tuple[list[Line], list[Heading]]:
    """The lines cut where one numbered heading's line carries the next, numberless title, and the headings
    with that title added (the others read again by ``find_headings``, the caller's); both unchanged where
    no such line is found."""
    cuts = []
    for a, b in zip(headings, headings[1:]):
        if a.style != "num" or b.style != "num" or not (a.number or "").isdigit() or not (b.number or "").isdigit() \
                or int(b.number) - int(a.number) != 2 or b.index <= a.index:
            continue
        text = lines[a.index].text
        if len(text) > MAX_LINE or not (m := TOKEN.match(text)) or _written_between(lines, a, b):
            continue
        if len(starts := _title_starts(text, m.end(), len(text), 1)) == 1 and not ADDRESS.match(text, starts[0]):
            cuts.append((a.index, starts[0], int(a.number) + 1))
        elif (lone := _lone_line(lines, a, b)) is not None and _bare_between(lines, headings):
            cuts.append((lone, 0, int(a.number) + 1))
    if not cuts:
        return lines, headings
    cut, heads = cut_lines(lines, cuts)
    found = find_headings(cut)
    added = [Heading(i, str(c[2]), _first_sentence(cut[i].text) if c[1] == 0 else cut[i].text, "num", 1.0)
             for i, c in heads.items()]
    if len(found) != len(headings):  # the cut lines read otherwise: keep what was read before
        return lines, headings
    return cut, sorted(found + added, key=lambda h: h.index)


def _written_between(lines: list[Line], a: Heading, b: Heading) -> bool:
    """Whether a line between the two headings opens with the missing number ("11 Arbetsordning ...", read as no
    heading for another reason): the item is there, not lost."""
    missing = str(int(a.number) + 1)
    return any(ln.text.lstrip("§ ").split(" ", 1)[0].rstrip(".)") == missing for ln in lines[a.index + 1:b.index])


#: a title standing alone: a capitalised word and a lower-case one, no label's colon in its first words
LONE_TITLE = re.compile(r"[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö][^:]{3,}")
#: a page's running head or foot between items: a page mark ("2 (2)", "Sida 2") or a word in capitals
PAGE_LINE = re.compile(r"\d\s*\(\d{1,3}\)|\bSida\s+\d|\b[A-ZÅÄÖ]{4,}\b")


def _first_sentence(text: str) -> str:
    """A lone line's title without the note after it ("Taxor för hamnen. Omedelbar justering")."""
    return m.group(1) if (m := SENTENCE_END.match(text)) else text


#: a title's end before a note: a lower-case word, a full stop, a capitalised word
SENTENCE_END = re.compile(r"(.+?[a-zåäö]{3})\.\s+(?=[A-ZÅÄÖ])")


def _lone_line(lines: list[Line], a: Heading, b: Heading) -> int | None:
    """The index of the one line between headings ``a`` and ``b`` that reads as a title (besides blank lines
    and a page's running head), or None."""
    found = [i for i in range(a.index + 1, b.index) if lines[i].text.strip() and not PAGE_LINE.search(lines[i].text)]
    if len(found) == 1 and len(text := lines[found[0]].text.strip()) <= MAX_LINE and LONE_TITLE.match(text) \
            and not PAPERS.match(text) and text.split(" ", 1)[0].casefold() not in SMALL and " att " not in text:
        return found[0]  # a note under an item ("Från ordföranden föreslås att ...") is a sentence, no title
    return None


def _bare_between(lines: list[Line], headings: list[Heading]) -> bool:
    """Whether the list writes nothing between its headings whose numbers follow on (two such pairs at least,
    every line between them blank or a page's running head)."""
    pairs = [(a, b) for a, b in pairwise(headings) if a.style == b.style == "num"
             and (a.number or "").isdigit() and (b.number or "").isdigit() and int(b.number) == int(a.number) + 1]
    return len(pairs) >= 2 and all(not ln.text.strip() or PAGE_LINE.search(ln.text)
                                   for a, b in pairs for ln in lines[a.index + 1:b.index])
