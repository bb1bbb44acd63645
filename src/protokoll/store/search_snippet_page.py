"""The snippets of a search page in one pass over its texts: the same answers as
:func:`.search_snippet_quick.snippet` of each text.

A page shows ~20 hits; each snippet's steps are small (~1 us warm) but made after the engine's work,
when the code and the objects they touch are out of the CPU's caches (bench/results.md "h120", "h129").
Here the page's texts and its titles (each once) are lowered and folded to bytes together (one encode and two
translates for the page, not for each text), the query's patterns are taken once, and each text's
snippet is then made from its piece of those bytes, as :func:`.search_snippet_quick.snippet` makes it
from the bytes of the text alone (each character folds to one byte whatever stands beside it, so a piece
of the page's bytes is the text's own). A page holding a text the bytes cannot hold (a letter beyond
Latin-1 that does not fold to ASCII) is made text by text.
"""

from __future__ import annotations

from .search_snippet import CHUNK, WIDTH, _WORD, _matches, _outermost, _render, _title, _window
from .search_snippet_quick import _joined, _query, _shown, _words, folded, snippet
from .search_snippet_quick import general

SEPARATOR = "\x00"  #: between the texts of a page: no word character, no term's (a word ends at it)


def page_snippets(pairs: list[tuple[str, str]], terms: list[str], width: int = WIDTH) -> list[str]:
    """``snippet(text, terms, fallback, width)`` of each ``(text, fallback)`` pair, in order."""
    query = _query(tuple(terms)) if terms else None
    if query is None:
        return [general(text, terms, fallback, width) for text, fallback in pairs]
    titles = list(dict.fromkeys(fallback for _text, fallback in pairs if fallback))  # (a title once: often shared)
    pieces = [text for text, _fallback in pairs] + titles
    data = folded(SEPARATOR.join(pieces))
    if data is None:  # (one text beyond the bytes: each text alone, the others still the quick way)
        return [snippet(text, terms, fallback, width) for text, fallback in pairs]
    places = []
    at = 0
    for piece in pieces:
        places.append((at, at + len(piece)))
        at += len(piece) + 1
    title_places = dict(zip(titles, places[len(pairs):]))
    shown: dict[str, str | None] = {}
    return [_made(text, fallback, terms, query, data[at:end], data, title_places.get(fallback), width, shown)
            for (text, fallback), (at, end) in zip(pairs, places)]


def _made(text: str, fallback: str, terms: list[str], query: tuple, own: bytes, data: bytes,
          title_place: tuple[int, int] | None, width: int, titles: dict) -> str:
    """:func:`.search_snippet_quick.snippet` of ``text`` with its folded bytes ``own`` (its title's:
    ``data[slice(*title_place)]``, cut when needed); ``titles``: the page's title snippets so far."""
    if len(text) > 2 * CHUNK:  # (as the quick path: a long text is the general path's)
        return general(text, terms, fallback, width)
    if len(query[1]) == 1:
        word = _first_word(text, own, query[1][0].search, query[0])
        if word is not None:
            return _around(text, terms, query, own, word, width)
        word = []
    else:
        word = _words(text, own, query, 0, len(text), True)
    found = (own, word, word or _joined(text, own, terms, query, 0, len(text))[:1])
    if not found[2] and fallback:
        if len(fallback) > 2 * CHUNK:
            shown = _title(fallback, terms, width, text)
            if shown is not None:
                return shown
        else:
            shown = titles.get(fallback, titles)
            if shown is titles:  # (not seen on this page yet)
                shown = titles[fallback] = _title_shown(fallback, terms, query, data[slice(*title_place)], width)
            if shown is not None:
                return shown
            if not text:
                return _shown(fallback, terms, query, (data[slice(*title_place)], [], []), width)
    return _shown(text, terms, query, found, width)


def _title_shown(fallback: str, terms: list[str], query: tuple, title_data: bytes, width: int) -> str | None:
    """The snippet of the title ``fallback`` (its folded bytes ``title_data``) when a term matches it; else None.
    (Kept per title for the page: the items of a page often share one -- an agenda's standing items, a
    recurring subject -- and a text without a match shows its title's snippet whatever the text.)"""
    title_word = _words(fallback, title_data, query, 0, len(fallback), True)
    first = title_word or _joined(fallback, title_data, terms, query, 0, len(fallback))[:1]
    return _shown(fallback, terms, query, (title_data, title_word, first), width) if first else None


def _first_word(text: str, own: bytes, search, wanted: frozenset[str]) -> tuple[int, int] | None:
    """The span of the first matched word of ``text`` (as :func:`.search_snippet_quick._words_one` finds it
    with ``first_only``), or None."""
    return next(_matched(text, own, search, wanted, 0, len(text), 0), None)


def _matched(text: str, own: bytes, search, wanted: frozenset[str], pos: int, stop: int, low: int):
    """The spans of the matched words of ``text[pos:stop]`` in order (a word begun before ``pos`` is read
    back to its start, but not before ``low``)."""
    while (found := search(own, pos, stop)) is not None:
        first = at = found.start()
        while first > low and text[first - 1].isalnum():
            first -= 1
        word = _WORD.match(text, first, stop)
        if word is None:
            pos = at + 1
            continue
        if _matches(word.group(), wanted):
            yield word.span()
        pos = max(word.end(), at + 1)


def _around(text: str, terms: list[str], query: tuple, own: bytes, word: tuple[int, int], width: int) -> str:
    """:func:`.search_snippet_quick._shown` of a text whose first matched word is ``word``, one pattern
    finding every term: when the window starts at a word and holds that word (nearly always), its other
    matched words are looked for from there in one loop; else :func:`.search_snippet_quick._shown` makes it."""
    start, end = _window(text, word[0], width)
    if (start and text[start - 1].isalnum()) or word[1] > end:
        return _shown(text, terms, query, (own, [word], [word]), width)
    wanted, (finder,) = query
    spans = [word, *_matched(text, own, finder.search, wanted, word[1], end, word[1])]
    if own.find(b"-", start, end) >= 0:
        joined = _joined(text, own, terms, query, start, end)
        if joined:
            spans = _outermost(spans + joined)
    return _render(text, start, end, spans)
