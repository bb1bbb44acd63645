"""Dissent in a decision's text: the sentences saying who reserved themselves ("Anna Berg (S) reserverar
sig mot beslutet", "Reservation: ...") and who they name."""

from __future__ import annotations

import re

from .lines import split_sentences
from .givenopen import opens_name
from .names import find_people
from .persons import PARTY_NAMES, is_org


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
    people = [p for p in find_people(s) if not p.startswith("Mot ") and ROLE_WORDS.isdisjoint(p.casefold().split())]
    if people:
        return people
    m = re.match(r"^([A-ZÅÄÖ][\wåäö\-]+(?:\s+[A-ZÅÄÖ][\wåäö\-]+)*)", s)
    return [m.group(1)] if m and _dissenter_like(m.group(1)) else []


#: words of a role or a heading, never of a name: "Jäv Ledamöter i nämnden deltar inte i beslutet" (the heading "Jäv"
#: run into a sentence whose subject is the members in general) names nobody who dissents
ROLE_WORDS = frozenset("jäv ledamot ledamoten ledamöter ledamöterna ersättare ersättaren ersättarna "
                       "medlemmar medlemmarna".split())
#: the parties by name ("Moderaterna reserverar sig"): who dissents as a group
PARTY = re.compile(r"^(?:" + "|".join(PARTY_NAMES) + r")\b")


def _dissenter_like(phrase: str) -> bool:
    """Who a sentence names without a person's name: a municipality, an organisation, a party or a member by the
    given name ("Gislaved stöder inte beslutet"); not a role in general ("Ledamöterna deltar inte i beslutet")."""
    return is_org(phrase) or opens_name(phrase.split()[0]) or PARTY.match(phrase) is not None

