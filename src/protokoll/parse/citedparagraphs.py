"""A committee's earlier paragraph cited under an item's own heading: a reference, not an item.

A protocol that takes up a case its working committee prepared writes the committee's paragraph on a line
of its own just under the item's heading: "§ 41" / "Ny taxa för bygglov" / "Au § 57" / "Dnr ...". Read as
a heading of its own, the cited line outranks the item's (its next line is a case number, which scores) and
the item takes the committee's number and the line after it as its title. A body's short name and a
paragraph sign directly under another paragraph heading (at most its title and a case number between) cite
that paragraph; a document that heads its items that way has no other paragraph heading just above them.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

#: a body's short name before the paragraph sign, the line nothing but the cited paragraph (and a date):
#: "Au § 57", "KSAU § 12", "Ksau §57 2024-03-02"
CITED = re.compile(r"^[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,5}(?:\s?[A-ZÅÄÖ]{1,4})?\s*§\s*\d{1,4}(?:\s+\d{4}-\d{2}-\d{2})?$")


def without_cited(cands: list[Heading], lines: list[Line]) -> list[Heading]:
    """``cands`` without the cited paragraphs just under a paragraph heading; the same list when there is none."""
    drop = {h.index for k, h in enumerate(cands) if k and h.style == "para" and _cites(cands[k - 1], h, lines)}
    return [h for h in cands if h.index not in drop] if drop else cands


def _cites(above: Heading, h: Heading, lines: list[Line]) -> bool:
    if above.style != "para" or not CITED.match(lines[h.index].text) or not above.number or not h.number:
        return False
    if lines[above.index].text.split("§")[0].strip() == lines[h.index].text.split("§")[0].strip():
        return False  # the same body's label on both: two headings of one kind
    between = [ln.text for ln in lines[above.index + 1:h.index] if not ln.blank]
    return len(between) <= 2 and not any(t.rstrip().endswith((".", ":")) for t in between)
