"""Search snippets: a window of the display text around the first matched word.

Words are matched the way the index matches them (folded stems and compound
heads, :func:`protokoll.swedish.stems.word_terms`) and highlighted as written. The
text comes from documents and is untrusted: every piece is HTML-escaped
before ``<mark>`` tags go in, so the result is safe to put into a page.

This is the general path, the reference: a search page's snippets are made
by :mod:`.search_snippet_quick`, which gives the same answers in fewer steps
for most texts and hands it the rest.
"""

from __future__ import annotations

import re
from functools import lru_cache
from html import escape

from ..swedish.stems import joined_words, matches, word_terms, words
from .search_snippet_text import TO_ASCII as _TO_ASCII, plain as _plain, prepared as _prepared

_WORD = re.compile(r"[^\W_]+")  #: a word as :func:`protokoll.swedish.stems.words` reads it
#: a hyphenated word, as :func:`protokoll.swedish.stems.joined_words` reads it (the same matches): tried at word
#: starts only, its letters taken possessively -- else each word is tried from every letter and given back
#: letter by letter (quadratic in its length: ~30 µs for a snippet's window)
_HYPHENATED = re.compile(r"(?<![^\W_])[^\W_]++(?:-[^\W_]++)+")


CHUNK = 2048  #: characters of a long text searched at a time for its first match
WIDTH = 220  #: characters of text in a snippet (about)
BEFORE = 60  #: characters kept before the first matched word
ELLIPSIS = "…"


def matched_spans(text: str, terms: list[str], start: int = 0, end: int | None = None,
                  first_only: bool = False, lowered: str | None = None) -> list[tuple[int, int]]:
    """Spans of the words of ``text[start:end]`` that one of the query ``terms`` matches.

    Every index term of a word is a substring of the folded word, so only the
    words around an occurrence of a term in the folded text are looked at
    (when every letter lower-cases to one letter that folds to one ASCII letter,
    so positions stay; else each word). ``lowered``: ``text.lower()`` of such a
    text (:func:`_plain`), made once for all the searches of one snippet.
    """
    stop = len(text) if end is None else min(end, len(text))
    if first_only and stop - start > 2 * CHUNK:  # the first match is usually early: look in pieces
        return _first_in_pieces(text, terms, start, stop)
    return _spans(text, terms, start, stop, first_only, lowered)


def _spans(text: str, terms: list[str], start: int, stop: int, first_only: bool,
           lowered: str | None) -> list[tuple[int, int]]:
    """:func:`matched_spans` of ``text[start:stop]`` in one piece."""
    if not terms:  # (no term matches any word)
        return []
    if lowered is None or (start and text[start - 1].isalnum() and start < stop and text[start].isalnum()):
        # (a piece starting inside a word is read as its own text: the word is cut there; a piece starting
        # at a word's end, where no term can start, is searched in place)
        segment = text[start:stop]
        lowered = _plain(segment)
        if lowered is None:
            return _each_word(segment, terms, start, first_only)
        text, stop, offset = segment, len(segment), start
    else:  # the whole text lowered once; its pieces are searched in place (pos/endpos, as a cut copy would be)
        offset = 0
    wanted, finder, ascii_finder = _prepared(tuple(terms))
    if ascii_finder is not None and len(data := lowered.encode("latin-1", "ignore")) == len(lowered):
        finder, lowered = ascii_finder, data.translate(_TO_ASCII)  # (positions kept: one byte per character)
    spans: list[tuple[int, int]] = []
    low = start - offset
    pos = low
    while (found := finder.search(lowered, pos, stop)) is not None:
        first = found.start()
        while first > low and text[first - 1].isalnum():
            first -= 1
        word = _WORD.match(text, first, stop)
        if word is None:  # (a term found where folding moved letters: look from the next character)
            pos = found.start() + 1
            continue
        if _matches(word.group(), wanted):
            spans.append((offset + word.start(), offset + word.end()))
            if first_only:
                break
        pos = max(word.end(), found.start() + 1)
    return spans


