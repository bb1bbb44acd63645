"""The operator's words: the CLI speaks Swedish in what it prints (help texts stay English, as the docs).

Counts take the singular for exactly one ("1 möte", "2 möten", "0 möten"); JSON keys and values
stay English (an API).
"""

from __future__ import annotations

#: search hit kinds, as the web's search page names them
HIT_KINDS = {"item": "punkt", "decision": "beslut", "assignment": "uppdrag", "person": "person"}
#: meeting kinds and assignment statuses, as the web names them (for the archive's tables: meetings, assignments)
MEETING_KINDS = {"protocol": "protokoll", "minutes": "minnesanteckningar", "agenda": "dagordning",
                 "expected": "förväntat möte"}
STATUSES = {"open": "öppet", "overdue": "försenat", "reported": "återrapporterat", "done": "klart"}


def count(n: int, singular: str, plural: str) -> str:
    """``n`` with the noun in its number: ``count(1, "möte", "möten")`` is "1 möte"."""
    return f"{n} {singular if n == 1 else plural}"
