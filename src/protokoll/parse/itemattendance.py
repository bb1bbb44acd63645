"""An attendance list written under one of the first items, not in the header.

An association's annual meeting or board meeting often has no header block: the minutes open with "1. Mötets
öppnande" and the roll is taken as a point of the agenda ("3. Justering av röstlängd ... Närvarande med
rösträtt: ... Övriga närvarande: ..."). When the header gave no attendance list, the texts of the first few
items are read for one: only a line that opens with an attendance label starts it, and only the attendance
fields found there are kept (a name elsewhere in an item's text is no attendee).
"""

from __future__ import annotations

import re

import dataclasses

from .header import Field, read_fields
from .headerlabels import label_of
from .items import Heading
from .lines import Line
from .segment import split_labels

#: the first items, where the formalities of a meeting (its opening, the roll, its officers) are written
FIRST = 5
#: a line that opens an attendance list
LABEL = re.compile(r"^(?:Närvarande|Närvaro|Beslutande|Övriga\s+närvarande|Deltagare|Närvarolista)\b[^:\n]{0,40}:", re.I)
#: a header's list that only points elsewhere: "Beslutande: Se § 1", "Enligt förteckning", "Se bilaga 1", "se sid 2"
REFERENCE = re.compile(r"^\s*(?:se|enligt|jfr)\b[^;]{0,40}$", re.I)
#: a roll call told as a sentence: "Vid upprop antecknades följande ledamöter och ersättare som närvarande:"
ROLL_CALL = re.compile(r"\b(?:Vid|Efter)\s+(?:upprop(?:et)?|namnupprop(?:et)?)\s+(?:antecknades|noterades|konstaterades|"
                       r"befanns|var)\s+(?:följande\s+|nedanstående\s+)?(?:ledamöter|ledamot)(?:\s+och\s+"
                       r"(?:tjänstgörande\s+)?ersättare)?\s+(?:som\s+)?närvarande\s*:\s*", re.I)
#: a label of an attendance list opening a line, seen anywhere in an item's heading line ("§ 1 Upprop Närvarande
#: ledamöter: Anna Berg ..."): the heading's title ends there and the list begins
INLINE = re.compile(r"\s(?=(?:Närvarande\s+ledamöter|Närvarande|Beslutande|Tjänstgörande\s+ersättare)\s*:)")


def _opens_list(text: str) -> bool:
    """A line that opens an attendance list: a label with a colon, or a label alone on its line ("Närvarande
    ledamöter", "Tjänstgörande ersättare"), as a roll call's table heads its rows."""
    if LABEL.match(text):
        return True
    found = label_of(text.strip(), strict=True) if text[:1].isupper() else None
    return bool(found) and found[1].startswith("attendees") and not found[2]


def _roll_lines(heading: Line, body: list[Line]) -> list[Line]:
    """The item's lines with a roll call told as a sentence written as its list ("Närvarande: ..."), and a list
    run on into the heading's line taken as the body's first line."""
    out = []
    if (m := INLINE.search(heading.text)) is not None:
        out.append(dataclasses.replace(heading, text=heading.text[m.end():], start=heading.start + m.end()))
    for ln in body:
        m = ROLL_CALL.search(ln.text)
        out.append(dataclasses.replace(ln, text="Närvarande: " + ln.text[m.end():]) if m else ln)
    return out


def attendance_in_items(lines: list[Line], headings: list[Heading], fields: list[Field]) -> list[Field]:
    """The attendance fields of the first items' texts, when the header gave none (see the module)."""
    if any(f.kind.startswith("attendees") and f.value and not REFERENCE.match(f.value) for f in fields):
        return []
    items = [h for h in headings if h.style != "contents"]
    out: list[Field] = []
    for k, h in enumerate(items[:FIRST]):
        stop = items[k + 1].index if k + 1 < len(items) else len(lines)
        body = _roll_lines(lines[h.index], lines[h.index + 1:stop])
        if not any(_opens_list(ln.text) for ln in body):
            continue
        out += [f for f in read_fields(split_labels(body)) if f.kind.startswith("attendees") and f.value]
    return out
