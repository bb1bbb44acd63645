"""Dissent in a decision's text: the sentences saying who reserved themselves ("Anna Berg (S) reserverar
sig mot beslutet", "Reservation: ...") and who they name."""

from __future__ import annotations

import re

from .lines import split_sentences
from .names import find_people


RESERVATION = re.compile(r"reserver(ar|ade|at)\s+sig|stöd(?:er|jer)\s+(?:därmed\s+|därför\s+|således\s+)?inte\s+beslutet|"
                         r"anmäl(er|de)\s+reservation|deltar\s+inte\s+i\s+beslutet|deltog\s+inte\s+i\s+beslutet|"
                         r"står\s+inte\s+bakom\s+beslutet|^Reservation(er)?\b", re.I)


def _sentences(text: str) -> list[str]:
    return split_sentences(text)


def split_dissent(text: str) -> tuple[str, list[str]]:
    """A decision text without its dissent sentences, and who dissented."""
    kept, who = [], []
    for s in _sentences(text):
        if RESERVATION.search(s):
            who += dissenters(s)
        else:
            kept.append(s)
    return " ".join(kept), who


def dissenters(sentence: str) -> list[str]:
    s = re.sub(r"^Reservation(er)?\s*:?\s*", "", sentence)
    s = re.sub(r"^Mot beslutet reserverar sig\s+", "", s)
    people = [p for p in find_people(s) if not p.startswith("Mot ")]
    if people:
        return people
    m = re.match(r"^([A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)*)", s)
    return [m.group(1)] if m else []

