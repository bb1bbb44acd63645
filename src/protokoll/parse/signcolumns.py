"""Signature blocks laid out in columns: the officers signing side by side (issue 10).

A protocol printed from a word processor signs its secretary, chair and justerare side by side, and its text
keeps each row of the block as one line with the columns apart (a tab, or two spaces or more):

    Anna Berg            Per Holm             Eva Lind
    Sekreterare          Ordförande           Justerare

or the roles in the row above the names; or each column its own "Name, role" ("Per Holm, ordförande    Eva Lind,
justerare"), or the office in parentheses after the name ("Per Holm (ordf.)    Eva Lind"). A row of names and a
row of roles pair by their columns' order only where both have the same number of columns, every column of one
a role word and every column of the other a person's name: a column without its name (a signature not printed)
leaves which name goes with which role unknown, and the block is not read.
"""

from __future__ import annotations

import re

from .lines import Line

#: the gap between two columns of a row: a tab, or two spaces or more (the line cleaning keeps two)
COLUMN_GAP = re.compile(r"\t+|\s{2,}")
#: a column that is a signature's role word alone (perhaps with its colon or the dotted line's remains)
ROLE_CELL = re.compile(r"(ordförande|mötesordförande|sekreterare|mötessekreterare|justerare|justerande|"
                       r"vid protokollet|protokollförare|ordf\.|sekr\.)[\s:.…_]*", re.IGNORECASE)
#: a column that is a name with its role: "Per Holm, ordförande", "Per Holm (ordf.)", "Per Holm (S), ordförande"
NAME_ROLE_CELL = re.compile(r"(?P<name>[^,()]+?)(?:\s*\([A-ZÅÄÖa-zåäö]{1,4}\))?(?:\s*,\s*|\s*\(\s*)"
                            r"(?P<role>ordförande|sekreterare|justerare|justerande|ordf\.|sekr\.)\s*\)?", re.IGNORECASE)


def column_signatures(tail: list[Line], is_person) -> list[tuple[Line, str, str]]:
    """(line, name, role) of the signatures a block in columns gives among the last lines (see the module)."""
    rows = [_columns(ln.text) if "  " in ln.text or "\t" in ln.text else [] for ln in tail]
    out: list[tuple[Line, str, str]] = []
    for k, row in enumerate(rows):
        if len(row) < 2:
            continue
        cells = [NAME_ROLE_CELL.fullmatch(c) for c in row]
        if any(cells) and all(m and is_person(m["name"]) or not m and is_person(c) for m, c in zip(cells, row)):
            out += [(tail[k], m["name"], m["role"].casefold()) for m in cells if m]  # "Per Holm (ordf.)  Eva Lind"
            continue
        below = rows[k + 1] if k + 1 < len(rows) else []
        if len(below) != len(row):
            continue
        if all(ROLE_CELL.fullmatch(c) for c in below) and all(is_person(c) for c in row):  # names over roles
            out += [(tail[k], c, _role(r)) for c, r in zip(row, below)]
        elif all(ROLE_CELL.fullmatch(c) for c in row) and all(is_person(c) for c in below):  # roles over names
            out += [(tail[k + 1], c, _role(r)) for c, r in zip(below, row)]
    return out


def _columns(text: str) -> list[str]:
    return [c for c in COLUMN_GAP.split(text.strip()) if c]


def _role(cell: str) -> str:
    return ROLE_CELL.fullmatch(cell).group(1).casefold()
