"""An attendance list written under one of the first items, not in the header.

An association's annual meeting or board meeting often has no header block: the minutes open with "1. Mötets
öppnande" and the roll is taken as a point of the agenda ("3. Justering av röstlängd ... Närvarande med
rösträtt: ... Övriga närvarande: ..."). When the header gave no attendance list, the texts of the first few
items are read for one: only a line that opens with an attendance label starts it, and only the attendance
fields found there are kept (a name elsewhere in an item's text is no attendee).
"""

from __future__ import annotations

import re

from .header import Field, read_fields
from .items import Heading
from .lines import Line
from .segment import split_labels

#: the first items, where the formalities of a meeting (its opening, the roll, its officers) are written
FIRST = 5
#: a line that opens an attendance list
LABEL = re.compile(r"^(?:Närvarande|Närvaro|Övriga\s+närvarande|Deltagare|Närvarolista)\b[^:\n]{0,40}:", re.I)


def attendance_in_items(lines: list[Line], headings: list[Heading], fields: list[Field]) -> list[Field]:
    """The attendance fields of the first items' texts, when the header gave none (see the module)."""
    if any(f.kind.startswith("attendees") and f.value for f in fields):
        return []
    items = [h for h in headings if h.style != "contents"]
    out: list[Field] = []
    for k, h in enumerate(items[:FIRST]):
        stop = items[k + 1].index if k + 1 < len(items) else len(lines)
        body = lines[h.index + 1:stop]
        if not any(LABEL.match(ln.text) for ln in body):
            continue
        out += [f for f in read_fields(split_labels(body)) if f.kind.startswith("attendees") and f.value]
    return out
