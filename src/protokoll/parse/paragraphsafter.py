"""An agenda list that a protocol's paragraphs continue: "1 Ordföranden hälsar välkommen." ... "13 Tjänstgöringsordning
för ersättare." and then "§14 Frågestund", "§15 Inlämnande av motioner" with their decisions.

A municipality's meeting page writes the points whose paragraphs are not yet written as the agenda has them and
the points already recorded as the protocol's paragraphs, numbered on from the list. The item reader picks one
numbering (:func:`.items.find_headings`); the paragraphs after the list were left out and their decisions were
read into the list's last point. Here the paragraphs that go on from the list's last number, after its last line,
one number after the other, are its next items. Kept apart from :mod:`.items` (at the module limit).
"""

from __future__ import annotations

from .headings import Heading


def continued_by_paragraphs(best: list[Heading], paragraphs: list[Heading]) -> list[Heading]:
    """``best`` (a chain numbered "N Title") followed by the "§ N" headings that continue its numbers after it:
    the first one number after the chain's last, each next one number after the one before."""
    if not best or not paragraphs or best[0].style != "num" or not (best[-1].number or "").isdigit():
        return best
    last, at = int(best[-1].number), best[-1].index
    more: list[Heading] = []
    for h in paragraphs:
        if h.index <= at:
            continue
        if not (h.number or "").isdigit() or int(h.number) != last + 1:
            break
        more.append(h)
        last, at = int(h.number), h.index
    return best + more if more else best
