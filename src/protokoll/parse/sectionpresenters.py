"""Presenters named once for a section of an agenda's items.

A council's agenda groups its items under section headings ("Anmälningsärenden", "Beslutsärenden",
"Motioner") and may name one presenter for a whole section on the line under its heading
("Beslutsärenden" / "Föredragande landstingsråd: Anna Berg (s)" / "6. Budget" / "7. Taxor"). Read item by
item, the section's heading and that line fall at the end of the item before the section: the name is not
that item's presenter but every item's of the section, up to the next section heading.
"""

from __future__ import annotations

import re

from ..record import Item
from .presenterrun import leading_people

#: an agenda's section heading: the kind of items under it, in the plural ("Beslutsärenden", "Motioner")
SECTION_HEADING = re.compile(r"(?:[A-ZÅÄÖ][a-zåäö]*ärenden|Övriga ärenden|Motioner|Nya motioner|Interpellationer|"
                             r"Nya interpellationer|Frågor|Enkla frågor|Remisser|Yttranden|Medborgarförslag|Val)")
#: the presenter line under it: "Föredragande: Anna Berg", "Föredragande landstingsråd: Anna Berg (s)"
SECTION_PRESENTER = re.compile(r"^(?:Föredragande|Föredragare)(?:\s+[a-zåäö\-]+){0,2}\s*:\s*(?P<value>.+)$")
#: the word every ``SECTION_PRESENTER`` line holds (the cheap test before an item's paragraphs are split)
PRESENTER_WORD = "Föredrag"


def place_section_presenters(items: list[Item]) -> None:
    """Give a section's presenter (see the module) to the items of the section that name none of their own,
    and take it from the item before the section, whose text it ended."""
    running: list[str] = []
    for item in items:
        if running and not item.presenters:
            item.presenters = list(running)
        if not running and (not item.text or PRESENTER_WORD not in item.text):
            continue  # no presenter line to start a section's run, and none running to end
        paras = [p.strip() for p in item.text.split("\n\n") if p.strip()] if item.text else []
        heads = [k for k, p in enumerate(paras) if SECTION_HEADING.fullmatch(p)]
        if not heads:
            continue
        running = _section_people(paras[heads[-1] + 1:])
        if running:
            item.presenters = [p for p in item.presenters if p not in running]


def _section_people(after: list[str]) -> list[str]:
    """The people of the one presenter line that closes an item's text after a section heading."""
    if len(after) != 1 or not (m := SECTION_PRESENTER.match(after[0])):
        return []
    return leading_people(m.group("value"))
