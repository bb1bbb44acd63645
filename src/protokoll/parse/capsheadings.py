"""Item headings set in capitals with no number: "MÖTETS ÖPPNANDE" / "BUDGET 2025" / "ÖVRIGA FRÅGOR".

Minutes written in a word processor without numbered lists, and many network and förbund notes, set
each point's title in capitals on its own line, the text under it in ordinary case. A text that gave
no heading to any other rule is read for them: a line of capitals (at least one word of four letters),
short, standing after a blank line, a sentence's end or an agenda's label ("Dagordning"), with a line of
ordinary text under it. The document's own title, its header labels and the labels inside an item ("BESLUT",
"FÖRSLAG TILL BESLUT") are not items, nor is anything before the header's last label. At least :data:`MIN_HEADINGS` must
stand; each is an item with no number (none was printed).
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

MIN_HEADINGS = 2
MAX_TITLE = 90
WORD = re.compile(r"[A-ZÅÄÖÉ]{4,}")
LOWER = re.compile(r"[a-zåäöé]")
#: labels of a document's title, header, items and signatures: written in capitals, never an item
NOT_ITEM = re.compile(
    r"^(?:PROTOKOLL|SAMMANTRÄDESPROTOKOLL|MINNESANTECKNING(?:AR)?|ANTECKNINGAR|KALLELSE|KUNGÖRELSE|DAGORDNING|"
    r"FÖREDRAGNINGSLISTA|ÄRENDELISTA|AGENDA|PLATS|TID|DATUM|SAMMANTRÄDESDATUM|BESLUTANDE|NÄRVARANDE|LEDAMÖTER|"
    r"ERSÄTTARE|ÖVRIGA\s+(?:NÄRVARANDE|DELTAGARE|DELTAGANDE|MEDVERKANDE)|FRÅNVARANDE|JUSTER\w*|SEKRETERARE|"
    r"ORDFÖRANDE|UNDERSKRIFT\w*|ANSLAG|BEVIS|INNEHÅLL|BESLUT\w*|FÖRSLAG|YRKANDE\w*|PROPOSITION\w*|RESERVATION|"
    r"BILAGA|BILAGOR|DNR|PARAGRAF\w*|SIDA|UTDRAG\w*)\b", re.I)
#: a decision label in capitals ("NÄMNDEN BESLUTAR", "FÖRSLAG TILL BESLUT"), a section of items
#: ("INFORMATIONSÄRENDEN") or a page's running head with its date
NOT_ANYWHERE = re.compile(r"\bBESLUT|\bBESLÖT|\bFÖRESL|ÄRENDEN\b|\d{4}-\d{2}-\d{2}|\d{1,2}[.:]\d{2}\b")
#: a header label at a line start: the items come after the last one
HEADER_LABEL = re.compile(r"^(?:Plats|Tid|Datum|Beslutande|Närvarande|Deltagare|Ledamöter|Ersättare|Övriga(?! frågor)|"
                          r"Frånvarande|Justerare|Sekreterare|Ordförande)\b")  # as a header writes them, not in capitals
HEADER_SPAN = 40  #: header labels are looked for in the first lines only
#: an agenda's label standing alone over its points ("Dagordning", "Agenda:"): the line under it may open an item
AGENDA_LABEL = re.compile(r"^(?:Dagordning|Föredragningslista|Ärendelista|Agenda)\s*:?$", re.I)


def capital_headings(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` when the rules before found any; else the headings in capitals, when enough stand."""
    if headings:
        return lines, headings
    start = after_header(lines)
    found = [Heading(i, None, lines[i].text.strip(), "capitals", 1.0)
             for i in range(start, len(lines)) if _heading(lines, i)]
    return lines, found if len(found) >= MIN_HEADINGS else []


def after_header(lines: list[Line]) -> int:
    """The line after the header's last label (0 when there is none)."""
    last = -1
    for i, ln in enumerate(lines[:HEADER_SPAN]):
        if HEADER_LABEL.match(ln.text):
            last = i
    return last + 1


def _heading(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    text = ln.text.strip()
    if ln.blank or ln.bullet or len(text) > MAX_TITLE or LOWER.search(text) or not WORD.search(text) \
            or NOT_ITEM.match(text) or NOT_ANYWHERE.search(text) or text.endswith((",", ":", ";")):
        return False
    before = lines[i - 1] if i else None
    if before is not None and not before.blank and not before.text.endswith((".", "!", "?")) \
            and not AGENDA_LABEL.match(before.text.strip()):
        return False
    nxt = next((x for x in lines[i + 1:i + 3] if not x.blank), None)
    return nxt is not None and bool(LOWER.search(nxt.text)) and not nxt.text.isupper()
