"""A list's organisation column read after its name column, one cell a line (issue 10).

Minutes of networks and councils list who took part as a table, the person in one column and the employer or member
organisation in the next (Name | Organisation). A text layer that gives one column after the other writes every name
on a line of its own and then every organisation: "Anna Berg / Per Holm / Eva Lind / Norrby kommun / Tallby kommun /
Länsstyrelsen". It is the same flattening as a party column read after the names (:mod:`.partycolumn`) or an office
column (:mod:`.rolecolumn`); read as it stands, the names get no affiliation and the last name may take the first
organisation. Here the two columns are paired in order, and only where the shape confirms the pairing: three names or
more, one a line, each a person's name (:func:`.persons.is_person`), followed at once by exactly as many lines that
are each an organisation's name (capitalised, no person, no job title or office, no label; at least half of them an
organisation by its words or the gazetteer, :func:`.persons.is_org`), and a line after them, if any, that is no
such name. Otherwise the value is left as it is.
"""

from __future__ import annotations

from .persons import ROLES, has_title_word, is_org, is_person

MIN_ROWS = 3  #: two names and two organisations may be two entries of another kind: a table has three rows or more


def org_column(value: str) -> str:
    """``value`` (one line an entry, "; "-joined) with a name column followed by as long an organisation column
    written as "Name, Organisation" entries; unchanged where it is no such table."""
    if value.count("; ") < 2 * MIN_ROWS - 1:  # the cheap test: three rows are six lines
        return value
    entries = value.split("; ")
    n = next((k for k, e in enumerate(entries) if not is_person(e.strip())), len(entries))
    column = entries[n:2 * n]
    if n < MIN_ROWS or len(column) < n or not all(_organisation(e) for e in column) \
            or (2 * n < len(entries) and _organisation(entries[2 * n])) \
            or sum(1 for e in column if is_org(e.strip())) * 2 < n:
        return value
    rows = [f"{name.strip()}, {org.strip()}" for name, org in zip(entries[:n], column)]
    return "; ".join(rows + entries[2 * n:])


def _organisation(entry: str) -> bool:
    """A line that may be an organisation's cell: capitalised, short, no person, title, office or label."""
    text = entry.strip()
    return bool(text) and text[0].isupper() and len(text.split()) <= 5 and ":" not in text \
        and not is_person(text) and not has_title_word(text) and text.casefold() not in ROLES
