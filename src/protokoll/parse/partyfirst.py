"""A party column before each name: "S Anna Berg S Per Holm C Lisa Ek" written as "Anna Berg (S), ...".

A protocol's list of members is often a table whose first column is the party's code and whose second is the
name. Flattened, the codes stand before the names and are read as the first word of a name ("S Anna Berg")
or as a party running into the name before. :func:`party_first` writes each such row as "Name (P)", the way
the attendee reader expects, when the whole value is rows of that form: at least two codes open rows, every
row's name is two or three capitalised words (its trailing words, as "tjänstgör för Per Holm (S)", kept), and
only a first row whose code went into the label before ("Ersättare S Anna Berg ...") may lack one. Otherwise
the value is left alone.
"""

from __future__ import annotations

import re

from .roleholder import NOT_NAME_WORDS
from .persons import PARTIES
from .partycolumn import party_column

_CODES = "|".join(sorted((p for p in PARTIES if p != "PRO"), key=len, reverse=True))
#: a party's code standing alone before a capitalised word
CODE = re.compile(rf"(?:^|(?<=\s))({_CODES})\s+(?=[A-ZÅÄÖÉ][a-zåäöéü])")
#: a row's name: two or three capitalised words, perhaps hyphenated, up to a comma or the row's end
NAME = re.compile(r"([A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ]"
                  r"[a-zåäöéü]+)?){1,2})\s*(,.*)?$", re.S)


#: an office after the first row's name, whose code went into the label: ", ordförande", ", vice ordförande"
ROLE_AFTER = re.compile(r",\s*[a-zåäö][a-zåäö ]{2,30}\s*")
#: a local party's code (two to four capitals: "MBP", "SPI") standing where the list's other rows have a party's
LOCAL = re.compile(r"(?:^|(?<=\s))([A-ZÅÄÖ]{2,4})\s+(?=[A-ZÅÄÖÉ][a-zåäöéü])")


def party_first(value: str) -> str:
    """``value`` with its party-first rows as "Name (P)", comma separated; unchanged unless every row reads. A
    code the party list does not know opens a row too where at least two known ones do (a local party). A column
    of parties after the names is paired with them first (:mod:`.partycolumn`)."""
    value = party_column(value)
    starts = list(CODE.finditer(value))
    if len(starts) < 2:
        return value
    if local := [m for m in LOCAL.finditer(value) if m.group(1) not in PARTIES]:
        starts = sorted({m.start(): m for m in starts + local}.values(), key=lambda m: m.start())
    rows, lead = [], []
    if value[:starts[0].start()].strip():  # the first row's code read into the label before: "ersättare S"
        first = NAME.match(value, 0, starts[0].start())
        if not first or first.group(2) and not ROLE_AFTER.fullmatch(first.group(2)) or not _name_only(first.group(1)):
            return value
        lead.append(first.group(1) + (first.group(2) or "").rstrip())  # "Anna Berg, ordförande": its office kept
    for k, m in enumerate(starts):
        end = starts[k + 1].start() if k + 1 < len(starts) else len(value)
        row = NAME.match(value, m.end(), end)
        if not row or not _name_only(row.group(1)):
            return value
        rows.append(f"{row.group(1)} ({m.group(1)}){(row.group(2) or '').rstrip()}")
    return ", ".join(rows + lead)  # last: a party after a name without one would be lent to it


def _name_only(name: str) -> bool:
    """No label or role word among a row's name words ("Per Holm Ordförande")."""
    return not any(w.casefold() in NOT_NAME_WORDS for w in name.split())
