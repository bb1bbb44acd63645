"""A run of names written with spaces only, split into people by the shape of Swedish names (issue 10).

An attendance list whose line breaks were lost, or whose names stand side by side in a table's cell, becomes one
line of capitalised words: "Martin Ek Karin Sjöberg Nilsson Olof af Klint Lars-Erik Berg". Each person's name is a
given name the gazetteer knows (:func:`.givenopen.opens_name`, a double name "Lars Erik" or "Anna-Karin" too, an
initial "A." after it), a particle ("von", "af", "de") perhaps, and one or two family names that are no given
names. The run is accepted only when the whole of it segments that way and in one way only: a word left over (a
title, an organisation, a family name that is also a given name, "Eva Martin") makes it no run of names, and the
caller abstains.
"""

from __future__ import annotations

import re

from .givenopen import opens_name
from .persons import is_person

#: a capitalised word of a name, perhaps double ("Wik-Carlsson")
WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?")
INITIAL = re.compile(r"[A-ZÅÄÖ]\.")
PARTICLES = frozenset({"von", "af", "de", "van", "der"})
MIN_PEOPLE = 2
MAX_WORDS = 60  #: a longer run is no list of names that lost its breaks (and the count of ways stays small)


#: the endings of Swedish family names ("Persson", "Sjöberg", "Lindqvist", "Rosén"): a word so ended opens no name
FAMILY_END = re.compile(r"(?:son|sen|berg|ström|gren|lund|qvist|kvist|holm|dahl|blad|stedt|borg|mark|gård|"
                        r"ell|én|ér|ius)$")


def _given(word: str) -> bool:
    return bool(WORD.fullmatch(word)) and opens_name(word)


def _unknown_given(word: str) -> bool:
    """A capitalised word the gazetteer does not know that may still open a name ("Marika", "Runar"): none with a
    family name's ending."""
    return bool(WORD.fullmatch(word)) and not FAMILY_END.search(word)


def _family(word: str) -> bool:
    return bool(WORD.fullmatch(word)) and not opens_name(word)


def _name_ends(words: list[str], i: int, known: bool) -> list[int]:
    """The positions after each way a name can be read from ``words[i]`` on: given name(s) (one the gazetteer
    knows, or where ``known`` is False one it does not), an initial, a particle, then one or two family names."""
    if i >= len(words) or not (_given(words[i]) if known else _unknown_given(words[i]) and not opens_name(words[i])):
        return []
    k = i + 1
    if known and k < len(words) and _given(words[k]) and k + 1 < len(words) and _family(words[k + 1]):
        k += 1  # "Lars Erik Berg": a second given name after a known first, only where a family name follows it
    if k < len(words) and INITIAL.fullmatch(words[k]):
        k += 1  # "Stig A. Mattsson"
    if k < len(words) and words[k] in PARTICLES:
        k += 1  # "Olof af Klint"
    ends = []
    for n in (1, 2):
        if k + n <= len(words) and all(_family(w) for w in words[k:k + n]) and is_person(" ".join(words[i:k + n])):
            ends.append(k + n)
    return ends


def name_ends(words: list[str], i: int) -> list[int]:
    """The positions after each way a name opening with a given name the gazetteer knows is read from ``words[i]``."""
    return _name_ends(words, i, True)


def unknown_name_ends(words: list[str], i: int) -> list[int]:
    """The same for a name opening with a capitalised word the gazetteer does not know as a given name."""
    return _name_ends(words, i, False)


def split_names(text: str) -> list[str] | None:
    """The names of ``text`` when it is nothing but two or more names written with spaces only and splits into
    them in exactly one best way (the fewest names opening with a given name the gazetteer does not know, at most
    one in three); None otherwise."""
    words = text.split()
    if len(words) < 2 * MIN_PEOPLE or len(words) > MAX_WORDS or not _given(words[0]):
        return None
    n = len(words)
    best: list[tuple[int, int, list[int]] | None] = [None] * (n + 1)  #: (unknown starts, ways at that cost, cuts)
    best[0] = (0, 1, [])
    for i in range(n):
        if best[i] is None:
            continue
        cost, ways, cuts = best[i]  # type: ignore[misc]
        for known in (True, False):
            for j in _name_ends(words, i, known):
                new = (cost + (0 if known else 1), ways, [*cuts, j])
                old = best[j]
                if old is None or new[0] < old[0]:
                    best[j] = new
                elif new[0] == old[0]:
                    best[j] = (old[0], min(2, old[1] + ways), old[2])
    if best[n] is None:
        return None
    cost, ways, cuts = best[n]  # type: ignore[misc]
    if ways != 1 or len(cuts) < MIN_PEOPLE or cost * 3 > len(cuts):
        return None
    starts = [0, *cuts[:-1]]
    return [" ".join(words[a:b]) for a, b in zip(starts, cuts)]

