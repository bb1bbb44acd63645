"""How a snippet's text and a query's terms are made ready for finding the matched words (:mod:`.search_snippet`).

A text whose every letter lower-cases to one letter that folds to one ASCII
letter (:func:`plain`: most Swedish text) keeps its positions when lowered
and folded, so the terms are looked for in it as they are (:func:`prepared`),
and only the words around an occurrence are tested as the index tests them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..swedish.stems import MIN_HEAD, MIN_S_HEAD, fold


def _one_letter_folds() -> dict[int, str]:
    """Lower-case Latin letters that :func:`~protokoll.swedish.stems.fold` turns into one ASCII letter (å -> a)."""
    table = {}
    for code in range(0xC0, 0x250):
        letter = chr(code).lower()
        if len(letter) == 1 and len(folded := fold(letter)) == 1 and folded.isascii():
            table[ord(letter)] = folded
    return table


_ONE_LETTER = _one_letter_folds()
_VARIANTS: dict[str, str] = {}
for _code, _ascii in _ONE_LETTER.items():
    _VARIANTS[_ascii] = _VARIANTS.get(_ascii, _ascii) + chr(_code)


@lru_cache(maxsize=1)
def _other_letters() -> re.Pattern:
    """Letters and digits that are neither ASCII nor folded to one ASCII letter (ß, æ, a combining mark's base...).

    One character class of ranges (cheap to search), every character above the BMP
    included; made on first use (~0.1 s).
    """
    ranges: list[tuple[int, int]] = []
    for code in range(0x80, 0x10000):
        if chr(code).isalnum() and code not in _ONE_LETTER:
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    parts = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[{parts}\U00010000-\U0010ffff]")


def plain(text: str) -> str | None:
    """``text.lower()`` when it keeps every position and each letter folds to one ASCII letter; else None.

    A text of Latin-1 characters only (most Swedish text) is checked by two byte operations; one
    with wider characters ("–", "”", "•") by :func:`_other_letters` (~10x slower)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    data = lowered.encode("latin-1", "ignore")
    if len(data) == len(lowered):
        return None if data.translate(None, NOT_OTHER) else lowered
    return None if _other_letters().search(lowered) else lowered


#: every byte but the Latin-1 letters and digits that :func:`_other_letters` finds (ß, æ, ð, þ, ², ...)
NOT_OTHER = bytes(c for c in range(256) if not (c >= 0x80 and chr(c).isalnum() and c not in _ONE_LETTER))


@lru_cache(maxsize=256)
def prepared(terms: tuple[str, ...]) -> tuple[frozenset[str], re.Pattern, re.Pattern | None]:
    """The set of the query's ``terms``, their :func:`_finder` and :func:`_ascii_finder`: made once per query,
    not per snippet."""
    wanted = frozenset(terms)
    ordered = tuple(sorted(wanted))
    return wanted, _finder(ordered), _ascii_finder(ordered)


def _ascii_finder(terms: tuple[str, ...]) -> re.Pattern | None:
    """:func:`_finder` for a Latin-1 text whose letters are folded to ASCII (:data:`TO_ASCII`): the terms as they
    are, no classes of variants (~2x faster to search); None when a term is not ASCII. In a text
    :func:`plain` lets through, every letter or digit is ASCII or folds to one ASCII letter, so a folded
    character is a word character exactly when it was one, and equals a term's letter exactly when the
    variant class of that letter holds it."""
    if not all(t.isascii() for t in terms):
        return None
    def letters(term: str) -> str:
        return re.escape(term) if len(term) >= SHORTEST_HEAD else _WORD_START + re.escape(term)
    return re.compile("|".join(letters(t) for t in sorted(terms, key=len, reverse=True)).encode("ascii"))


#: Latin-1 bytes -> the ASCII letter each lower-case letter of :func:`_one_letter_folds` folds to
TO_ASCII = bytes(ord(_ONE_LETTER[c]) if c in _ONE_LETTER else c for c in range(256))


@lru_cache(maxsize=1024)
def _finder(terms: tuple[str, ...]) -> re.Pattern:
    """A pattern finding any of the folded ``terms`` in lower-cased text ("mot" also finds "möt").

    A term shorter than any compound head can only be a word's own stem, which
    begins the word: it is looked for at the start of words only (a query
    word "e" would else stop at every "e" of the text).
    """
    def letters(term: str) -> str:
        found = "".join(f"[{_VARIANTS[c]}]" if c in _VARIANTS else re.escape(c) for c in term)
        return found if len(term) >= SHORTEST_HEAD else _WORD_START + found
    return re.compile("|".join(letters(t) for t in sorted(terms, key=len, reverse=True)))


SHORTEST_HEAD = min(MIN_HEAD, MIN_S_HEAD)  #: letters of the shortest compound head's stem
_WORD_START = r"(?<![^\W_])"


def _written_tables() -> tuple[bytes, bytes]:
    """:data:`TO_ASCII` and :data:`NOT_OTHER` for Latin-1 bytes of a text as written, not lowered: each byte
    lowered first (a Latin-1 letter lowers to one Latin-1 letter), so that one pass folds a text; spaces
    made one kind (no term holds one, and a pattern's word start is the same after any of them)."""
    lowered = [ord(chr(c).lower()) for c in range(256)]
    assert all(low < 256 for low in lowered)
    keep = set(NOT_OTHER)
    folded = bytes(0x20 if chr(c).isspace() else TO_ASCII[low] for c, low in enumerate(lowered))
    return folded, bytes(c for c in range(256) if lowered[c] in keep)


#: a written text's Latin-1 bytes -> folded lower-case ASCII (:data:`TO_ASCII` of each lowered byte), every space
#: (as ``str.split`` has them: also \x1c-\x1f, \x85, \xa0) a plain space; the bytes whose lowered letter
#: :func:`plain` refuses
WRITTEN_TO_ASCII, WRITTEN_NOT_OTHER = _written_tables()
