"""The unnumbered items a web agenda lists after its numbered ones.

A council's meeting page lists the formal points numbered ("1. Öppnande" ... "5. Frågor") and the rest of the
agenda as plain paragraphs of one line each, perhaps with a "-" where nothing is reported ("Motioner" / "-" /
"Granskningsrapporter" / "Övrigt"). When the numbered list stands under a list label ("Ärenden",
"Föredragningslista") and nothing but such one-line paragraphs follows the last numbered item's block to the
end of the text, they are the list's last items, without a number; a section heading among them
("Anmälningsärenden" over the points after it) is none, unless a "-" under it says the point has nothing. A name, a label's line ("Justeras:") or a
sentence after the list keeps it as it was (a signature, the item's own text).
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line
from .names import is_person
from .sectionpresenters import SECTION_HEADING

#: the label of the list, alone on its line just before the first item
LIST_LABEL = re.compile(r"^(?:Ärenden|ÄRENDEN|Ärendelista|ÄRENDELISTA|Föredragningslista|FÖREDRAGNINGSLISTA|"
                        r"Dagordning|DAGORDNING)\s*:?$")
PLACEHOLDER = re.compile(r"^[-–—]$")  #: "-": nothing to report under the point above
TITLE = re.compile(r"^[\"”“«]?[A-ZÅÄÖ][a-zåäö]")
MIN_TAIL = 2
MAX_TITLE = 100


def listed_tail(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """The headings with the list's unnumbered last items (see the module) added after them."""
    if len(headings) < 3 or not headings[-1].number or not _labelled(lines, headings[0].index):
        return headings
    k = headings[-1].index + 1
    while k < len(lines) and not lines[k].blank:  # the last numbered item's own lines
        k += 1
    tail: list[Heading] = []
    for j in range(k, len(lines)):
        if lines[j].blank or PLACEHOLDER.match(lines[j].text):
            continue
        if not _alone_title(lines, j):
            return headings
        if SECTION_HEADING.fullmatch(lines[j].text) and _heads_more(lines, j):
            continue
        tail.append(Heading(j, None, lines[j].text, "plain", 1.0))
    return headings + tail if len(tail) >= MIN_TAIL else headings


def _heads_more(lines: list[Line], j: int) -> bool:
    """The next paragraph after line ``j`` is a title, not a "-" (the section's points follow its heading)."""
    nxt = next((ln.text for ln in lines[j + 1:] if not ln.blank), "")
    return bool(nxt) and not PLACEHOLDER.match(nxt)


def _labelled(lines: list[Line], first: int) -> bool:
    """A list label on one of the few lines before the first item."""
    before = [ln for ln in lines[max(0, first - 4):first] if not ln.blank]
    return any(LIST_LABEL.match(ln.text) for ln in before[-2:])


def _alone_title(lines: list[Line], j: int) -> bool:
    """A paragraph of one short line written as a title: no full stop, colon or comma at its end, no label, no
    person's name."""
    text = lines[j].text
    alone = lines[j - 1].blank and (j + 1 == len(lines) or lines[j + 1].blank)
    return alone and len(text) <= MAX_TITLE and bool(TITLE.match(text)) and ":" not in text \
        and not text.endswith((".", ",", ";")) and not is_person(text)
