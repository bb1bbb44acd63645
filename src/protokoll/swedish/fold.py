"""Folding text for comparison, and slugs for URLs and ids: each fold named for what it keeps apart.

Four comparisons need four folds. They differ in what counts as the same
letter, and each caller's results depend on exactly its fold:

* :func:`fold_letters`: ``str.lower``, every combining mark dropped (NFKD).
  Cached: linking folds the same titles over and over.
* :func:`fold_search`: as ``fold_letters``, and the letters NFKD does not
  decompose written in ASCII (ø -> o, æ -> ae, ß -> ss), so search finds
  "Ærø" as "aero". The terms of the search index are made with it.
* :func:`fold_name`: ``str.casefold``, every mark dropped, dots as spaces,
  every dash as "-" without spaces around it, whitespace collapsed: names of
  people and organisations as they are written in different hands.
* :func:`fold_ocr`: ``str.lower``, and only the marks an English OCR engine
  loses (å ä â à á ö ô ó ò é è ê ë ü); the repair stage's dictionary keys.

The slugs: :func:`slug` (of :func:`fold_letters`, ``"okand"`` when nothing is
left) names meetings, bodies, organisations and municipalities in ids and
URLs; :func:`person_slug` (of :func:`fold_name`, ``"person"``) names people.
They differ where the folds do ("ß" is "ss" in a person's slug only).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DASHES = re.compile(r"\s*[\u2010\u2011\u2012\u2013\u2014-]\s*")
#: Letters NFKD does not decompose, as search writes them in ASCII.
_SEARCH_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ı": "i", "ł": "l", "đ": "d"})
_OCR_LETTERS = str.maketrans("åäâàáöôóòéèêëüÅÄÂÀÁÖÔÓÒÉÈÊËÜ", "aaaaaooooeeeeuaaaaaooooeeeeu")


# --- fold_letters: lower case, no diacritics ------------------------------------------------------

def fold_letters(text: str) -> str:
    """Lower case without diacritics ("Föregående" -> "foregaende")."""
    return _letters_short(text) if len(text) <= 80 else _letters(text)


@lru_cache(maxsize=1 << 16)
def _letters_short(text: str) -> str:
    """``fold_letters`` of a word or title: linking folds the same ones over and over."""
    return _letters(text)


#: Character -> its fold (NFKD without combining marks), filled as characters are met. Folding
#: character by character equals folding the whole text: the marks it drops are all the
#: decomposition adds, and their order does not matter once they are dropped.
_FOLDED: dict[int, str] = {}


def _letters(text: str) -> str:
    lower = text.lower()
    if lower.isascii():
        return lower
    new = [c for c in set(lower) if ord(c) > 127 and ord(c) not in _FOLDED]
    for c in new:
        _FOLDED[ord(c)] = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
    return lower.translate(_FOLDED)


# --- fold_search: as fold_letters, and letters without a decomposition in ASCII --------------------

def fold_search(text: str) -> str:
    """Lower-case ``text`` and drop diacritics: å/ä -> a, ö -> o, é/è -> e, ü -> u; ø -> o, æ -> ae, ß -> ss."""
    lower = text.lower()
    if lower.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower.translate(_SEARCH_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_SEARCH_LETTERS)


# --- fold_name: case-folded, no diacritics, dots, dashes and spaces evened out ---------------------

def fold_name(text: str) -> str:
    """Lower-case, without diacritics, dashes as "-", whitespace collapsed: "Björklund" -> "bjorklund"."""
    return _name_short(text) if len(text) <= 80 else _name(text)


@lru_cache(maxsize=1 << 17)
def _name_short(text: str) -> str:
    """``fold_name`` of a name or a word: the same ones recur in every record."""
    return _name(text)


#: Character -> NFKD without combining marks (as ``_FOLDED``, of characters as written, not lowered).
_STRIPPED: dict[int, str] = {}


def _name(text: str) -> str:
    if text.isascii():
        plain = text
    else:  # character by character, each met once: a document's text is folded without a call per character
        for c in set(text):
            if ord(c) > 127 and ord(c) not in _STRIPPED:
                _STRIPPED[ord(c)] = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x))
        plain = text.translate(_STRIPPED)
    return " ".join(_DASHES.sub("-", plain.casefold().replace(".", " ")).split())


# --- fold_ocr: only the marks OCR loses -----------------------------------------------------------

def fold_ocr(word: str) -> str:
    """Lower-case ``word`` and drop the diacritics an English OCR engine loses ("Malmö" -> "malmo")."""
    key = word.lower()
    if key.isascii():
        return key
    key = key.replace("å", "a").replace("ä", "a").replace("ö", "o").replace("é", "e")
    return key if key.isascii() else key.translate(_OCR_LETTERS)


# --- slugs ---------------------------------------------------------------------------------------

def slug(text: str | None) -> str:
    """``"Lunds kommun"`` -> ``"lunds-kommun"``: ASCII letters and digits joined by "-"; ``"okand"`` if none."""
    return re.sub(r"[^a-z0-9]+", "-", fold_letters(text or "")).strip("-") or "okand"


def person_slug(name: str) -> str:
    """A person's name as an id: as :func:`slug`, of :func:`fold_name`; ``"person"`` if nothing is left."""
    return re.sub(r"[^a-z0-9]+", "-", fold_name(name)).strip("-") or "person"
