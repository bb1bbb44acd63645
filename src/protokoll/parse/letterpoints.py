"""Sub-points lettered without their item's number: "4. Information" / "a) Vinterväghållning" / "Eva Nord,
gatuchef" / "b) Ny avfallsplan" / "Tom Vik, avfallsstrateg". Agendas and kallelser list what an information item
holds this way, often with who presents each point on the line under it; each point is an item of its own
("4 a", "4 b"), as :mod:`subnumbers` reads the points that carry their number ("4 a) Title").

Its own module because subnumbers reads the numbered form, and a lettered list is also how decisions and
sentences enumerate ("a) Anna Berg har i skrivelse avsagt sig ... (RV1234).", "a) att anta planen,"). The evidence
kept to: two or more points under one numbered heading, lettered a, b, c, ... in order from a, each at a line's
start with a short capitalised title that is no sentence (no full stop, comma or semicolon at its end, no
"att"), at most two lines between two points, none of them a sentence. A point "d)" alone on its line takes
the title on the next line. The first point may carry the number the list is missing ("14 Title" /
"15 a) Title" / "b) Title" / "16 Title": the points are "15 a", "15 b").
"""

from __future__ import annotations

import re
from itertools import pairwise

from .headings import Heading
from .lines import Line
from .subpoints import numbered_spans

#: "a) Title", "b) Title"; the first point may carry its item's number: "15 a) Title"
POINT = re.compile(r"^(?:(\d{1,3})\s?)?([a-h])\)\s+([\"”“«]?[A-ZÅÄÖÉ][a-zåäöé].*)$")
#: a point's letter alone on its line, its title on the next one
BARE = re.compile(r"^([a-h])\)$")
LETTERS = "abcdefgh"
MAX_WORDS = 14
MAX_BETWEEN = 2


def letter_points(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """``headings`` with the lettered points under a numbered heading added as headings "N a", "N b", ..."""
    if not headings or not any(_may_point(ln.text) for ln in lines):
        return headings
    out = list(headings)
    for h, stop, following in numbered_spans(headings, len(lines)):
        out += _points(lines, h, stop, following)
    return sorted(out, key=lambda h: h.index)


def _may_point(text: str) -> bool:
    """The cheap gate: a letter and ")" at the line's start, or after its number."""
    head = text.lstrip("0123456789 ")[:2]
    return len(head) == 2 and head[1] == ")" and head[0] in LETTERS


def _points(lines: list[Line], h: Heading, stop: int, following: str | None) -> list[Heading]:
    """The points lettered a, b, ... under heading ``h`` (before ``stop``); empty where they are not a list."""
    found: list[tuple[int, str, str, str | None]] = []  # (title line, letter, title, number carried)
    for i in range(h.index + 1, stop):
        text = lines[i].text
        if not _may_point(text):
            continue
        if (m := POINT.match(text)) is not None:
            found.append((i, m.group(2), m.group(3).strip(), m.group(1)))
        elif (b := BARE.match(text)) and i + 1 < stop and (nxt := lines[i + 1].text) and nxt[:1].isupper():
            found.append((i + 1, b.group(1), nxt.strip(), None))
    if len(found) < 2 or "".join(f[1] for f in found) != LETTERS[:len(found)]:
        return []
    number = _number(h, found, following)
    if number is None or not all(_title_like(t) for _, _, t, _ in found) \
            or not _close(lines, [i for i, *_ in found], stop):
        return []
    return [Heading(i, f"{number} {letter}", title, h.style, 1.0) for i, letter, title, _ in found]


def _number(h: Heading, found: list[tuple[int, str, str, str | None]], following: str | None) -> str | None:
    """The points' item number: the heading's, or the missing one the first point carries ("15 a)" after 14,
    the next heading not 15); no other point may carry a number."""
    carried = found[0][3]
    if any(f[3] for f in found[1:]):
        return None
    if carried is None or carried == h.number:
        return h.number
    return carried if int(carried) == int(h.number) + 1 and following != carried else None


def _title_like(title: str) -> bool:
    words = title.split()
    return len(words) <= MAX_WORDS and title[-1] not in ".,;:" and words[0].lower() != "att"


def _close(lines: list[Line], at: list[int], stop: int) -> bool:
    """At most two lines between two points, none of them a sentence."""
    for a, b in pairwise(at):
        between = [ln.text for ln in lines[a + 1:b] if ln.text and not BARE.match(ln.text)]
        if len(between) > MAX_BETWEEN or any(t.endswith(".") for t in between):
            return False
    return True
