"""An item's title written above its number: "Budget 2025" / "§ 45" / "Dnr 2024/12" / "Beslut".

Many protocols set the item's title as a bold line and put the paragraph number (and case number)
on the line under it, or in a right-hand column that a text copy moves under the title. The number
line then stands alone, and what follows it is the item's own labels ("Dnr", "Beslut", "Förslag
till beslut", "Ärendebeskrivning"), not a title. A heading with no title whose next line is such a
label takes the line right above it as its title when that line stands as a title does: after a
blank line or a sentence's end (or the item before it), short, capitalised, no sentence's end, no label of its own.
The heading then starts at the title line, and the number line is left blank (it was the number).
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

MAX_TITLE = 110
#: what opens an item's body under its heading: no title, so the title was above the number
BODY_LABEL = re.compile(r"^(?:Dnr\b|DNR\b|Diarienr|Diarienummer|Beslut\b|Beslutet\b|Förslag till beslut|Beslutsförslag|"
                        r"Ärendebeskrivning|Beskrivning av ärendet|Sammanfattning|Bakgrund|Ärendet\b|Föredragande|"
                        r"Beslutsunderlag|Handlingar\b|[A-ZÅÄÖ][\wåäö\-]+s\s+(?:beslut|förslag)\b)", re.I)
#: a header or signature label, or a label of an item's body, is no title
NOT_TITLE = re.compile(r"^(?:Plats|Tid|Datum|Sammanträdesdatum|Beslutande|Närvarande|Ersättare|Övriga|Justera|"
                       r"Sekreterare|Ordförande|Vid protokollet|Underskrift|Paragrafer|Frånvarande|Ledamöter|"
                       r"Utdragsbestyrkande|Sida\b|Protokoll\b|Sammanträdesprotokoll)", re.I)
#: a heading's "title" that is only its case number ("§ 45 Dnr 2024/12"): the title is elsewhere
DNR_ONLY = re.compile(r"^\(?(?:Dnr|DNR|Diarienr|Diarienummer)[.:]?\s*[A-ZÅÄÖ]{0,6}[\s.-]?[\d][\w./:-]*\)?$")
TITLE_START = re.compile(r"[\"”“«A-ZÅÄÖÉ]")


def titles_above(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """The headings, each bare number whose title stands above it moved up to that title."""
    if not any((not h.title or DNR_ONLY.match(h.title)) and h.number for h in headings):
        return lines, headings
    taken = {h.index for h in headings}
    out: list[Heading] = []
    blanked: set[int] = set()
    for h in headings:
        above = _title_above(lines, h, out[-1].index if out else -1, taken)
        if above is None:
            out.append(h)
            continue
        out.append(Heading(above, h.number, lines[above].text.strip(), h.style, h.score))
        blanked.add(h.index)
    if not blanked:
        return lines, headings
    return [Line("", ln.start) if i in blanked else ln for i, ln in enumerate(lines)], out


def _title_above(lines: list[Line], h: Heading, previous: int, taken: set[int]) -> int | None:
    """The index of the title line above a bare numbered heading, or None."""
    if h.title and not DNR_ONLY.match(h.title) or not h.number or h.index < 1 or h.style not in ("para", "punkt", "num"):
        return None
    k = h.index - 1
    nxt = next((ln for ln in lines[h.index + 1:h.index + 4] if not ln.blank), None)
    if k <= previous or k in taken or nxt is None or not BODY_LABEL.match(nxt.text):
        return None
    ln = lines[k]
    text = ln.text.strip()
    if ln.blank or ln.bullet or len(text) > MAX_TITLE or text.endswith((".", ",", ":", ";")) \
            or not TITLE_START.match(text) or NOT_TITLE.match(text) or BODY_LABEL.match(text) \
            or re.match(r"^[\wåäöÅÄÖ ]{2,25}:", text) or re.match(r"^\S*\d", text):
        return None
    before = lines[k - 1] if k else None  # a blank line, the item before it, or the end of its last sentence
    return k if before is None or before.blank or k - 1 == previous or before.text.endswith((".", "!", "?")) else None
