"""The operator's words: the CLI prints its own messages in English (data values stay Swedish).

Counts take the singular for exactly one ("1 meeting", "2 meetings", "0 meetings"). The web app
is the Swedish UI and names kinds and statuses itself (``web.data``); JSON stays English (an API).
"""

from __future__ import annotations


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` with the noun in its number: ``count(1, "meeting")`` is "1 meeting", ``count(2, "meeting")``
    "2 meetings"; ``plural`` for nouns that do not take an s ("1 person", "2 people")."""
    return f"{n} {singular if n == 1 else plural or singular + 's'}"
