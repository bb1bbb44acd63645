"""Dissent as the document writes it: ``items[].dissent_details`` (who, party, the sentence).

``items[].dissent`` holds who did not support the decision (the spec's
field). Swedish minutes write a reservation as one sentence ("Anna Lind (S)
reserverar sig mot beslutet till förmån för eget yrkande.", "Habo stöder
inte beslutet"), so the first sentence from the item's heading on that names
the dissenter and says they dissent is their statement (it gives the reason
when the document does; a reservation written at the end of the minutes, "Till
protokollet antecknas att ...", is found too), and a party abbreviation in
brackets right after the name is their party. Without such a sentence the
statement is None, and without the bracket the party is None: nothing is
guessed.

The search starts at the item's heading, where parse found it (its evidence
``items[k]``), so a sentence of an earlier item that names the same person is
never taken; without that offset (a record from elsewhere) it starts at the
first place the title is written, whitespace and case aside.
"""

from __future__ import annotations

import re

from ..record import Dissent, Evidence, Item
from ..swedish.fold import fold_name as fold

STATEMENT_MAX = 400  #: characters kept of a statement (a run-on "sentence" of a flattened page is cut)
_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]|\n|$)")
_CUE = re.compile(r"reserv|stod\w* (?:\w+ )?inte|avvikande mening|deltar inte i beslut|till forman for|"
                  r"protokollsanteckning|yrkar avslag|instammer inte")
_PARTY = r"\s*\(([A-ZÅÄÖ][A-Za-zåäö]{0,3})\)"


def statement(text: str, name: str, title: str | None = None, start: int | None = None) -> str | None:
    """The first sentence of the document ``text`` from ``start`` (the item's heading; else where its
    ``title`` is written) that names ``name`` and says they dissent, whitespace evened out; None when
    there is none."""
    if start is None:
        start = title_at(text, title)
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


def title_at(text: str, title: str | None) -> int:
    """Where ``title`` is first written in ``text`` (whitespace and case aside), else 0."""
    words = (title or "").split()
    if not words:
        return 0
    found = re.search(r"\s+".join(map(re.escape, words)), text, re.IGNORECASE)
    return found.start() if found else 0


def heading_starts(evidence: list[Evidence]) -> dict[int, int]:
    """Item index -> the offset of its heading in the text, from parse's evidence ``items[k]``."""
    out = {}
    for e in evidence:
        if e.path.startswith("items[") and e.path.endswith("]") and e.path[6:-1].isdigit():
            out.setdefault(int(e.path[6:-1]), e.start)
    return out


def add_dissent_details(items: list[Item], text: str, starts: dict[int, int] | None = None) -> None:
    """Set each item's ``dissent_details``: one entry per name of its ``dissent`` (``starts``: item
    index -> its heading's offset in ``text``, :func:`heading_starts`)."""
    for k, item in enumerate(items):
        start = (starts or {}).get(k)
        item.dissent_details = [details(name, text, item.title, start) for name in item.dissent]


def details(name: str, text: str, title: str | None, start: int | None = None) -> Dissent:
    said = statement(text, name, title, start)
    return Dissent(name=name, party=party(said, name), statement=said)
