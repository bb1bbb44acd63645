"""Dissent as the document writes it: ``items[].dissent_details`` (who, party, the sentence).

``items[].dissent`` holds who did not support the decision (the spec's
field). Swedish minutes write a reservation as one sentence ("Anna Lind (S)
reserverar sig mot beslutet till förmån för eget yrkande.", "Habo stöder
inte beslutet"), so the sentence after the item's heading that names the
dissenter and says they dissent is their statement (it gives the reason when
the document does), and a party abbreviation in brackets right after the name
is their party. Without such a sentence the statement is None, and without
the bracket the party is None: nothing is guessed.
"""

from __future__ import annotations

import re

from ..record import Dissent, Item
from ..swedish.fold import fold_name as fold

STATEMENT_MAX = 400  #: characters kept of a statement (a run-on "sentence" of a flattened page is cut)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|\n|$)")
_CUE = re.compile(r"reserv|stod\w* (?:\w+ )?inte|avvikande mening|deltar inte i beslut|till forman for|"
                  r"protokollsanteckning|yrkar avslag|instammer inte")
_PARTY = r"\s*\(([A-ZÅÄÖ][A-Za-zåäö]{0,3})\)"


def statement(text: str, name: str, title: str | None = None) -> str | None:
    """The sentence after the item's title (in the document ``text``) that names ``name`` and says
    they dissent, whitespace evened out; None when there is none."""
    start = 0
    if title:
        start = max(fold(text).find(fold(title)), 0)
    key = fold(name)
    for m in _SENTENCE.finditer(text, start):
        sentence = " ".join(m.group(0).split())
        folded = fold(sentence)
        if key in folded and _CUE.search(folded):
            return sentence[:STATEMENT_MAX]
    return None


def party(sentence: str | None, name: str) -> str | None:
    """The party abbreviation in brackets right after ``name`` in ``sentence`` ("Anna Lind (S)")."""
    if not sentence:
        return None
    m = re.search(re.escape(name) + _PARTY, sentence)
    return m[1] if m else None


def add_dissent_details(items: list[Item], text: str) -> None:
    """Set each item's ``dissent_details``: one entry per name of its ``dissent``."""
    for item in items:
        item.dissent_details = [details(name, text, item.title) for name in item.dissent]


def details(name: str, text: str, title: str | None) -> Dissent:
    said = statement(text, name, title)
    return Dissent(name=name, party=party(said, name), statement=said)
