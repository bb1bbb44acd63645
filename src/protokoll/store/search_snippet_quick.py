"""Search snippets of the common text in fewer steps: the same answer as :func:`.search_snippet.snippet`.

Most texts of an archive are short and written in Latin-1 letters that fold
to one ASCII letter each (:func:`.search_snippet_text.plain`), and most query
terms are ASCII. Such a text is lowered and folded in one pass (:func:`folded`)
and every search of its snippet -- the first matched word, the matched words
of the window -- runs on those bytes (:func:`_words`), where the general path
lowers, encodes and folds the text again for each search. Several long terms
are each looked for alone (one pattern of them all tries every letter that
may begin one), and hyphenated words are ruled out from the hyphens
(:func:`_joined`). Any other text (longer, wider characters, a term beyond
ASCII) is given the general path's snippet; tests/test_search_snippet_quick.py
holds the two paths to the same answers.
"""

from __future__ import annotations

import codecs
import re
from functools import lru_cache

from .search_snippet import (CHUNK, WIDTH, _WORD, _matches, _outermost, _render, _title, _window, joined_spans,
                             snippet as general)
from .search_snippet_text import SHORTEST_HEAD, WRITTEN_NOT_OTHER, WRITTEN_TO_ASCII, prepared


def snippet(text: str, terms: list[str], fallback: str = "", width: int = WIDTH) -> str:
    """:func:`.search_snippet.snippet` of ``text`` (HTML, matches in ``<mark>``)."""
    query = _query(tuple(terms)) if terms else None
    found = _found(text, terms, query) if query is not None else None
    if found is None:  # (a text or a term the bytes cannot hold as they are)
        return general(text, terms, fallback, width)
    if not found[2] and fallback:
        title = _found(fallback, terms, query)
        if title is None:
            shown = _title(fallback, terms, width, text)
            if shown is not None:
                return shown
        elif title[2] or not text:
            return _shown(fallback, terms, query, title, width)
    return _shown(text, terms, query, found, width)


def _found(text: str, terms: list[str], query: tuple) -> tuple | None:
    """``(folded, first matched word, first match)`` of ``text`` (each as a list of at most one span; the
    first match: the word's, else a matched hyphenated word's); None for a text the bytes cannot hold
    (:func:`folded`) or a long one."""
    data = folded(text) if len(text) <= 2 * CHUNK else None
    if data is None:
        return None
    word = _words(text, data, query, 0, len(text), True)
    return data, word, word or _joined(text, data, terms, query, 0, len(text))[:1]


def _shown(text: str, terms: list[str], query: tuple, found: tuple, width: int) -> str:
    """The snippet of ``text`` around what :func:`_found` found in it, as :func:`.search_snippet._around`
    makes it."""
    data, word, first = found
    start, end = _window(text, first[0][0] if first else 0, width)
    if not first and (end == len(text) or text[end].isspace()):
        return _render(text, start, end, [])  # (as the general path: no whole word of the window matched)
    if word and (start == 0 or not text[start - 1].isalnum()) and word[0][1] <= end:
        words_in = word + _words(text, data, query, word[0][1], end, False)
    elif start and text[start - 1].isalnum() and start < end and text[start].isalnum():
        # a window starting inside a word: read as its own text, the word cut there (as the general path reads it)
        cut = _words(text[start:end], data[start:end], query, 0, end - start, False)
        words_in = [(start + s, start + e) for s, e in cut]
    else:  # (no word matched, a hyphenated one did)
        words_in = _words(text, data, query, start, end, False)
    joined = _joined(text, data, terms, query, start, end)
    return _render(text, start, end, _outermost(words_in + joined) if joined else words_in)


def _joined(text: str, data: bytes, terms: list[str], query: tuple, start: int, end: int) -> list[tuple[int, int]]:
    """:func:`.search_snippet.joined_spans` of ``text[start:end]``, ruled out first as it rules them out, on the
    folded bytes: no term is found in a run between spaces that holds a hyphen, its hyphens taken out (the
    runs found from each hyphen: a piece has few)."""
    hyphen = data.find(b"-", start, end)
    while hyphen >= 0:
        left = data.rfind(b" ", start, hyphen)
        right = data.find(b" ", hyphen, end)
        right = end if right < 0 else right
        run = data[start if left < 0 else left + 1:right].replace(b"-", b"")
        if any(finder.search(run) is not None for finder in query[1]):
            return joined_spans(text, terms, start, end, text.lower())
        hyphen = data.find(b"-", right, end)
    return []


def folded(text: str) -> bytes | None:
    """``text`` lowered and folded to ASCII bytes in one pass, one byte per character (what
    :func:`.search_snippet._spans` searches); None unless :func:`.search_snippet_text.plain` lets the text
    through with every letter and digit Latin-1 (a dash, a quote or a bullet beyond it: :func:`_kept_apart`)."""
    try:
        data = text.encode("latin-1", _APART)
    except UnicodeEncodeError:
        return None
    if data.translate(None, WRITTEN_NOT_OTHER):
        return None
    return data.translate(WRITTEN_TO_ASCII)


