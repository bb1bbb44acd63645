"""Item headings set in capitals with no number: "MÖTETS ÖPPNANDE" / "BUDGET 2025" / "ÖVRIGA FRÅGOR".

Minutes written in a word processor without numbered lists, and many network and förbund notes, set
each point's title in capitals on its own line, the text under it in ordinary case. A text that gave
no heading to any other rule is read for them: a line of capitals (at least one word of four letters),
short, standing after a blank line, a sentence's end or an agenda's label ("Dagordning"), with a line of
ordinary text under it. The document's own title, its header labels and the labels inside an item ("BESLUT",
"FÖRSLAG TILL BESLUT") are not items, nor is anything before the header's last label. At least :data:`MIN_HEADINGS` must
stand; each is an item with no number (none was printed).

Where a copy lost the line break after such a title (web extraction joins a short line to the paragraph under
it: "VAL AV JUSTERARE Eva Ek utses att justera."), the title is the run of capitals that opens the line, the
text its item's first sentence: the same title rules hold for the run, the line must open after a blank line or
a sentence's end, and the text after it must open with a capitalised word in ordinary case and run three words
or more. A run of capitals repeated on two lines or more is a page's running head, never an item.
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


#: a run of words in capitals (digits and joiners allowed) opening a line, then a word in ordinary case:
#: a title in capitals whose line break was lost
RUN_ON = re.compile(r"^((?:[A-ZÅÄÖÉ0-9][A-ZÅÄÖÉ0-9/&-]*,?\s+){0,9}?[A-ZÅÄÖÉ0-9][A-ZÅÄÖÉ0-9/&-]*)\s+"
                    r"(?=[A-ZÅÄÖÉ][a-zåäöé]+(?:\s+\S+){2})")


def capital_headings(lines: list[Line], headings: list[Heading]) -> tuple[list[Line], list[Heading]]:
    """``headings`` when the rules before found any; else the headings in capitals, when enough stand (a
    title run on into its text split from it first)."""
    if headings:
        return lines, headings
    start = after_header(lines)
    found = [Heading(i, None, lines[i].text.strip(), "capitals", 1.0)
             for i in range(start, len(lines)) if _heading(lines, i)]
    if len(found) >= MIN_HEADINGS:
        return lines, found
    return _run_on_headings(lines, start)


def _run_on_headings(lines: list[Line], start: int) -> tuple[list[Line], list[Heading]]:
    """The lines with each title in capitals run on into its text split from it, and those titles (with the
    titles on lines of their own), when enough stand and no run repeats; else ``lines`` and no heading."""
    runs = {i: m for i in range(start, len(lines)) if (m := _run_on(lines, i))}
    titles = [m.group(1) for m in runs.values()]
    if not runs or len(runs) != len(set(titles)):
        return lines, []
    out: list[Line] = []
    found: list[Heading] = []
    for i, ln in enumerate(lines):
        m = runs.get(i)
        if m is None:
            if i >= start and _heading(lines, i):
                found.append(Heading(len(out), None, ln.text.strip(), "capitals", 1.0))
            out.append(ln)
            continue
        found.append(Heading(len(out), None, m.group(1), "capitals", 1.0))
        out += [Line(m.group(1), ln.start, ln.bullet), Line(ln.text[m.end():], ln.start + m.end())]
    return (out, found) if len(found) >= MIN_HEADINGS else (lines, [])


def _run_on(lines: list[Line], i: int) -> re.Match | None:
    """The run of capitals opening line ``i`` as a title run on into its text, or None."""
    ln = lines[i]
    if ln.blank or ln.bullet or not ln.text[:1].isupper() or not ln.text[1:2].isupper() and ln.text[1:2] != " ":
        return None
    m = RUN_ON.match(ln.text)
    if m is None or len(m.group(1)) > MAX_TITLE or not WORD.search(m.group(1)) or NOT_ITEM.match(m.group(1)) \
            or NOT_ANYWHERE.search(m.group(1)):
        return None
    before = lines[i - 1] if i else None
    if before is not None and not before.blank and not before.text.endswith((".", "!", "?")) \
            and not AGENDA_LABEL.match(before.text.strip()):
        return None
    return m


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
