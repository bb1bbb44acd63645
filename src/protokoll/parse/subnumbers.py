"""Items numbered with a letter after an item of the same number: "23 Revidering av ..." / "23 A Inriktning
på ...", "9 a Månadsrapport" before "9 Ansökan ...". An agenda adds an item late this way without
renumbering the list, so the lettered one is an item of its own, numbered as printed ("23 A").

The letter alone is no sign: a table's letter column ("6 A Title", "7 B Title") puts one before every
number. So a lettered line is read as its own item only where an item with the same number and no letter
stands next to it (the item before or after it), and only as a paragraph of its own, or as one of a run of
lettered sub-points under it that the extraction or the writer packed without blank lines ("3. Ekonomi" /
"3 a) Bokslut" / "3 b) Budget": two or more, lettered a, b, c, ... in order, each carrying the item's number).

An agenda also splits one point into lettered parts with no plain item of that number at all: "2 Ekonomi",
"3 a Budget", "3 b Lokaler", "4 Övriga frågor" -- the writer numbers the parts of a point that became two
ärenden, or an item added late between two others, as N a, N b. Such a run is read as items where it fills
the gap of the numbering exactly: lettered a, b, ... in order from a (two or more), each a paragraph of its
own, all with the number after the item before it, and the item after it (if any) numbered one higher. A
table's letter column ("6 A", "7 B") never does so, since its numbers differ line by line.
"""

from __future__ import annotations

import re

from .headings import Heading
from .letterpoints import letter_points
from .lines import Line

#: "23 A Title", "9 a Title", "5b) Title", "17 A. Title"
LETTERED = re.compile(r"^(\d{1,3})\s?([A-Za-z])(?:\)|\.)?\s+([\"”“«]?[A-ZÅÄÖÉ][a-zåäöé].*)$")
PLAIN = re.compile(r"^(\d{1,3})\s*[.):]?\s+[\"”“«]?[A-ZÅÄÖÉ][a-zåäöé]")


def lettered_items(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` with the lettered items beside an item of the same number added (or, where the
    heading read is itself the lettered line, renumbered), then the points lettered without a number
    ("a) Title" under "4. Information", :mod:`letterpoints`)."""
    return letter_points(lines, _numbered_letters(lines, headings))


def _numbered_letters(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    if not headings or not any(h.number for h in headings) \
            or not any(ln.text[:1].isdigit() and LETTERED.match(ln.text) for ln in lines):
        return headings
    main = [_relettered(lines, headings, k) for k in range(len(headings))]
    out = list(main)
    taken = {h.index for h in out}
    for k, h in enumerate(main):
        stop = main[k + 1].index if k + 1 < len(main) else len(lines)
        gap = _gap_run(lines, h, main[k + 1] if k + 1 < len(main) else None, stop)
        for i, m in gap:
            out.append(Heading(i, f"{m.group(1)} {m.group(2)}", _stopless(m.group(3)), h.style, 1.0))
            taken.add(i)
        run = _lettered_run(lines, h, stop)
        for i in range(h.index + 1, stop):
            if i in taken or not lines[i].text[:1].isdigit() or not (_paragraph(lines, i) or i in run):
                continue
            m = LETTERED.match(lines[i].text)
            nxt = main[k + 1] if k + 1 < len(main) else None
            if m and (m.group(1) == h.number or nxt is not None and m.group(1) == nxt.number):
                out.append(Heading(i, f"{m.group(1)} {m.group(2)}", _stopless(m.group(3)), h.style, 1.0))
                taken.add(i)
            elif m is None and _bare_twin(lines[i].text, h, lines):
                out.append(Heading(i, h.number.split()[0], _stopless(lines[i].text.split(None, 1)[1]), h.style, 1.0))
                taken.add(i)
    return sorted(out, key=lambda h: h.index)


def _lettered_run(lines: list[Line], h: Heading, stop: int) -> set[int]:
    """The lines under heading ``h`` (before ``stop``) lettered as its sub-points a, b, c, ... in order, two or
    more; empty when they are fewer, out of order or carry another number."""
    if not h.number or not h.number.isdigit():
        return set()
    found = [(i, m.group(2)) for i in range(h.index + 1, stop)
             if lines[i].text[:1].isdigit() and (m := LETTERED.match(lines[i].text)) and m.group(1) == h.number]
    letters = "".join(c for _, c in found)
    if len(found) < 2 or letters.lower() != "abcdefghijklmnopqrstuvwxyz"[:len(found)]:
        return set()
    return {i for i, _ in found}


def _gap_run(lines: list[Line], h: Heading, nxt: Heading | None, stop: int) -> list[tuple[int, re.Match]]:
    """The lettered paragraphs between heading ``h`` and ``nxt`` that fill the numbering's gap: "3 a", "3 b"
    after item 2 and before item 4 (or the end), lettered from a in order, two or more; else none."""
    if not h.number or not h.number.isdigit() or nxt is not None and not (nxt.number or "").isdigit():
        return []
    number = str(int(h.number) + 1)
    if nxt is not None and nxt.number != str(int(number) + 1):
        return []
    found = [(i, m) for i in range(h.index + 1, stop)
             if lines[i].text[:1].isdigit() and _paragraph(lines, i) and (m := LETTERED.match(lines[i].text))]
    letters = "".join(m.group(2) for _, m in found)
    if len(found) < 2 or any(m.group(1) != number for _, m in found) \
            or letters.lower() != "abcdefghijklmnopqrstuvwxyz"[:len(found)]:
        return []
    return found


def _relettered(lines: list[Line], headings: list[Heading], k: int) -> Heading:
    """A heading read from a lettered line ("17 A Title" taken as 17) whose number's plain item follows
    it before the next heading: it is "17 A"."""
    h = headings[k]
    m = LETTERED.match(lines[h.index].text)
    if not m or m.group(1) != h.number:
        return h
    stop = headings[k + 1].index if k + 1 < len(headings) else len(lines)
    if not any(_paragraph(lines, i) and _plain_number(lines[i].text) == h.number for i in range(h.index + 1, stop)):
        return h
    return Heading(h.index, f"{m.group(1)} {m.group(2)}", h.title, h.style, h.score)


def _bare_twin(text: str, h: Heading, lines: list[Line]) -> bool:
    """The plain "17 Title" after a heading read from "17 A Title" (renumbered by :func:`_relettered`)."""
    return bool(LETTERED.match(lines[h.index].text)) and " " in h.number and _plain_number(text) == h.number.split()[0]


def _stopless(title: str) -> str:
    title = title.strip()
    return title[:-1] if title.endswith(".") and not title.endswith("..") else title


def _plain_number(text: str) -> str | None:
    if LETTERED.match(text):
        return None
    m = PLAIN.match(text)
    return m.group(1) if m else None


def _paragraph(lines: list[Line], i: int) -> bool:
    return i == 0 or lines[i - 1].blank
