"""A title whose number was lost, run on after the title before it on a numbered line of its own.

A copy that strips some digits leaves "6. Ungdomsrådet kl Trygga skolvägar" on one line and "8. Nya
lokaler för fritidsgården" on the next: item 7's number went, and its title joined item 6's line. Where two numbered headings leave
exactly one number out and the first one's line has exactly one place where a title starts (the same test the
flattened-line reader uses, :func:`.inline._title_starts`), the line is cut there and the piece after the cut is
the missing item, numbered between them. Otherwise nothing changes (abstain).
"""

from __future__ import annotations

import re
from typing import Callable

from .headings import Heading
from .inline import TOKEN, _title_starts, cut_lines
from .lines import Line

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
    if not cuts:
        return lines, headings
    cut, heads = cut_lines(lines, cuts)
    found = find_headings(cut)
    added = [Heading(i, str(c[2]), cut[i].text, "num", 1.0) for i, c in heads.items()]
    if len(found) != len(headings):  # the cut lines read otherwise: keep what was read before
        return lines, headings
    return cut, sorted(found + added, key=lambda h: h.index)


def _written_between(lines: list[Line], a: Heading, b: Heading) -> bool:
    """Whether a line between the two headings opens with the missing number ("11 Arbetsordning ...", read as no
    heading for another reason): the item is there, not lost."""
    missing = str(int(a.number) + 1)
    return any(ln.text.lstrip("§ ").split(" ", 1)[0].rstrip(".)") == missing for ln in lines[a.index + 1:b.index])
