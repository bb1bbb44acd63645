"""A search does once what it did on every call, with the same answers (issue 12, h74): hyphenated words looked
for at the hyphens and the test of each kept, a query word's analysis and a clause's engine query kept."""

from __future__ import annotations

import random
import re

import pytest

from protokoll.store import search_engine_find, search_parse
from protokoll.store.search_parse import parse
from protokoll.store.search_snippet import _HYPHENATED, _each_word, _hyphenated, matched_spans, snippet
from protokoll.swedish.stems import query_terms

#: invented texts in the shapes of minutes: dashes, typographic quotes, bullets, letters beyond Latin-1
TEXTS = ["Styrelsen – efter Åsas förslag – beslöt om ”Ekbackens skolgård” • ärendet återremitteras.",
         "Föredragande: Pål Lindgrén — Mötesplats Ögärdet; “e-tjänst” och e-arkivet 09:00–11:30 … ärende 4.",
         "Łukasz Nowak och Ærlig Øberg: mötet – ett möte om Ekbacken; ärenden, ärendet, Ärende-listan.",
         "•\tBudget 2025 • Budgetuppföljning – budgeten ”godkänns” ‘preliminärt’ (bil. 3) e…"]


def test_spans_of_texts_beyond_latin1_equal_a_scan_of_every_word():
    for q in ["e", "ärende", "arende", "mote", "möte", "ekbacken", "budget", "skolgard", "lukasz", "oberg",
              "e-tjänst", "etjanst", "earkiv", "11", "bil", "preliminart", "godkanns", "saknas"]:
        terms = query_terms(q)
        for sample in TEXTS:
            assert matched_spans(sample, terms) == _each_word(sample, terms, 0, False), (q, sample[:30])
            assert matched_spans(sample, terms, first_only=True) == _each_word(sample, terms, 0, True), (q, sample[:30])
    assert "<mark>Ekbackens</mark>" in snippet(TEXTS[0], query_terms("ekbacken"))
    assert snippet(TEXTS[1], query_terms("earkiv")).count("<mark>") == 1  # "e-arkivet" written together


def test_hyphenated_words_looked_for_at_the_hyphens_equal_the_pattern_tried_everywhere():
    pieces = ["e", "arkiv", "Nord", "ÅÄÖ", "2024", "13:00", "16:00", "x_y", "-", "--", " - ", "–", " ", "\n", "(",
              ")", "a", "IT", "stöd", "ab" * 40, "é"]
    rng = random.Random(74)
    samples = ["e-arkiv", "-e-arkiv-", "a-b-c d-e", "13:00-16:00", "x_y-z", "IT-stödet--x", "a - b", "Nord-Syd-"]
    samples += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(3000)]
    for sample in samples:
        expected = [(m.start(), m.end()) for m in _HYPHENATED.finditer(sample)]
        assert [(m.start(), m.end()) for m in _hyphenated(sample)] == expected, sample


def test_a_query_word_is_analysed_once(monkeypatch):
    calls = []
    real = search_parse.tokens
    monkeypatch.setattr(search_parse, "tokens", lambda word: calls.append(word) or real(word))
    search_parse._word.cache_clear()
    first = parse("Ekbackens budgetuppföljning -skolgård")
    assert sorted(calls) == ["Ekbackens", "budgetuppföljning", "skolgård"]
    again = parse("budgetuppföljning OR Ekbackens")
    assert len(calls) == 3  # every word was analysed before
    assert again.required[0].options == first.required[1].options + first.required[0].options


def test_a_clause_becomes_an_engine_query_once(monkeypatch):
    tantivy = pytest.importorskip("tantivy")
    from protokoll.store.search_engine_schema import schema

    made = []
    real = tantivy.Query.term_query
    monkeypatch.setattr(search_engine_find.tantivy.Query, "term_query",
                        staticmethod(lambda *a, **k: made.append(a[2]) or real(*a, **k)))
    fields = schema()
    parsed = parse("Ekbackens skolgård")
    search_engine_find._terms(fields, parsed)
    assert len(made) == 4  # each term in the title terms and the other terms
    search_engine_find._terms(fields, parse("skolgård Ekbackens -Ekbacken"))
    assert len(made) == 4  # the same clauses: kept
    other = schema()  # another schema (another index): its own queries
    search_engine_find._terms(other, parsed)
    assert len(made) == 8
    assert re.fullmatch(r"ekback", made[0])

