"""A list's party column read after its name column: "Olle Strand Karin Dahl Eva Lind (C) (SD) (L)" (issue 10).

A table of members (name | party) whose text layer gives one column after the other puts all the names first,
written with spaces only, then all the parties in brackets, each perhaps with the items its member attended
("(C), t.o.m. § 168 (SD) (L)"). The attendee reader gave the last name every bracket ("Eva Lind (SD)"). Here
the two columns are paired in order, and only where the document confirms the pairing: the names split cleanly by
their shape (:func:`.namerun.split_names`, every word placed) and there are exactly as many of them as brackets.
Otherwise the value is left as it is.
"""

from __future__ import annotations

import re

from .namerun import split_names

#: a party's code in brackets ("(S)", "(MOP)", "(Fp)")
CODE = re.compile(r"\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,3})\)")
#: what may stand between two brackets of the column: separators and a note in lower case ("t.o.m. § 168")
BETWEEN = re.compile(r"[\s,;]*(?:[a-zåäö.§\d\s\-–,]{0,30})")
#: where the run of names before the column starts: after a bracket, a comma, a semicolon or a colon
RUN_START = re.compile(r"[;,:)]\s*(?=[^;,:)]*$)")


def party_column(value: str) -> str:
    """``value`` with a run of names followed by as many party brackets written as "Name (P), Name (P)"."""
    if value.count("(") < 2:  # the cheap test: a column is two brackets or more
        return value
    codes = list(CODE.finditer(value))
    k = 0
    while k < len(codes):
        j = k
        while j + 1 < len(codes) and BETWEEN.fullmatch(value, codes[j].end(), codes[j + 1].start()):
            j += 1
        if j > k and (done := _paired(value, codes[k:j + 1])) is not None:
            return done
        k = j + 1
    return value


def _paired(value: str, column: list[re.Match[str]]) -> str | None:
    """The value with the names before ``column`` paired with its brackets, or None where they do not pair."""
    first = column[0].start()
    cut = RUN_START.search(value, 0, first)
    start = cut.end() if cut else 0
    names = split_names(value[start:first].strip())
    if names is None or len(names) != len(column):
        return None
    notes = [value[m.end():nxt.start()].strip(" ;,") for m, nxt in zip(column, column[1:])] + [""]
    rows = [f"{n} ({m.group(1)})" + (f" {note}" if note else "") for n, m, note in zip(names, column, notes)]
    return value[:start] + (" " if start else "") + ", ".join(rows) + value[column[-1].end():]
