"""Line-level OCR damage: bullet glyphs, words hyphenated at line ends, glued words, "|" for "I".

Each finder returns :data:`Edit` tuples ``(start, end, after, reason)`` with
offsets into the text it was given; :mod:`.diacritics` merges and applies them.
They run only on documents that show OCR damage.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

Edit = tuple[int, int, str, str]
#: token -> its repaired spelling when it is (or becomes) a known word, else None.
Resolver = Callable[[str], "str | None"]

#: A bullet read as a letter or symbol at the start of a line: "e Det finns", "o Ge", "« Text".
_BULLET = re.compile(r"^([ \t]*)([eo«»¢©°*+])[ \t]+(?=[^\W_])", re.MULTILINE)
#: "sep-" at a line end and "tember" (with trailing punctuation) at the start of the next.
_HYPHENATED = re.compile(
    r"(?P<head>[^\W\d_]+)-[ \t]*\n[ \t]*(?P<tail>[^\W\d_]+)(?P<punct>[^\w\s]*)(?P<gap>[ \t]+|(?=\n)|\Z)"
)
#: "|" standing alone before a lower-case word: the pronoun/preposition "I" read as a bar.
_PIPE = re.compile(r"(?<!\S)\|(?=[ \t]+[a-zåäö])")
#: A lower-case letter followed by an upper-case one inside a token.
_CASE_STEP = re.compile(r"(?<=[a-zåäöé6])(?=[A-ZÅÄÖ])")


def bullets(text: str) -> Iterator[Edit]:
    """Bullet glyphs at line starts become "-"."""
    for m in _BULLET.finditer(text):
        yield m.start(2), m.end(2), "-", "OCR bullet glyph"


def pipes(text: str) -> Iterator[Edit]:
    """A lone "|" before a lower-case word becomes "I"."""
    for m in _PIPE.finditer(text):
        yield m.start(), m.end(), "I", "OCR read I as |"


def hyphenations(text: str, resolve: Resolver) -> Iterator[Edit]:
    """Join "sep-\\ntember" when the joined word is known; it moves to the first line.

    Whatever followed the word on the second line stays there, so the number
    of lines is unchanged.
    """
    for m in _HYPHENATED.finditer(text):
        head, tail = m["head"], m["tail"]
        if head.isupper() or tail[:1].isupper():  # "MLR-\nperspektiv", "Hälso-\nOch" stay
            continue
        joined = resolve(head + tail)
        if joined is None:
            continue
        after = joined + m["punct"] + ("\n" if m["gap"] else "")
        yield m.start(), m.end(), after, "joined a word hyphenated at a line end"


def split_glued(token: str, resolve: Resolver, is_word: Resolver) -> str | None:
    """"UtdragsbestyrkandeKs" -> "Utdragsbestyrkande\\nKs" when both sides are words.

    The left side may be any known word or compound (``resolve``); the right
    side must be a dictionary word on its own (``is_word``, not a compound, so
    "MalmöLundregionen" stays) or a short abbreviation ("Ks", "KS"). Returns
    the replacement, or None.
    """
    for m in _CASE_STEP.finditer(token):
        left, right = token[: m.start()], token[m.start():]
        if len(left) < 4 or len(right) < 2:
            continue
        left_word = resolve(left)
        right_word = (right if len(right) <= 3 and right.isalpha() else None) or is_word(right)
        if left_word and right_word:
            return f"{left_word}\n{right_word}"
    return None
