"""``urls.with_one_changed``: the links that differ in one parameter (a search's facet values) are the
links ``with_query`` makes, with the rest of the query string encoded once."""

from __future__ import annotations

import pytest

from protokoll.web.urls import encoded, with_one_changed, with_query

PARAMS = {"q": "plan & budget = ö", "organisation": "", "organ": "Styrelsen", "ar": "2024", "kommun": None,
          "typ": "", "fran": "2020-01-01", "till": "a/b?c#d", "sortering": "relevans", "sida": None}
VALUES = ["", None, "Lund", "Älvdalen+Mora 100%", "x&y=z", 2024, 0, ["a", "b"], []]


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
