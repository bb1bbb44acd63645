"""``urls.encoded`` is the one encoding of a page's query: ``urls.with_query`` joins its pieces, and
``urls.with_one_changed`` makes the links that differ in one parameter (a search's facet values) from them
as ``with_query`` makes them, with the rest encoded once."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from protokoll.web.urls import encoded, with_one_changed, with_query

PARAMS = {"q": "plan & budget = ö", "organisation": "", "organ": "Styrelsen", "ar": "2024", "kommun": None,
          "typ": "", "fran": "2020-01-01", "till": "a/b?c#d", "sortering": "relevans", "sida": None}
VALUES = ["", None, "Lund", "Älvdalen+Mora 100%", "x&y=z", " ", "ü%20ß\u00a0€", 2024, 0, ["a", "b"], [],
          ("c", "d e"), ()]


def test_with_query_keeps_the_non_empty_parameters_in_order_encoded():
    assert with_query("/sok", PARAMS) == ("/sok?q=plan+%26+budget+%3D+%C3%B6&organ=Styrelsen&ar=2024"
                                          "&fran=2020-01-01&till=a%2Fb%3Fc%23d&sortering=relevans")


def test_with_query_repeats_a_lists_name_and_writes_no_question_mark_for_nothing():
    assert with_query("/uppdrag", {"status": ["open", "done"], "sida": 2}) == "/uppdrag?status=open&status=done&sida=2"
    assert with_query("/uppdrag", {"sida": 0}) == "/uppdrag?sida=0"  # only None, "" and [] are left out
    for nothing in ({}, {"q": None, "ar": ""}, {"status": []}, {"status": ()}):
        assert with_query("/sok", nothing) == "/sok", nothing


@pytest.mark.parametrize("value", VALUES)
def test_with_query_is_the_standard_librarys_encoding_of_the_non_empty_parameters(value):
    params = {**PARAMS, "visa": value, "å ä": value}
    kept = {k: v for k, v in params.items() if v not in (None, "", [])}
    query = urlencode(kept, doseq=True)
    assert with_query("/sok", params) == (f"/sok?{query}" if query else "/sok")
    assert "&".join(encoded(params).values()) == query


@pytest.mark.parametrize("name", [*PARAMS, "new"])
def test_a_changed_parameter_gives_the_url_with_query_gives(name):
    url = with_one_changed("/sok", PARAMS, name)
    shared = with_one_changed("/sok", PARAMS, name, encoded(PARAMS))  # the pieces encoded once for every name
    for value in VALUES:
        assert url(value) == shared(value) == with_query("/sok", {**PARAMS, name: value}), value


def test_without_other_parameters():
    assert with_one_changed("/sok", {}, "ar")("") == "/sok"
    assert with_one_changed("/sok", {"q": ""}, "ar")("2020") == "/sok?ar=2020"
    assert with_one_changed("/sok", {"ar": "2019", "q": "x"}, "ar")("2020") == "/sok?ar=2020&q=x"