def _first_in_pieces(text: str, terms: list[str], start: int, stop: int) -> list[tuple[int, int]]:
    """The first matched word of ``text[start:stop]``, read a piece of about CHUNK characters at a time
    (a piece is longer only when one word is: a run of letters is never cut)."""
    while start < stop:
        cut = min(stop, start + CHUNK)
        while cut < stop and text[cut].isalnum():  # never cut a word
            cut += 1
        found = _spans(text, terms, start, cut, True, None)
        if found:
            return found
        start = cut
    return []


def _each_word(segment: str, terms: list[str], start: int, first_only: bool) -> list[tuple[int, int]]:
    wanted = frozenset(terms)
    spans: list[tuple[int, int]] = []
    for s, e, word in words(segment):
        if _matches(word, wanted):
            spans.append((start + s, start + e))
            if first_only:
                break
    return spans


@lru_cache(maxsize=8192)
def _matches(word: str, wanted: frozenset[str]) -> bool:
    """:func:`~protokoll.swedish.stems.matches`, kept per word as written and query: the candidate words of
    a page repeat ("en", "ett", "efter" for a query term "e"; the same word in many texts alike), and one
    test folds the word and tries each term in it (~1 us; a cached answer ~0.1 us)."""
    return matches(word, wanted)


def snippet(text: str, terms: list[str], fallback: str = "", width: int = WIDTH) -> str:
    """HTML: about ``width`` characters of ``text`` around its first match, matches in ``<mark>``.

    When ``text`` holds no match but ``fallback`` (the title) does, the
    snippet is made from ``fallback``; with no match at all it is the start
    of ``text``.
    """
    lowered = _plain(text) if terms and len(text) <= 2 * CHUNK else None  # (once for every search below)
    word = matched_spans(text, terms, first_only=True, lowered=lowered)
    first = word or joined_spans(text, terms, lowered=lowered)[:1]
    if not first and fallback:
        shown = _title(fallback, terms, width, text)
        if shown is not None:
            return shown
    return _around(text, terms, width, lowered, word, first)


def _title(fallback: str, terms: list[str], width: int, text: str) -> str | None:
    """The snippet of the title ``fallback`` of a ``text`` holding no match, when the title holds one (or the
    text is empty); else None. (The title's own search, once: a snippet of it starts from what it found.)"""
    title_lowered = _plain(fallback) if terms and len(fallback) <= 2 * CHUNK else None
    title_word = matched_spans(fallback, terms, first_only=True, lowered=title_lowered)
    if title_word or joined_spans(fallback, terms, lowered=title_lowered) or not text:
        return _around(fallback, terms, width, title_lowered, title_word)
    return None


def _around(text: str, terms: list[str], width: int, lowered: str | None, word: list[tuple[int, int]],
            first: list[tuple[int, int]] | None = None) -> str:
    """:func:`snippet` of ``text`` (no fallback) with its ``lowered`` text and first matched ``word`` found."""
    if first is None:
        first = word or joined_spans(text, terms, lowered=lowered)[:1]
    start, end = _window(text, first[0][0] if first else 0, width)
    if not first and (end == len(text) or text[end].isspace()):
        return _render(text, start, end, [])  # no word of the text matched: none of its whole words in the window
    if word and (start == 0 or not text[start - 1].isalnum()) and word[0][1] <= end:
        # the window starts at a word: its words before the first matched one are words of the text that
        # did not match; the rest of it is searched from there
        words_in = word + matched_spans(text, terms, word[0][1], end, lowered=lowered)
    else:
        words_in = matched_spans(text, terms, start, end, lowered=lowered)
    joined = joined_spans(text, terms, start, end, lowered)
    return _render(text, start, end, _outermost(words_in + joined) if joined else words_in)  # (in order, apart)


def joined_spans(text: str, terms: list[str], start: int = 0, end: int | None = None,
                 lowered: str | None = None) -> list[tuple[int, int]]:
    """Spans of the hyphenated words of ``text[start:end]`` that a term matches written together
    ("earkiv" marks "e-arkiv", as the index keeps it: :func:`~protokoll.swedish.stems.joined_words`).
    ``lowered``: as :func:`matched_spans` takes it."""
    segment = text[start:end]
    if "-" not in segment or not terms:
        return []
    wanted, finder, _ascii = _prepared(tuple(terms))
    # a term matching a joined word is in the text with the word's hyphens taken out (positions kept, as
    # in matched_spans): only the hyphenated runs between spaces are looked at, one scan rules most out
    # (the hyphenated words of a long text cost ~0.1 ms to read; "13:00-16:00" is a run too)
    lowered = lowered[start:end] if lowered is not None else _plain(segment)
    if lowered is not None:
        runs = [run for run in lowered.split() if "-" in run]
        if finder.search(" ".join(runs).replace("-", "")) is None:
            return []
    return [(start + m.start(), start + m.end()) for m in _hyphenated(segment) if _joined_matches(m.group(), wanted)]


