"""A list's offices flattened into a column after its names: "Anna Berg (S) Per Holm (M) Eva Lind (C) ordförande
1:e vice ordförande".

A page that sets the members' names in one column and their offices in the next, read row by row, puts the
office column after the last name. Two offices or more in a row, with no name between them, cannot all be the
last person's: they are the first members', in the order the list gives its members (the chair first, then the
vice chairs). Read only where the column opens with "ordförande" and a vice chair's office follows it at once,
and every member of the run carries a party (the form of a flattened members' table); the last person keeps
nothing of the column. Kept apart from ``names`` (at its size limit) as one pass over a list's entries.
"""

from __future__ import annotations

import re

from ..record import Attendee
from .persons import PARTIES

_ORDINAL = r"(?:(?:\d:[ae]|förste|andre)\s+)?"
#: the office column as the last entry's description holds it: "ordförande 1:e vice ordförande 2:e vice ordförande"
COLUMN = re.compile(rf"^ordförande(?:\s+{_ORDINAL}vice\s+ordförande)+(?![\wåäö])")
OFFICE = re.compile(rf"{_ORDINAL}(vice\s+)?ordförande")


def offices_in_column(people: list[Attendee]) -> None:
    """Give the first members of a list the offices its last member's description holds as a column (see the
    module's docstring); where the run is not a members' table with parties, or is no longer than the column, no
    office is given and the last person is not left the chair's (she does not hold both)."""
    for k, last in enumerate(people):
        text = f"{last.role or ''} {last.title or ''}".strip()
        if "vice" not in text or not (m := COLUMN.match(text)):
            continue
        offices = ["vice ordförande" if o.group(1) else "ordförande" for o in OFFICE.finditer(m.group(0))]
        start = k
        while start > 0 and _party(people[start - 1]) and people[start - 1].role is None:
            start -= 1
        run = people[start:k + 1]
        if len(run) <= len(offices) or not all(_party(p) for p in run):
            last.role = None if last.role == "ordförande" else last.role  # not both offices: whose, unknown
            continue
        rest = text[m.end():].strip()
        last.role, last.title = None, rest or None
        for person, office in zip(run, offices):
            person.role = office


def _party(person: Attendee) -> bool:
    return (person.affiliation or "").upper() in PARTIES
