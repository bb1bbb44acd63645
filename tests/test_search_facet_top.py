"""A search page's facets show their largest values and a "Visa alla (N)" link to the rest, as search
engines show them: the counts stay exact, the link (``visa``, no JavaScript) shows that one facet in full
and "Visa färre" goes back; the JSON API keeps every value. On the example archive (SQLite, and
PostgreSQL when set) with the number shown lowered to 2 (its facets have a few values each); the page
in a browser, over an archive with more than ten values a facet: test_search_facets_browser.py."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from fastapi.testclient import TestClient

import protokoll.web.facets as facets_module
from protokoll.web.app import create_app
from protokoll.web.facets import FACET_PARAMS, facets_json
from protokoll.web.pages.search import Params
from example_archive import examples_archive

pytest.importorskip("protokoll.store.search", reason="the search index is not installed")

WORD = "teknikdagen"  #: a word of the example archive whose hits have four kinds (item, decision, ...)
COUNTS = {f"Värde {i:02d}": 100 - i for i in range(25)}  #: a facet of 25 values, largest count first


def _facet(found: list[dict], param: str) -> dict:
    return next(f for f in found if f["param"] == param)


@pytest.fixture
def ten_shown(monkeypatch):
    """Facets show their ten largest values, as the numbers of these tests say, whatever FACET_TOP becomes."""
    monkeypatch.setattr(facets_module, "FACET_TOP", 10)


def test_a_facet_shows_its_largest_values_and_links_to_all(ten_shown):
    found = _facet(facets_json(Params(q="plan", sida=3), {"organization": COUNTS}), "organisation")
    assert [(v["value"], v["count"]) for v in found["values"]] == list(COUNTS.items())[:10]
    assert found["size"] == 25 and found["less_url"] is None
    url = urlsplit(found["more_url"])
    assert url.path == "/sok" and url.fragment == "facett-organisation"
    assert parse_qs(url.query) == {"q": ["plan"], "sortering": ["relevans"], "sida": ["3"], "visa": ["organisation"]}


def test_the_facet_asked_for_shows_every_value_and_links_back(ten_shown):
    found = facets_json(Params(q="plan", visa="organisation"), {"organization": COUNTS, "body": COUNTS})
    full, other = _facet(found, "organisation"), _facet(found, "organ")
    assert [(v["value"], v["count"]) for v in full["values"]] == list(COUNTS.items())
    assert full["more_url"] is None
    assert parse_qs(urlsplit(full["less_url"]).query) == {"q": ["plan"], "sortering": ["relevans"]}
    assert urlsplit(full["less_url"]).fragment == "facett-organisation"
    assert len(other["values"]) == 10 and "visa=organ#" in other["more_url"]  # one facet in full at a time
    for value in full["values"]:  # a value's link keeps the facet open
        assert parse_qs(urlsplit(value["url"]).query)["visa"] == ["organisation"]


def test_the_chosen_value_is_shown_when_it_is_not_among_the_largest(ten_shown):
    chosen = "Värde 17"
    found = _facet(facets_json(Params(q="plan", kommun=chosen), {"municipality": COUNTS}), "kommun")
    assert [v["value"] for v in found["values"]] == [*list(COUNTS)[:10], chosen]
    assert [v["value"] for v in found["values"] if v["selected"]] == [chosen]
    assert found["values"][-1]["count"] == COUNTS[chosen]


def test_a_facet_of_no_more_values_than_shown_has_no_link(ten_shown):
    found = facets_json(Params(q="plan"), {"year": dict(list(COUNTS.items())[:10]), "kind": {}})
    for facet in (_facet(found, "ar"), _facet(found, "typ")):
        assert facet["more_url"] is None and facet["less_url"] is None
    assert _facet(found, "ar")["size"] == 10 and _facet(found, "typ")["values"] == []


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def archive(request, tmp_path_factory) -> str:
    """The example archive, ingested once per module and database: the tests only read it."""
    return examples_archive(request.param, tmp_path_factory, "facet_top")


@pytest.fixture
def client(archive, monkeypatch):
    monkeypatch.setattr(facets_module, "FACET_TOP", 2)
    return TestClient(create_app(archive))


def _page_facets(client: TestClient, url: str) -> dict[str, dict]:
    """The facets of the page at ``url``: label -> {"values": [(text, count)], "more": (text, href), ...}."""
    response = client.get(url)
    assert response.status_code == 200, response.text[:300]
    doc = lxml.html.fromstring(response.text)
    out = {}
    for section in doc.xpath("//aside[@class='facets']/section[@class='facet']"):
        links = [(a.get("aria-label"), a.text_content(), a.get("href")) for a in section.xpath("p[@class='facet-more']/a")]
        out[section.get("id")] = {
            "values": [(li.xpath("a")[0].text_content(), int(li.xpath("span[@class='n']")[0].text_content()))
                       for li in section.xpath("ul/li")], "links": links}
    return out


def test_the_page_shows_the_largest_values_and_the_link_shows_them_all(client):
    api = client.get(f"/api/search?q={WORD}").json()["facets"]
    kinds = api["kind"]
    assert len(kinds) > 2  # (the example archive's hits of the word have more kinds than shown)
    labels = {"item": "punkt", "decision": "beslut", "assignment": "uppdrag", "person": "person"}
    first = _page_facets(client, f"/sok?q={WORD}")
    assert first["facett-typ"]["values"] == [(labels[k], n) for k, n in list(kinds.items())[:2]]
    [(name, text, href)] = first["facett-typ"]["links"]
    assert (name, text) == (f"Visa alla ({len(kinds)}): Typ", f"Visa alla ({len(kinds)})")  # the name: for screen readers
    assert href == f"/sok?q={WORD}&sortering=relevans&visa=typ#facett-typ"

    full = _page_facets(client, href.split("#")[0])
    assert full["facett-typ"]["values"] == [(labels[k], n) for k, n in kinds.items()]  # every value, exact counts
    [(name, text, back)] = full["facett-typ"]["links"]
    assert (name, text) == ("Visa färre: Typ", "Visa färre") and back == f"/sok?q={WORD}&sortering=relevans#facett-typ"
    assert _page_facets(client, back.split("#")[0]) == first
    for facet in ("organisation", "organ", "ar", "kommun"):  # the other facets stay short
        assert full[f"facett-{facet}"] == first[f"facett-{facet}"]
    assert client.get(f"/api/search?q={WORD}&visa=typ").json()["facets"] == api  # the API: always every value


def test_the_page_json_has_what_the_page_shows(client):
    data = client.get(f"/sok.json?q={WORD}&visa=kommun").json()
    for facet in data["facets"]:
        assert facet["size"] >= len(facet["values"])
        assert len(facet["values"]) == (facet["size"] if facet["param"] == "kommun" else min(2, facet["size"]))
    assert data["filters"]["visa"] == "kommun"
    assert "visa" not in data["csv_url"] and "visa" not in data["atom_url"]  # exports have no facets


def test_an_unknown_facet_is_refused_with_the_choices(client):
    assert client.get(f"/sok?q={WORD}&visa=fel").status_code == 400
    response = client.get(f"/sok.json?q={WORD}&visa=fel")
    assert response.status_code == 400
    assert "Okänd facett 'fel'" in response.text and all(p in response.text for p in FACET_PARAMS)


def test_the_openapi_description_says_what_visa_does_and_that_the_api_keeps_every_value(client):
    schema = client.get("/openapi.json").json()["paths"]
    visa = next(p for p in schema["/sok"]["get"]["parameters"] if p["name"] == "visa")
    assert "alla värden" in visa["description"]
    assert "alla värden" in schema["/api/search"]["get"]["description"]
