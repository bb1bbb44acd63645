"""A person's name written surname first, as a roster in family-name order writes it ("Berg Anna, ordförande";
issue 10).

Rosters of Finland-Swedish municipalities, and some Swedish ones, list people surname first ("Holm Per, ordförande
Lind Eva, vice ordförande"), while the signature block under the minutes writes the same people given name first
("Per Holm ordförande"). A name read from such a roster is the person's name in the wrong order: where its first
word is no given name and its second is one, the document is searched for the name in the usual order, and the
name is read so when the document writes it so (the chair's and the secretary's both). Where it never does, whether the words are a surname and a given
name or an unknown given name and a surname that is also a given name cannot be told: no name is read.
"""

from __future__ import annotations

import re

from .givenopen import known_given_names


def _given(word: str) -> bool:
    """A given name of the wider list the presenter rules read too (``givenopen``: "Harry", "Kaj"), or a hyphenated
    one whose parts are given names ("Per-Olof")."""
    known = known_given_names()
    return word in known or ("-" in word and all(p in known for p in word.split("-")))


def given_first(name: str, text: str) -> tuple[str | None, str | None]:
    """(the name given name first, None), the name unchanged where it is not written surname first, or (None, why)."""
    words = name.split()
    if len(words) != 2 or _given(words[0]) or not _given(words[1]):
        return name, None
    turned = f"{words[1]} {words[0]}"
    if re.search(rf"(?<![\wåäö\-]){re.escape(turned)}(?![\wåäö\-])", text):
        return turned, None
    return None, f"'{name}' is written surname first, and the document never writes it given name first"
