"""A närvaro or omröstning table read one row a line (issue 10), before its names are read.

A roll call is a table: one row per member, the name, the party, perhaps the office, then a column "Närvarande"
(or "Tjg" / "Ej tjg", serving or not) and the vote's "Ja" / "Nej" columns, a cross ("X") where one applies.
Extracted from a PDF, each row becomes a line: "Anna Berg (S)X" (the cross glued to the bracket), "Per Holm, ordf
m x" (the party's code in lower case, as older protocols write it, then the crosses), and the heads of the columns
become a line of their own ("Ja Nej Tid Kl. 09.00-12.00 Ja Nej"). This module rewrites each such row as the list
entry it stands for ("Per Holm (M), ordf"), drops a line of column heads (never a person) and uses the crosses as
what they are, the evidence of presence: in a table where several rows are ticked, a row with no cross was not
there (a substitute not called in, a member absent) and is not listed. The crosses are not read where they might
be another row's: where a cross stands on a line of its own after a row without one (the column was extracted as
a run of its own), or where the table has a column for the absent ("Frånv", "Frånvarande"), whose cross says
the opposite. :mod:`.votecolumns` then takes out the crosses that are left.
"""

from __future__ import annotations

import re

from .features import cut_start
from .fields import Field
from .orgcolumn import org_column
from .persons import LOWER, PARTIES, UPPER
from .votecolumns import strip_columns

_WORD = rf"[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?"
#: a row: a name of two to four words, an office after a comma, the party (bracketed, or a bare code), the crosses
ROW = re.compile(rf"(?P<name>{_WORD}(?:\s+(?:af\s+|von\s+|de\s+)?{_WORD}){{1,3}})"
                 r"(?P<office>,\s*(?:(?:1:e|2:e|förste|andre)\s+)?(?:v\.?\s*|vice\s+)?(?:ordf\.?|ordförande))?"
                 r"\s*(?:\((?P<bracket>[A-Za-zÅÄÖåäö]{1,3})\)|(?P<code>[A-Za-zÅÄÖåäö]{1,3}))?"
                 r"(?P<marks>(?:\s*[Xx✓✔](?![\wåäö]))*)\s*")
#: a line of column heads: the presence and vote columns' words, a time of day ("Tid Kl. 09.00-12.00")
HEAD_LINE = re.compile(r"(?:(?:Närvaro|Närv\.?|Närvarande|Votering|Omröstning|Ja|JA|Nej|NEJ|Avstår|Tjg|Ej\s+tjg|"
                       r"Tid|Kl\.?|Paragraf|Paragrafer|§§?|\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)\s*)+")
#: the column of those absent: a cross may be theirs
ABSENT_COLUMN = re.compile(r"Frånv|FRÅNV|Ej\s+närv|Förhinder", re.IGNORECASE)
#: a cross alone on its line, perhaps with the items it applies to ("X, § 105 - § 106")
LONE_MARK = re.compile(r"[Xx✓✔](?:\s*,?\s*§.*)?")
#: a line of a range only ("§§", "14-22", "§ 12-13"): a row's cell wrapped, it belongs to the row above
RANGE_LINE = re.compile(r"(?:§§?\s*)?\d{0,3}(?:\s*[-–]\s*\d{1,3})?")
#: the cheapest test, one character: a table is read only where two rows or more are ticked
CHEAP = ("X", "x", "✓", "✔")
#: the cheap test: a cross after a space or a bracket
MAYBE = re.compile(r"[\s)][Xx✓✔](?:;|$|\s)")


#: the heads of a table's columns run on before its first row's name ("Paragraf Anna Berg (S) ordf Per Holm ...")
HEADS_BEFORE = re.compile(rf"^(?:(?:Paragraf|Paragrafer|Närv\.?|Frånv\.?|Tjg|Ej\s+tjg)\s+)+(?=[{UPPER}][{LOWER}])")


def table_value(f: Field) -> str:
    """The value of attendance field ``f`` without the column heads run on before its first name, with a flattened
    table's rows read (:func:`table_rows`), the crosses and heads that are left taken out
    (:func:`.votecolumns.strip_columns`) and an organisation column paired with its names (:mod:`.orgcolumn`)."""
    value = cut_start(HEADS_BEFORE, f.value) if f.value[:1] in "PNFTE" else f.value
    return org_column(strip_columns(table_rows(value, f.heading or "")))  # "A; B; C; Org A; Org B; Org C"


def table_rows(value: str, heading: str = "") -> str:
    """``value`` (one line an entry, "; "-joined) with its table rows as list entries and, where the crosses
    say who was present, without the rows that have none; unchanged when it is no such table."""
    if "; " not in value or not any(c in value for c in CHEAP) or not MAYBE.search(value):
        return value
    entries = _unwrapped(value.split("; "))
    rows: list[tuple[str, bool] | None] = []  #: (the entry as a list writes it, ticked) or None for another line
    for entry in entries:
        rows.append(_row(entry.strip()))
    ticked = sum(1 for r in rows if r and r[1])
    if ticked < 2:
        return value
    keep = _presence_read(entries, rows, heading + " " + value)
    out = []
    for entry, row in zip(entries, rows):
        if HEAD_LINE.fullmatch(entry.strip()) or RANGE_LINE.fullmatch(entry.strip()):
            continue  # the columns' heads; the items a row's cell names ("§§ 12-13"), no part of the next row
        if row is None:
            out.append(entry)
        elif row[1] or not keep:
            out.append(row[0])
    return "; ".join(out)


def _unwrapped(entries: list[str]) -> list[str]:
    """The entries with a name wrapped in its cell joined again: "Björn" / "Celind (C)" is one row."""
    out: list[str] = []
    for entry in entries:
        if out and re.fullmatch(_WORD, out[-1].strip()) and re.match(rf"{_WORD}\s*\(", entry.strip()):
            out[-1] = f"{out[-1].strip()} {entry.strip()}"
        else:
            out.append(entry)
    return out


def _row(entry: str) -> tuple[str, bool] | None:
    """(the entry written "Name (P), office", whether a cross stands in it), or None when the line is no row."""
    m = ROW.fullmatch(entry)
    if not m:
        return None
    party = m.group("bracket") or m.group("code")
    marks = bool(m.group("marks").strip())
    if party and party.upper() not in PARTIES or m.group("code") and not (marks or m.group("code").isupper()):
        return None  # a bare code that is no party, or in lower case without a cross ("Anna Berg fp"?)
    out = m.group("name") + (f" ({party.upper()})" if party else "") + (m.group("office") or "")
    return out, marks


def _presence_read(entries: list[str], rows: list[tuple[str, bool] | None], around: str) -> bool:
    """Whether the crosses say who was present: no column of the absent, more rows ticked than not, and no
    cross on a line of its own after a row without one (the crosses extracted as a run of their own)."""
    if ABSENT_COLUMN.search(around):
        return False
    ticked = sum(1 for r in rows if r and r[1])
    if ticked < 3 or ticked < sum(1 for r in rows if r and not r[1]):
        return False
    last = None  #: whether the last row was ticked
    for entry, row in zip(entries, rows):
        if row is not None:
            last = row[1]
        elif LONE_MARK.fullmatch(entry.strip()) and last is not True:
            return False
        elif not RANGE_LINE.fullmatch(entry.strip()) and not LONE_MARK.fullmatch(entry.strip()):
            last = None  # a name wrapped over lines ("Björn" / "Celind (C)"): what follows is not that row's
    return True
