"""Search snippets: a window of the display text around the first matched word.

Words are matched the way the index matches them (folded stems and compound
heads, :func:`protokoll.analysis.word_terms`) and highlighted as written. The
text comes from documents and is untrusted: every piece is HTML-escaped
before ``<mark>`` tags go in, so the result is safe to put into a page.
"""

from __future__ import annotations

from html import escape

from ..analysis import matches, words

WIDTH = 220  #: characters of text in a snippet (about)
BEFORE = 60  #: characters kept before the first matched word
ELLIPSIS = "…"


def matched_spans(text: str, terms: list[str], start: int = 0, end: int | None = None,
                  first_only: bool = False) -> list[tuple[int, int]]:
    """Spans of the words of ``text[start:end]`` that one of the query ``terms`` matches."""
    wanted = set(terms)
    spans: list[tuple[int, int]] = []
    for s, e, word in words(text[start:end] if end is not None else text[start:]):
        if matches(word, wanted):
            spans.append((start + s, start + e))
            if first_only:
                break
    return spans


def snippet(text: str, terms: list[str], fallback: str = "", width: int = WIDTH) -> str:
    """HTML: about ``width`` characters of ``text`` around its first match, matches in ``<mark>``.

    When ``text`` holds no match but ``fallback`` (the title) does, the
    snippet is made from ``fallback``; with no match at all it is the start
    of ``text``.
    """
    first = matched_spans(text, terms, first_only=True)
    if not first and fallback and (matched_spans(fallback, terms, first_only=True) or not text):
        return snippet(fallback, terms, width=width)
    start, end = _window(text, first[0][0] if first else 0, width)
    return _render(text, start, end, matched_spans(text, terms, start, end))


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
    out = [ELLIPSIS] if start > 0 else []
    pos = start
    for s, e in spans:
        out += [escape(text[pos:s]), "<mark>", escape(text[s:e]), "</mark>"]
        pos = e
    out.append(escape(text[pos:end]))
    if end < len(text):
        out.append(ELLIPSIS)
    return "".join(out).strip()
