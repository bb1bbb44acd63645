"""The snippets of a page made in fewer steps (:mod:`protokoll.store.search_snippet_quick`) are the snippets
the general path makes, byte for byte; the common text (Latin-1, ASCII terms) never takes the general path."""

from __future__ import annotations

import random

import pytest

import protokoll.store.search_snippet_quick as quick
from protokoll.store.search_snippet import snippet as general
from protokoll.store.search_snippet_text import (NOT_OTHER, TO_ASCII, WRITTEN_NOT_OTHER, WRITTEN_TO_ASCII,
                                                 plain)
from protokoll.swedish.stems import query_terms

#: invented pieces of Swedish meeting text, and pieces that test the edges (wide characters, spaces of other
#: kinds, hyphens, marks, a long run of letters)
WORDS = ("Nämnden beslutar att godkänna budgeten för Ekbacka skola. Föredragande: Tove Lindahl. Kommunerna "
         "i Norrdal har tagit fram ett förslag om e-arkiv och IT-stöd; budgetuppföljningen visar ett "
         "överskott. Remissyttrandet om transportinfrastruktur antogs. Studieresan till Öregrund ställs "
         "in. Arbetsutskottet föreslår e-arkivlösning, förstudie och upphandling 2025-2026 kl. 13:00-16:00. "
         "Mötesplanen fastställs. Ärendet bordläggs. Överenskommelsen om kollektivtrafik godkänns.").split()
EDGES = ["–", "”", "•", "ł", "ß", "æ", "Æ", "ﬁ", "İ", "\xa0", "\x1c", "\x85", "\t", "\n", "\x02", "<b>", "&",
         "ª", "½", "µ", "ÿ", "Ö-", "-E", "Nord-Syd-gruppen", "E-ARKIV", "x" * 70, "\u0301", "budget-", "-budget"]
QUERIES = ["budget", "e-arkivlösning förstudie", "remissyttrande transportinfrastruktur", "kommunerna", "e",
           "arkiv", "mötesplan", "13:00", "2025", "Öregrund", "it-stöd", "ekbacka skola", "kl", "ärende",
           "överskott studieresa kollektivtrafik", "nord", "gruppen"]


def _texts(rng: random.Random, n: int) -> list[str]:
    texts = []
    for _ in range(n):
        pieces = [rng.choice(EDGES) if rng.random() < 0.15 else rng.choice(WORDS) for _ in range(rng.randint(0, 90))]
        texts.append("".join(p + rng.choice(" " * 12 + "\xa0-") for p in pieces).strip())
    return texts


def test_the_quick_snippet_equals_the_general_one():
    rng = random.Random(12)
    texts = _texts(rng, 700) + ["", "budget", "Budget-", "-e-arkiv-", "x" * 5000 + " budget"]
    for text in texts:
        for q in rng.sample(QUERIES, 4):
            terms = query_terms(q)
            title = rng.choice(texts)[:90]
            for fallback in ("", title):
                for width in (220, 40):
                    assert quick.snippet(text, terms, fallback, width) == general(text, terms, fallback, width), \
                        (text, q, fallback, width)


def test_a_window_starting_inside_a_word_is_searched_as_the_general_path_searches_it():
    text = "Föredragandeochsekreteraren: Tove Lindahl och Ola Berg redovisar att budgeten för skolan hålls."
    for q in ("budget", "redovisar budget", "tove"):
        terms = query_terms(q)
        assert quick.snippet(text, terms, "", 60) == general(text, terms, "", 60)
    assert "<mark>budgeten</mark>" in quick.snippet(text, query_terms("budget"))


def test_several_long_terms_are_found_at_the_first_place_any_of_them_is():
    text = "Kommunen lämnar ett remissyttrande. Planen för transportinfrastruktur antas. Remissyttrandet godkänns."
    terms = query_terms("transportinfrastruktur remissyttrande")
    html = quick.snippet(text, terms)
    assert html == general(text, terms) and html.count("<mark>") == 3
    assert html.index("<mark>remissyttrande</mark>") < html.index("<mark>transportinfrastruktur</mark>")


def test_a_hyphenated_word_matched_written_together_is_marked_and_others_are_not_searched_again():
    terms = query_terms("earkiv")
    assert quick.snippet("Byte av e-arkiv 2025-2026.", terms) == "Byte av <mark>e-arkiv</mark> 2025-2026."
    assert quick.snippet("Mötet 2025-2026 om arkivet.", terms) == general("Mötet 2025-2026 om arkivet.", terms)


@pytest.mark.parametrize("text", ["Nämnden godkänner budgeten för Ekbacka.", "ÅRETS BUDGET - nämnden",
                                  "Budget\xa0för\x85året", "Övriga frågor – budget • ”nästa år”\u2009nu"])
def test_a_latin1_text_and_title_take_the_quick_path(monkeypatch, text):
    terms = query_terms("budget")
    expected = general(text, terms, "Budget för Ekbacka"), general("Ingen träff här.", terms, "Årets budget")

    def refused(*args, **kwargs):
        raise AssertionError("the general path was taken")

    monkeypatch.setattr(quick, "general", refused)
    monkeypatch.setattr(quick, "_title", refused)
    assert quick.snippet(text, terms, "Budget för Ekbacka") == expected[0]
    assert quick.snippet("Ingen träff här.", terms, "Årets budget") == expected[1] == "Årets <mark>budget</mark>"


def test_a_written_byte_folds_as_its_lowered_byte_and_every_space_is_one_space():
    for code in range(256):
        char = chr(code)
        lowered = ord(char.lower())
        assert WRITTEN_TO_ASCII[code] == (0x20 if char.isspace() else TO_ASCII[lowered])
        assert (code in WRITTEN_NOT_OTHER) == (lowered in NOT_OTHER)
    for text in ("Årsmöte ÖVER ÄNDRING", "Stræde", "ªµ", "Ölandsbro\xa0kl.\x1c13"):
        latin = len(text.encode("latin-1", "ignore")) == len(text)
        assert (quick.folded(text) is None) == (not latin or plain(text) is None)


def test_a_dash_a_quote_or_a_space_beyond_latin1_is_one_byte_and_a_letter_beyond_it_is_refused():
    assert quick.folded("Frågor – ”Öst”\u2009•\u0301x") == b"fragor \x00 \x00ost\x00 \x00\x00x"
    for text in ("Łódź", "ﬁnans", "İzmir", "budget \U0001f600", "Ⅻ"):
        assert quick.folded(text) is None
