"""What a vote or attendance table leaves in an attendee list when its layout is lost (issue 10).

A protocol's roll call and its record of an open vote (omröstning, votering) are tables: one row per member,
with columns "Närv" (present), "Frånv" (absent), "Ja", "Nej", "Avstår" and a cross ("X") in the column that
applies. Flattened by a web page or a PDF's merged columns, the column heads and the crosses stand between the
names: "Ledamöter Från/ Närv JA NEJ Anna Berg (S) X X Per Holm (M) X X". Neither is ever a name: a run of
column heads and every lone cross are taken out of the list before its names are read. A single letter that
could be an initial ("Ulrika J Tornberg") is never taken out; only the heads' own words are.
"""

from __future__ import annotations

import re

#: the heads of a vote or presence table's columns ("Från/" is "Frånvarande" cut at a line break)
HEAD = r"(?:Från\s*/|Frånv\.?|Närv\.?|JA|Ja|NEJ|Nej|AVSTÅR|Avstår|Avst\.?|Avstod)"
#: a run of column heads: one head word of the vote (Ja, Nej, Avstår) or two heads in a row
HEADS = re.compile(rf"(?<!\S)(?:{HEAD}(?:\s+{HEAD})+|(?:JA|NEJ|AVSTÅR|Avstår))(?!\S)")
#: a cross (tick) standing alone between names
CROSS = re.compile(r"(?<!\S)(?:[Xx✓✔](?:\s+[Xx✓✔])*)(?=[\s,;]|$)")
#: the cheap test: a value holds a cross or a head word
MAYBE = re.compile(r"(?<!\S)(?:[Xx✓✔]|Från\s*/|Frånv|Närv|JA|Ja|NEJ|Nej|AVSTÅR|Avstår|Avst)")


def strip_columns(value: str) -> str:
    """``value`` (an attendee list) without a flattened table's column heads and crosses; unchanged when it has
    neither."""
    if not MAYBE.search(value):
        return value
    out = HEADS.sub(" ", value)
    out = CROSS.sub(" ", out)
    return re.sub(r"[ \t]+([,;])", r"\1", re.sub(r"[ \t]{2,}", " ", out)).strip() if out != value else value
