"""A search page's snippets made in one pass over its texts (:mod:`protokoll.store.search_snippet_page`) are
the snippets each text gets alone, byte for byte: the page's texts folded together, a title's snippet kept for
the page, the first matched word's window searched in one loop; and a window with nothing to escape is
rendered as the escaping path renders it."""

from __future__ import annotations

import random
from html import escape

import pytest
from test_search_snippet_quick import QUERIES, _texts

import protokoll.store.search_snippet_page as page
import protokoll.store.search_snippet_quick as quick
from protokoll.store.search_snippet import _render, _render_pieces
from protokoll.swedish.stems import query_terms


def _pages(rng: random.Random, texts: list[str], titles: list[str], n: int) -> list[list[tuple[str, str]]]:
    """``n`` pages of 1-20 (text, title) pairs: titles shared within a page, some pairs without one."""
    pages = []
    for _ in range(n):
        shared = rng.sample(titles, 3)
        pages.append([(rng.choice(texts), rng.choice([*shared, "", rng.choice(titles)]))
                      for _ in range(rng.randint(1, 20))])
    return pages


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_page_of_snippets_is_each_text_s_own(seed):
    rng = random.Random(seed)
    texts = _texts(rng, 300) + ["", "budget", "Budget-", "-e-arkiv-", "x" * 5000 + " budget",
                                "Övriga frågor – budget", "Budget för Ekbacka ĳ skola"]
    titles = [t[:rng.randint(0, 90)] for t in rng.sample(texts, 60)] + ["Budget", "E-arkiv – förstudie", "x" * 4200]
    for pairs in _pages(rng, texts, titles, 60):
        for q in rng.sample(QUERIES, 3) + ["", "ärende budget", "smörgåsbord"]:
            terms = query_terms(q)
            for width in (220, 40):
                assert page.page_snippets(pairs, terms, width) == [
                    quick.snippet(text, terms, fallback, width) for text, fallback in pairs], (pairs, q, width)


def test_the_texts_of_a_page_are_folded_once(monkeypatch):
    calls = []
    monkeypatch.setattr(page, "folded", lambda text: calls.append(text) or quick.folded(text))
    pairs = [("Nämnden beslutar om budgeten.", "Budget"), ("Inget om saken här.", "Budget 2026"),
             ("Ett annat ärende.", "Budget")]
    shown = page.page_snippets(pairs, query_terms("budget"))
    assert len(calls) == 1  # the texts, then each title once
    assert calls[0].split("\x00") == [text for text, _title in pairs] + ["Budget", "Budget 2026"]
    assert shown == ["Nämnden beslutar om <mark>budgeten</mark>.", "<mark>Budget</mark> 2026", "<mark>Budget</mark>"]


def test_a_title_shared_by_texts_without_a_match_is_searched_once_a_page(monkeypatch):
    made = []
    original = page._title_shown
    monkeypatch.setattr(page, "_title_shown", lambda fallback, *a: made.append(fallback) or original(fallback, *a))
    pairs = [(f"Punkt {n} utan träff i texten.", "Övriga frågor – budget") for n in range(6)]
    pairs += [("Inget här heller.", "Sammanträdesplan"), ("Mer text.", "Sammanträdesplan")]
    shown = page.page_snippets(pairs, query_terms("budget"))
    assert made == ["Övriga frågor – budget", "Sammanträdesplan"]
    assert shown[:6] == ["Övriga frågor – <mark>budget</mark>"] * 6
    assert shown[6:] == ["Inget här heller.", "Mer text."]


@pytest.mark.parametrize("window", ["Budget för skolan", "a < b och \"citat\" & 'apostrof'", "styr\x02tecken\x03",
                                    "utan & men \x02", ""])
def test_a_window_is_rendered_as_the_escaping_path_renders_it(window):
    text = "Inledning. " + window + " slut på texten som går vidare"
    start, end = 11, 11 + len(window)
    for spans in ([], [(11, 13)], [(11, 12), (14, 16)]):
        spans = [(s, e) for s, e in spans if e <= end]
        assert _render(text, start, end, spans) == _render_pieces(text, start, end, spans)
        if spans:
            marked = _render(text, start, end, spans)
            assert marked.count("<mark>") == len(spans)
    assert _render(text, start, end, []) == ("…" + escape(window) + "…").strip()
