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


def has_any(words: tuple[str, ...], flags: int = 0):
    """A test whether a text holds any of ``words`` (``any(w in text for w in words)``) as one search of a
    pattern of the words: the generator resumed once per word cost more than the search (issue 12). The words
    are written as a tree of their shared beginnings (:func:`word_tree`), so that a position is tried against
    one branch per first letter, not against every word. Only whether it finds one is its answer."""
    return re.compile(word_tree(words), flags).search


def has_any_case_blind(words, search=None):
    """``has_any(words, re.I)``: whether a text holds any of ``words`` (lower case) in any case, as a case-blind
    pattern finds them; with ``search`` (a case-blind pattern's search, each of whose finds holds one of
    ``words``): whether that finds something. A case-blind search tries each word's letters in both cases at
    every position (~15 us on a short name for ~40 words); the text folded (:func:`keyword_fold`) and searched
    case-sensitively for the words costs ~2 us, and finds every word a case-blind pattern finds (the fold also
    makes "ss" of "ß" and "fi" of "ﬁ": a find is confirmed by the case-blind search)."""
    folded, blind = has_any(words), search or has_any(words, re.I)

    def test(text: str) -> bool:
        return folded(keyword_fold(text)) is not None and blind(text) is not None
    return test


def word_tree(words) -> str:
    """A pattern that finds where one of ``words`` (literal text) begins: "nform|nled|edog" as
    "(?:edog|n(?:form|led))". A word another word begins with is enough for both ("ab" finds "abc")."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    if "" in node:  # a word ends here: a longer word is found by finding this one
        return ""
    alts = [re.escape(ch) + _branches(sub) for ch, sub in sorted(node.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def finditer_lines(pattern: re.Pattern, text: str, low: str, words: tuple[str, ...]):
    """``pattern.finditer(text)`` where each match lies inside one line and holds one of ``words`` (lower case) as
    :func:`keyword_fold` folds it (``low`` is ``text`` folded): only the lines whose fold holds a word are searched,
    in order, each with the text's bounds around it (``\\b`` and look-arounds see the line breaks as before).
    Where a fold moved a character (a "ß" folded to "ss", a combining dot dropped) the whole text is searched."""
    if len(low) != len(text) or "\u0307" in text:
        return pattern.finditer(text)
    spans = set()
    for word in words:
        at = low.find(word)
        while at >= 0:
            end = low.find("\n", at)
            end = len(low) if end < 0 else end
            spans.add((low.rfind("\n", 0, at) + 1, end))
            at = low.find(word, end)
    return (m for start, end in sorted(spans) for m in pattern.finditer(text, start, end))


def cut_start(pattern: re.Pattern, text: str, repl: str = "") -> str:
    """``pattern.sub(repl, text)`` for a pattern whose every match starts at the text's start (``^`` first, no
    ``re.M``): the match tried there alone. ``sub``, ``search`` and ``split`` try such a pattern at every position
    of the text, ~7 us on an item's heading and ~30 us on a place value (issue 12)."""
    m = pattern.match(text)
    return text if m is None else m.expand(repl) + text[m.end():]


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


def aligned(text: str, low: str) -> bool:
    """Whether each character of ``text`` folds to one character of ``low`` at its place: no character folded to two
    ("ß"), and no combining dot in the text that the fold joins to an "i" before it (which could make up for one).
    Then a case-blind match opens where its opening word is written in ``low``: each letter a case-blind pattern
    takes for a Latin letter ("S", "ſ", the Kelvin sign, "İ", "ı") folds to that letter. Any script, dashes and
    quotation marks beyond Latin-1 included."""
    return len(low) == len(text) and "\u0307" not in text


def places(low: str, word: str):
    """Every place where ``word`` is written in ``low``."""
    k = low.find(word)
    while k >= 0:
        yield k
        k = low.find(word, k + 1)


def _opener_starts(low: str, openers: tuple[str, ...]) -> list[int]:
    """Where one of ``openers`` is written in ``low``, in order."""
    return sorted({k for w in openers for k in places(low, w)})


def opener_search(rx: re.Pattern, text: str, low: str, openers: tuple[str, ...]) -> re.Match | None:
    """``rx.search(text)`` for a pattern whose every match opens with one of ``openers`` (in any case; ``low`` is the
    text's :func:`keyword_fold`): the pattern tried only where one of them is written, not at every position after the
    first (a case-blind pattern has no first letter to skip to; issue 12). Exact where every character folds to one
    at its place (:func:`aligned`), else the whole text is searched."""
    if not aligned(text, low):
        return rx.search(text)
    return next((m for k in _opener_starts(low, openers) if (m := rx.match(text, k))), None)


def opener_finditer(rx: re.Pattern, text: str, openers: tuple[str, ...]):
    """``rx.finditer(text)`` for a pattern whose every match is not empty and opens with one of ``openers`` (lower
    case; written in any case): matched only where :func:`keyword_fold` writes one, in order, each after the last
    match's end, as ``finditer`` goes on; exact where the fold is :func:`aligned`, else the whole text (as
    :func:`opener_search`)."""
    low = keyword_fold(text)
    if not aligned(text, low):
        yield from rx.finditer(text)
        return
    end = 0
    for k in _opener_starts(low, openers):
        if k >= end and (m := rx.match(text, k)):
            end = m.end()
            yield m
