"""Per-line and per-text features that parse rules share instead of each scanning the text again (issue 12).

``once`` makes a method of an immutable object a value computed on first use and kept in the instance;
``keyword_fold`` folds a text for the cheap keyword test rules make before a case-insensitive pattern.
"""

from __future__ import annotations

import re

DIGIT = re.compile(r"\d")


class once:
    """A value computed from a line on first use and kept in the instance (``functools.cached_property``
    without its lock: rules read these features hundreds of thousands of times per thousand documents)."""

    def __init__(self, func):
        self.func, self.name = func, func.__name__
        self.__doc__ = func.__doc__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)  # a frozen dataclass's __setattr__ is bypassed
        return value


def has_any(words: tuple[str, ...]):
    """A test whether a text holds any of ``words`` (``any(w in text for w in words)``) as one search of a
    pattern of the words: the generator resumed once per word cost more than the search (issue 12)."""
    return re.compile("|".join(re.escape(w) for w in words)).search


def keyword_fold(text: str) -> str:
    """``text`` case-folded for a keyword test in front of a case-insensitive pattern: as the pattern
    reads it, the Turkish dotted and dotless I ("İ", "ı") are an "i" (``casefold`` keeps them apart).

    The folds of the last ``LONG_KEPT`` texts longer than ``LONG`` characters are kept: the readers of one
    document fold its whole text (or all its lines joined) five or six times, four of them a text folded
    before, and a long non-ASCII text folds at ~4 ns a character (issue 12). Short texts are folded anew:
    they rarely repeat, and a look-up would cost what folding them does."""
    if len(text) > LONG:
        low = _LONG_FOLDS.get(text)
        if low is None:
            low = _LONG_FOLDS[text] = _fold(text)
            if len(_LONG_FOLDS) > LONG_KEPT:
                _LONG_FOLDS.pop(next(iter(_LONG_FOLDS), None), None)  # the oldest (another thread may have taken it)
        return low
    low = text.casefold()  # (``_fold`` written out: a short text is folded ~100 times per document)
    if "\u0131" in low or "\u0307" in low:
        low = low.replace("i\u0307", "i").replace("\u0131", "i")
    return low


def _fold(text: str) -> str:
    low = text.casefold()
    if "\u0131" in low or "\u0307" in low:
        low = low.replace("i\u0307", "i").replace("\u0131", "i")
    return low


LONG = 500  #: a text longer than this is a document's or an item's, and its fold is kept
LONG_KEPT = 4  #: how many long texts' folds are kept
_LONG_FOLDS: dict[str, str] = {}
