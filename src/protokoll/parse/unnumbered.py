"""Item headings whose numbers were lost: a title line standing as a heading, with the item's own labels under it.

A copy that drops list numbers ("1. Föregående protokoll" becomes "Föregående protokoll") or minutes
written without numbers leave no numbered heading to find. Such a text still sets each item as a
heading does: a short capitalised line after a blank line (or at the start), without a sentence's
end, followed within two lines by a label that opens an item's body ("Beslut:", "Föredragande:",
"Förslag till beslut", "Bilaga 2", "Dnr") as its next line (or the one after a line written right under
the title). When at least :data:`MIN_HEADINGS` such lines stand in a
text that has no numbered heading, each is an item with no number (the number was not printed).
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

MIN_HEADINGS = 2
MAX_TITLE = 90
#: the labels an item's body opens with, at a line start
CUE = re.compile(r"^(?:Beslut\s*:|Beslut$|Beslutet?\s|Föredragande\b|Förslag till beslut\b|Beslutsförslag\b|"
                 r"Bilaga\s+\d|Dnr\b|Diarienummer\b|Diarienr\b|Ärendebeskrivning\b|Beskrivning av ärendet\b)", re.I)
#: a header or signature label is no item's title
NOT_TITLE = re.compile(r"^(?:Plats|Tid|Datum|Beslutande|Närvarande|Ersättare|Övriga|Justera|Sekreterare|"
                       r"Ordförande|Vid protokollet|Underskrift|Paragrafer|Frånvarande|Ledamöter)\b", re.I)


def unnumbered_headings(lines: list[Line]) -> list[Heading]:
    """The item headings of a text with no numbered heading, or [] when fewer than two stand. Once two stand,
    a point set the same way without a label under it ("Övriga frågor" / "Inga övriga frågor fanns.") after
    the first is one too, as :mod:`.plainheadings` reads a title line with its sentence under it."""
    found = [Heading(i, None, lines[i].text.strip(), "plain", 1.0) for i in range(len(lines)) if _title(lines, i)]
    if len(found) < MIN_HEADINGS:
        return []
    from .names import is_person
    from .plainheadings import plain_title

    at = {h.index for h in found}
    more = [Heading(i, None, lines[i].text.strip(), "plain", 1.0) for i in range(found[0].index + 1, len(lines))
            if i not in at and plain_title(lines, i) and not NOT_TITLE.match(lines[i].text.strip())
            and not is_person(lines[i].text)]
    return sorted(found + more, key=lambda h: h.index)


def _title(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    text = ln.text.strip()
    if ln.blank or ln.bullet or not text or len(text) > MAX_TITLE or text.endswith((".", ",", ":", ";")) \
            or not re.match(r"[\"”“«A-ZÅÄÖÉ]", text) or CUE.match(text) or NOT_TITLE.match(text) \
            or re.match(r"^[\wåäöÅÄÖ ]{2,25}:", text) or (i and not lines[i - 1].blank):
        return False
    nxt = [k for k in range(i + 1, min(len(lines), i + 6)) if not lines[k].blank][:2]
    if nxt and CUE.match(lines[nxt[0]].text):  # the label right under it (blank lines between allowed)
        return True
    # or under a second line of the title or a case number written right under it
    return len(nxt) == 2 and nxt[0] == i + 1 and bool(CUE.match(lines[nxt[1]].text))
