"""The links of the search page's facet values (written once per facet, then per value) are exactly the
URLs ``with_query`` makes of the whole query with that value set or cleared."""

import pytest

from protokoll.web.facets import FACETS, facets_json
from protokoll.web.pages.search import Params
from protokoll.web.urls import with_query

VALUES = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", "2024", "Åre & Östersund", "a+b=c?d/e#f", "", " ",
          "item", "ü%20ß", "x" * 300]


@pytest.mark.parametrize("params", [
    Params(q="budget"),
    Params(q="skola & vård", organisation="Region Jämtland", ar="2023", sortering="datum", sida=3),
    Params(q="", organ="Kommunfullmäktige", kommun="Åre", typ="decision", fran="2020-01-01", till="2024-12-31"),
    Params(q="e-arkiv \"förstudie\"", organisation="a+b=c?d/e#f", organ="x" * 300),
])
def test_each_value_links_to_the_query_with_it_set_or_cleared(params):
    facets = {name: {v: i + 1 for i, v in enumerate(VALUES) if v} for name in FACETS}
    facets["body"][params.organ or "Kommunfullmäktige"] = 7  # the chosen value, when there is one
    base = params.query()
    for facet in facets_json(params, facets):
        chosen = getattr(params, facet["param"])
        assert [v["value"] for v in facet["values"]] == list(facets[facet["name"]])
        for value in facet["values"]:
            expected = with_query("/sok", {**base, facet["param"]: "" if value["value"] == chosen else value["value"]})
            assert value["url"] == expected
            assert value["selected"] == (value["value"] == chosen)


def test_the_search_page_without_a_result_cache_is_the_page_with_one(tmp_path, monkeypatch):
    """With ``PROTOKOLL_SEARCH_CACHE=0`` the page is answered as made (not packed for a cache): the same
    status, type, headers that matter and body as from the cache."""
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from conftest import ROOT
    from protokoll.cli import main
    from protokoll.web.app import create_app

    db = tmp_path / "archive.sqlite"
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": f"sqlite:///{db}"},
                                catch_exceptions=False)
    assert "12 inserted" in result.stdout, result.output
    urls = ["/sok?q=teknikdagen", "/sok.json?q=teknikdagen&sida=1", "/sok?q=budget&organisation=x", "/sok?q=zzzz"]
    answers = {}
    for size in ("0", "100"):
        monkeypatch.setenv("PROTOKOLL_SEARCH_CACHE", size)
        client = TestClient(create_app(f"sqlite:///{db}"))
        answers[size] = [client.get(url) for url in urls]
        assert client.app.state.web.search_cache.size == int(size)
    for off, on in zip(answers["0"], answers["100"]):
        assert off.status_code == on.status_code == 200
        assert off.headers["content-type"] == on.headers["content-type"]
        assert off.headers["vary"] == on.headers["vary"]
        assert off.content == on.content
    assert b"teknikdagen" in answers["0"][0].content.lower()