def _hyphenated(segment: str) -> list[re.Match]:
    """``_HYPHENATED.finditer(segment)``, looked for at the hyphens only: each match begins at the start of
    the run of letters before its first hyphen (the pattern tried at every character costs ~35 ns each,
    ~16 us for a text of 500; this, ~3 us). After a match the next one is looked for from its end, where
    no run of letters goes on."""
    found = []
    pos = 0
    match = _HYPHENATED.match
    while (hyphen := segment.find("-", pos)) >= 0:
        first = hyphen
        while first > pos and segment[first - 1].isalnum():  # (as the pattern's [^\W_])
            first -= 1
        m = match(segment, first) if first < hyphen else None
        if m is None:
            pos = hyphen + 1
        else:
            found.append(m)
            pos = m.end()
    return found


@lru_cache(maxsize=4096)
def _joined_matches(hyphenated: str, wanted: frozenset[str]) -> bool:
    """Whether a term matches the hyphenated word written together, kept per word and query as
    :func:`_matches` keeps a word's test ("e-arkiv", "13:00-16:00" recur in the texts of a page)."""
    return any(not wanted.isdisjoint(word_terms(w)) for w in joined_words(hyphenated))


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order without those inside another ("arkiv" inside a marked "e-arkiv")."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and s < out[-1][1]:
            continue
        out.append((s, e))
    return out


def _window(text: str, first: int, width: int) -> tuple[int, int]:
    """``(start, end)`` of the window, moved to word boundaries."""
    start = max(0, first - BEFORE)
    if start > 0:
        space = text.rfind(" ", 0, start + 1)
        start = space + 1 if space >= 0 and first - space <= BEFORE * 2 else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", max(first + 1, start + width // 2), end)
        end = space if space > 0 else end
    return start, end


def _render(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """The window, escaped, with ``<mark>`` around the spans: the marks go in as two control characters
    (when the window holds neither), the window is escaped once, and they become the tags."""
    window = text[start:end]
    if _ESCAPED.search(window) is None:  # nothing to escape (most windows): the tags go in as they are
        if not spans:
            marked = window
        else:
            out = []
            pos = start
            for s, e in spans:
                out += [text[pos:s], "<mark>", text[s:e], "</mark>"]
                pos = e
            out.append(text[pos:end])
            marked = "".join(out)
        return ((ELLIPSIS if start > 0 else "") + marked + (ELLIPSIS if end < len(text) else "")).strip()
    if _OPEN in window or _CLOSE in window:
        return _render_pieces(text, start, end, spans)
    out = []
    pos = start
    for s, e in spans:
        out += [text[pos:s], _OPEN, text[s:e], _CLOSE]
        pos = e
    out.append(text[pos:end])
    marked = escape("".join(out)).replace(_OPEN, "<mark>").replace(_CLOSE, "</mark>")
    return ((ELLIPSIS if start > 0 else "") + marked + (ELLIPSIS if end < len(text) else "")).strip()


_OPEN, _CLOSE = "\x02", "\x03"  #: where <mark> and </mark> go (escaping leaves them as they are)
_ESCAPED = re.compile("[&<>\"']")  #: what ``html.escape`` changes: a window without them is escaped as it is


def _render_pieces(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """:func:`_render` piece by piece (a window holding one of its two control characters)."""
    out = [ELLIPSIS] if start > 0 else []
    pos = start
    for s, e in spans:
        out += [escape(text[pos:s]), "<mark>", escape(text[s:e]), "</mark>"]
        pos = e
    out.append(escape(text[pos:end]))
    if end < len(text):
        out.append(ELLIPSIS)
    return "".join(out).strip()