def _kept_apart(err: UnicodeEncodeError) -> tuple[str, int]:
    """The error handler of :func:`folded`'s codec: each character beyond Latin-1 that is no letter or
    digit becomes one byte, a space when it is one (as ``str.split`` reads it), else a zero byte: no term
    holds either and a word ends at either, as at the character. A letter or digit, a character beyond the
    BMP or one lowering to two (:func:`.search_snippet_text.plain` refuses some) leaves the text to the
    general path."""
    out = []
    for char in err.object[err.start:err.end]:
        if char.isspace():
            out.append(" ")
        elif char.isalnum() or char > "\uffff" or len(char.lower()) != 1:
            raise err
        else:
            out.append("\x00")
    return "".join(out), err.end


_APART = "protokoll-snippet-apart"
codecs.register_error(_APART, _kept_apart)


@lru_cache(maxsize=256)
def _query(terms: tuple[str, ...]) -> tuple[frozenset[str], tuple[re.Pattern, ...]] | None:
    """The set of the query's ``terms`` and the patterns finding them in folded bytes: one of them all
    (:func:`.search_snippet_text.prepared`), or, for terms all at least as long as a compound head's stem,
    one for each term alone: a pattern of several long terms tries each at every letter that begins one
    (~10 ns a byte for two), each alone is looked for as a literal (~1 ns); a short term is looked for at
    word starts, which the pattern of them all finds faster. None when a term is not ASCII."""
    wanted, _finder, every = prepared(terms)
    if every is None:
        return None
    if len(wanted) == 1 or min(map(len, wanted)) < SHORTEST_HEAD:
        return wanted, (every,)
    return wanted, tuple(prepared((term,))[2] for term in sorted(wanted))


def _words(text: str, data: bytes, query: tuple, low: int, stop: int, first_only: bool) -> list[tuple[int, int]]:
    """Spans of the matched words of ``text[low:stop]`` (its first only: ``first_only``), found in its folded
    ``data`` in place, as :func:`.search_snippet._spans` finds them in a text searched in place. With a pattern
    for each term, the next place a term is found is the least of each term's next place (kept while ahead)."""
    wanted, finders = query
    if len(finders) == 1:
        return _words_one(text, data, finders[0].search, wanted, low, stop, first_only)
    ahead = [-2] * len(finders)  #: each term's next place at or after ``pos``; -1: none; -2: not looked for
    spans: list[tuple[int, int]] = []
    pos = low
    while (at := _next(finders, ahead, data, pos, stop)) >= 0:
        word = _word_at(text, at, low, stop)
        if word is None:  # (cannot happen in such a text: kept as the general path has it)
            pos = at + 1
            continue
        if _matches(word.group(), wanted):
            spans.append(word.span())
            if first_only:
                break
        pos = max(word.end(), at + 1)
    return spans


def _words_one(text: str, data: bytes, search, wanted: frozenset[str], low: int, stop: int,
               first_only: bool) -> list[tuple[int, int]]:
    """:func:`_words` with one pattern (``search``) finding every term. A loop of its own, not :func:`_words`'s
    given a next-place function: that merge was measured 7 % slower over 24,000 snippets of the 2k archive
    (0.093 -> 0.100 s; the call per match), on the hot path of every result page."""
    spans: list[tuple[int, int]] = []
    pos = low
    while (found := search(data, pos, stop)) is not None:
        first = at = found.start()
        while first > low and text[first - 1].isalnum():
            first -= 1
        word = _WORD.match(text, first, stop)
        if word is None:  # (cannot happen in such a text: kept as the general path has it)
            pos = at + 1
            continue
        if _matches(word.group(), wanted):
            spans.append(word.span())
            if first_only:
                break
        pos = max(word.end(), at + 1)
    return spans


def _word_at(text: str, at: int, low: int, stop: int) -> re.Match | None:
    """The word of ``text[low:stop]`` holding the place ``at``."""
    first = at
    while first > low and text[first - 1].isalnum():
        first -= 1
    return _WORD.match(text, first, stop)


def _next(finders: tuple, ahead: list[int], data: bytes, pos: int, stop: int) -> int:
    """The first place at or after ``pos`` where a term is found (as one pattern of all of them finds it:
    the least of each term's first place); -1: none."""
    best = -1
    for i, finder in enumerate(finders):
        at = ahead[i]
        if at == -2 or 0 <= at < pos:
            found = finder.search(data, pos, stop)
            at = ahead[i] = found.start() if found is not None else -1
        if at >= 0 and (best < 0 or at < best):
            best = at
    return best
