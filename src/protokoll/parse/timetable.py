"""Items of a timetable: a programme whose points have times, not numbers.

A kallelse or the programme of a network meeting often lists its points as
"09.00–09.30 Inledning och välkommen" / "Anna Berg, Region X", one per row,
with no numbers. When the text gives no numbered heading and at least
:data:`MIN_ROWS` rows start with a time and go on with a capitalised title
(or a time stands alone and the title is the next line), each such row is an
item (number null). Breaks and registration ("Paus", "Lunch", "Kaffe",
"Incheckning") are slots of the day, not items.
"""

from __future__ import annotations

import re

from .headings import Heading
from .lines import Line

#: a programme's time slot, a clock time or a span of two: "13.30", "09:15-10.00", "13.30 – 14.00"
SLOT_TIME = r"\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?"
SLOT = re.compile(rf"^(?:kl\.?\s*)?{SLOT_TIME}\s*[-–:]?\s*")
BREAK = re.compile(r"^(?:paus|lunch|lunchpaus|kaffe|kaffepaus|fika|förmiddagskaffe|eftermiddagskaffe|bensträckare|"
                   r"incheckning|registrering|middag|avresa|ankomst|kaffe och smörgås)\b", re.I)
#: a row's last sentence that names its speaker: "10.15 Regionen växer. Anna Berg från Norrby universitet."
SPEAKER_LAST = re.compile(r"\S[.”\"]\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][\wåäöé\-]+"
                          r"(?:,\s+[A-ZÅÄÖ][^.]*|\s+(?:från|vid|på)\s+[A-ZÅÄÖ][^.]*)?\.$")
MIN_ROWS = 3
MAX_TITLE = 120


def timetable_rows(lines: list[Line]) -> list[Heading]:
    """The timetable's items, or [] when the text has fewer than :data:`MIN_ROWS` timed rows."""
    rows: list[Heading] = []
    slots = 0
    for i, ln in enumerate(lines):
        m = SLOT.match(ln.text)
        if not m or ln.blank:
            continue
        rest = ln.text[m.end():].strip()
        at = i
        if not rest:  # the time in a cell of its own: the title is the next line
            nxt = next((k for k in range(i + 1, min(len(lines), i + 3)) if not lines[k].blank), None)
            if nxt is None or SLOT.match(lines[nxt].text):
                continue
            rest, at = lines[nxt].text, nxt
        if not re.match(r"[\"”“«A-ZÅÄÖÉ]", rest) or len(rest) > MAX_TITLE or rest.endswith(".") \
                and not SPEAKER_LAST.search(rest):  # a sentence, unless the last names the row's speaker
            continue
        slots += 1
        if not BREAK.match(rest):
            rows.append(Heading(at, None, rest if at != i else rest, "programme", 1.0))
    if slots < MIN_ROWS:
        return []
    return rows


#: "§ Val av justerare": a paragraph heading whose number a copy stripped (document-sharing sites drop digits)
STRIPPED = re.compile(r"^§\s+([\"”“«A-ZÅÄÖÉ][a-zåäöé].{2,})$")


def stripped_paragraphs(lines: list[Line], headings: list[Heading]) -> list[Heading]:
    """The headings with paragraph headings whose number was stripped ("§ Title") added, numberless, when the
    text's headings are paragraphs (or there are none) and at least two such lines stand at line starts."""
    if any(h.style != "para" for h in headings):
        return headings
    taken = {h.index for h in headings}
    found = [Heading(i, None, m.group(1).strip(), "para", 1.0) for i, ln in enumerate(lines)
             if i not in taken and (m := STRIPPED.match(ln.text)) and len(m.group(1)) <= MAX_TITLE]
    if len(found) + len(headings) < 2 or not found:
        return headings
    return sorted(headings + found, key=lambda h: h.index)
