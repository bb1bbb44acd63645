"""Snippets made more cheaply give the snippets they gave: the window escaped in one call (its marks put
in as control characters), a text without a match not scanned again, a page's repeated text once."""

from __future__ import annotations

from html import escape

import protokoll.store.search as search_module
from protokoll.store.search_snippet import WIDTH, _render, _render_pieces, snippet
from protokoll.store.search_snippet_page import page_snippets
from protokoll.store.search_sql import PageRow
from protokoll.swedish.stems import query_terms


def test_the_window_escaped_at_once_equals_it_escaped_piece_by_piece():
    text = 'Nämnden <b>beslutar</b> & "godkänner" \'budgeten\' för 2025 – ärendet avslutas.'
    spans = [(12, 20), (42, 50)]
    for start, end in [(0, len(text)), (8, 60), (0, 20)]:
        inside = [s for s in spans if s[1] <= end and s[0] >= start]
        assert _render(text, start, end, inside) == _render_pieces(text, start, end, inside)
    assert _render(text, 0, len(text), spans).count("<mark>") == 2


def test_a_text_holding_the_mark_characters_is_escaped_piece_by_piece():
    text = "a \x02 b \x03 beslut <x>"
    html = snippet(text, query_terms("beslut"))
    assert html == "a \x02 b \x03 <mark>beslut</mark> &lt;x&gt;"


def test_a_text_without_a_match_shows_its_start_unmarked():
    long = "Ordföranden öppnar sammanträdet och hälsar alla välkomna. " * 10
    html = snippet(long, query_terms("budget"))
    assert "<mark>" not in html and html.endswith("…") and len(html) <= WIDTH + 1
    assert html == escape(long[:len(html) - 1].strip())  + "…"
    assert snippet("Kort text utan träff.", query_terms("budget")) == "Kort text utan träff."
    # a window cut inside a word (no space to cut at) is still searched: a word cut short there may match
    unbroken = "x" * 300
    assert snippet(unbroken, query_terms("budget")) == "x" * WIDTH + "…"


def test_a_text_met_twice_on_a_page_gets_its_snippet_once(monkeypatch):
    made = []

    def counted(pairs, terms):
        made.extend(text for text, _fallback in pairs)
        return page_snippets(pairs, terms)

    monkeypatch.setattr(search_module, "page_snippets", counted)
    unit = dict(meeting_id=1, meeting_date="2024-01-01", year=2024, organization="O", body="B", item_number="1")
    rows = [PageRow(id=1, kind="decision", title="Budget", text="Beslut att anta budgeten.", **unit),
            PageRow(id=2, kind="decision", title="Budget 2", text="Beslut att anta budgeten.", **unit),
            PageRow(id=3, kind="item", title="Budget", text="Beslut att anta budgeten.", **unit),
            PageRow(id=4, kind="item", title="Budget", text="Beslut att anta budgeten.", **unit)]
    hits = search_module._page_hits(rows, query_terms("budget"))
    assert len(made) == 2  # a decision's snippet never falls back to its title, an item's may
    assert [h.snippet for h in hits] == ["Beslut att anta <mark>budgeten</mark>."] * 4
    assert [h.title for h in hits] == ["Budget", "Budget 2", "Budget", "Budget"]


def _as_before(text: str, terms: list[str], width: int = WIDTH) -> str:
    """A snippet as made before the window's words were searched from the first match on: every word of
    the window searched (the first match known to be in the text)."""
    from protokoll.store.search_snippet import _outermost, _window, joined_spans, matched_spans

    first = matched_spans(text, terms, first_only=True)
    start, end = _window(text, first[0][0], width)
    return _render(text, start, end, _outermost(matched_spans(text, terms, start, end)
                                                + joined_spans(text, terms, start, end)))


def test_every_matched_word_of_the_window_is_marked():
    terms = query_terms("budget")
    text = "Inledning. Budgeten ökar, e-budget och budgetarbetet; sedan budget igen. " + "Övrigt. " * 40
    html = snippet(text, terms)
    assert html.count("<mark>") == 3 and html == _as_before(text, terms)  # ("budgetarbetet": its head is arbete)
    for text in ["x" * 130 + "-budget budget och budget",  # the window starts inside a word: searched whole
                 "y" * 70 + " budget " + "z" * 300,  # the window ends inside a word
                 "Budgetbudgetbudget" * 20 + " budget"]:  # the first matched word is longer than the window
        for width in (40, 80, WIDTH):
            assert snippet(text, terms, width=width) == _as_before(text, terms, width), (text[:20], width)


def test_a_run_of_letters_longer_than_two_pieces_is_searched_once():
    """A text read in pieces for its first match never cuts a word; one run of letters longer than two
    pieces (a URL, a code, text run together) is one piece (it once recursed without end)."""
    from protokoll.store.search_snippet import CHUNK, matched_spans

    terms = query_terms("budget")
    text = "x" * (3 * CHUNK) + " budget"
    assert matched_spans(text, terms, first_only=True) == [(3 * CHUNK + 1, 3 * CHUNK + 7)]
    assert snippet(text, terms).endswith("<mark>budget</mark>")
    assert matched_spans("y" * (5 * CHUNK), terms, first_only=True) == []


def test_a_piece_searched_in_the_lowered_text_equals_it_cut_out():
    """The window's words are searched in the text lowered once (from a word's end, or a word's start)
    and equal those found in the window cut out and lowered on its own."""
    from protokoll.store.search_snippet import _plain, matched_spans

    text = "Budgetar, e-budget; Åbudget budget–budget: budgetåret och BUDGET (budget) abud bud."
    lowered = _plain(text)
    assert lowered is not None and _plain("Straße budget") is None and _plain("İ budget") is None
    for terms in (query_terms("budget"), query_terms("bud")):  # ("bud": too short for a head, found at word starts)
        for start in range(len(text)):
            for end in (start + 5, start + 30, len(text)):
                assert matched_spans(text, terms, start, end, lowered=lowered) == matched_spans(text, terms, start, end)
