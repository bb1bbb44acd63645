"""Odd requests and odd stored text get 4xx or a clean answer, never 500 (reliability review W1-W3).

- Numbers in URLs: only ASCII digits within range name a row, a year, a page
  (W1); other scripts' digits, huge numbers and 5,000 digits are 404/422.
- Feeds and calendars hold only what XML/iCalendar can, whether the odd code
  points come from the query or from a stored document (W2).
- Every answer carries the security headers: 404, 422, 503 and 500 too (W3).
- Absolute URLs come from the configured site address, never the Host header.
- A few hundred generated odd URLs and parameters over every route: no 5xx.

The archive is written here: two minutes of one made-up group, one of them
with U+FFFE, U+FFFF and C0 controls in an item title and its decision.
"""

from __future__ import annotations

import icalendar
import lxml.etree
import lxml.html
import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from browser_server import ingest
from protokoll.web.app import create_app
from protokoll.web.pages import ROUTERS
from protokoll.web.params import ascii_number, row_id
from protokoll.web.security import HEADERS
from protokoll.web.xmltext import xml_safe

SITE = "https://protokoll.example.se"
ODD = "konstiga\ufffe tecken\uffff och\x01 styr\x0btecken"  #: what a damaged document may hold
SECURITY = {name.decode() for name, _ in HEADERS}


def _minutes(day: str, extra: str) -> str:
    return "\n".join([
        "Kustkommunernas samverkansråd - beredningsgruppen", "", "MINNESANTECKNINGAR", "",
        f"Mötesdatum: {day}", "Närvarande: Karin Holm (Vetlanda, ordförande), Per Lindqvist (Eksjö)", "",
        "1. Mötets öppnande", "", "Karin Holm hälsade välkommen.", "",
        f"2. Gemensam avfallsplan {extra}", "", f"Beslut: Gruppen godkänner planen {extra}.", "",
        "3. Övriga frågor", "", "Inga.", ""])


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    folder = tmp_path_factory.mktemp("odd")
    (folder / "2025-02-03-minnesanteckningar.txt").write_text(_minutes("2025-02-03", ODD), encoding="utf-8")
    (folder / "2025-03-10-minnesanteckningar.txt").write_text(_minutes("2025-03-10", "del två"), encoding="utf-8")
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'odd.sqlite'}"
    ingest([folder], url)
    return create_app(url, base_url=SITE)


@pytest.fixture(scope="module")
def client(app) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def _secured(response) -> None:
    missing = SECURITY - set(response.headers)
    assert not missing, (response.request.url, response.status_code, missing)


# --- W1: numbers in URLs ---------------------------------------------------------------------------

def test_numbers_are_ascii_digits_within_range():
    assert ascii_number("42") == 42 and row_id("1") == 1
    for text in ("²", "١", "٤٢", "４２", "-1", "+1", " 1", "1 ", "1_0", "", "9" * 11, "9" * 5000, "0x1f", "01", "007"):
        assert row_id(text) is None, text
    assert row_id("0") is None and row_id(str(2**31 - 1)) == 2**31 - 1 and row_id(str(2**31)) is None
    assert ascii_number("2024", 1, 9999) == 2024 and ascii_number("10000", 1, 9999) is None


NOT_FOUND = ["/dokument/%C2%B2", "/moten/%C2%B2", "/moten/%D9%A1", "/moten/%D9%A1.json", "/dokument/%D9%A1",
             "/dokument/99999999999999999999", "/moten/99999999999999999999", "/dokument/" + "9" * 5000,
             "/moten/" + "9" * 5000, "/dokument/0", "/dokument/-1", "/moten/%EF%BC%91"]
INVALID = ["/sok?q=plan&ar=%C2%B2", "/api/search?q=plan&ar=%C2%B2", "/sok.csv?q=plan&ar=%C2%B2",
           "/sok/atom.xml?q=plan&ar=%D9%A1", "/sok?q=plan&ar=99999999999999999999",
           "/api/search?q=plan&ar=99999999999999999999", "/sok?q=plan&ar=10000", "/sok?q=plan&sida=%C2%B2",
           "/sok?q=plan&sida=99999999999999999999", "/sok?q=plan&sida=0", "/api/search?q=plan&limit=%C2%B2",
           "/api/search?q=plan&limit=201", "/api/search?q=plan&limit=" + "9" * 5000, "/moten?ar=%C2%B2",
           "/moten?ar=99999999999999999999", "/moten.json?ar=-5"]


@pytest.mark.parametrize("path", NOT_FOUND)
def test_a_number_that_is_not_a_row_id_names_no_page(client, path):
    response = client.get(path)
    assert response.status_code == 404, (path, response.status_code)
    _secured(response)
    if not path.endswith(".json"):
        assert "Sidan finns inte" in lxml.html.fromstring(response.text).xpath("//h1")[0].text_content()


@pytest.mark.parametrize("path", INVALID)
def test_a_parameter_that_is_not_a_number_in_range_is_422_naming_it(client, path):
    response = client.get(path)
    assert response.status_code == 422, (path, response.status_code)
    _secured(response)
    name = path.rsplit("&", 1)[-1].split("?")[-1].split("=")[0]
    assert f"Ogiltigt värde: {name}" in response.text


def test_ascii_numbers_still_lead_to_their_pages(client):
    meeting = client.get("/moten.json").json()["meetings"][0]["documents"][0]["meeting_id"]
    assert client.get(f"/moten/{meeting}").status_code == 200
    assert client.get(f"/dokument/{client.get(f'/moten/{meeting}.json').json()['document']['id']}").status_code == 200
    assert client.get("/api/search?q=avfallsplan&ar=2025&limit=5").json()["total"] >= 1
    assert client.get("/api/search?q=avfallsplan&ar=2023").json()["total"] == 0
    assert client.get("/moten.json?ar=2025").json()["year"] == 2025
    assert client.get("/sok?q=avfallsplan&sida=2").status_code == 200


# --- W2: feeds and calendars -----------------------------------------------------------------------

def test_xml_safe_drops_only_what_xml_cannot_hold():
    assert xml_safe(ODD) == "konstiga tecken och styrtecken"
    kept = "tab\there\nnewline\r å ä ö € \u2028 \U0001F600 \ufffd \ud7ff\ue000"
    assert xml_safe(kept) == kept
    assert xml_safe("a\ud800b\udfffc\x00d") == "abcd"


@pytest.mark.parametrize("query", ["%EF%BF%BE", "%EF%BF%BF", "plan%EF%BF%BE", "%01%02avfall", "%00", "%ED%A0%80"])
def test_search_feed_of_an_odd_query_is_well_formed(client, query):
    response = client.get(f"/sok/atom.xml?q={query}")
    assert response.status_code == 200, response.status_code
    lxml.etree.fromstring(response.content)
    _secured(response)


def test_feeds_and_calendars_over_a_stored_odd_document_are_well_formed(client):
    feed = client.get("/sok/atom.xml?q=avfallsplan")
    assert feed.status_code == 200
    titles = lxml.etree.fromstring(feed.content).xpath("//a:entry/a:title/text()",
                                                       namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert any("konstiga tecken" in t for t in titles), titles
    assert not any(c in "".join(titles) for c in "\ufffe\uffff\x01\x0b"), titles
    cases = client.get("/arenden.json?alla=true").json()["cases"]
    odd = [c for c in cases if "avfallsplan" in c["title"].lower()]
    assert odd
    for case in odd:
        response = client.get(f"{case['url']}/atom.xml")
        assert response.status_code == 200, response.status_code
        lxml.etree.fromstring(response.content)
    calendar = client.get("/kalender.ics")
    assert calendar.status_code == 200
    icalendar.Calendar.from_ical(calendar.content)
    assert not any(c in calendar.text for c in "\ufffe\uffff\x01\x0b")


# --- W3: headers on every answer -------------------------------------------------------------------

def test_an_unexpected_error_is_the_swedish_500_page_with_every_header(app, client):
    def broken():
        raise RuntimeError("a bug")

    app.router.add_api_route("/-/trasig", broken)
    try:
        for headers in ({}, {"Accept": "application/json"}):
            response = client.get("/-/trasig", headers=headers)
            assert response.status_code == 500
            _secured(response)
            assert "Ett fel uppstod på servern" in response.text and "a bug" not in response.text
            assert "Traceback" not in response.text
    finally:
        app.router.routes[:] = [r for r in app.router.routes if getattr(r, "path", "") != "/-/trasig"]


@pytest.mark.parametrize("path", ["/finns-inte", "/dokument/%C2%B2", "/sok?q=x&ar=%C2%B2", "/moten/",
                                  "/static/finns-inte.css"])
def test_error_answers_carry_the_security_headers(client, path):
    response = client.get(path, follow_redirects=False)
    assert response.status_code in (307, 404, 422)
    _secured(response)


# --- absolute URLs from configuration ----------------------------------------------------------------

def test_absolute_urls_come_from_the_configured_address_not_the_host_header(client):
    evil = {"Host": "evil.example"}
    redirect = client.get("/moten/", headers=evil, follow_redirects=False)
    assert redirect.status_code == 307 and redirect.headers["location"] == "/moten"
    assert client.get("/sok/?q=plan", follow_redirects=False).headers["location"] == "/sok?q=plan"
    for path in ("//evil.example/", "/\\evil.example/", "/finns-inte/", "///moten/"):
        response = client.get("http://testserver" + path, headers=evil, follow_redirects=False)
        assert response.status_code == 404, (path, response.status_code, response.headers.get("location"))
    for path in ("/sok/atom.xml?q=avfallsplan", "/sok.csv?q=avfallsplan", "/kalender.ics", "/openapi.json",
                 "/uppdrag.csv"):
        response = client.get(path, headers=evil)
        assert response.status_code == 200 and "evil.example" not in response.text, path
    feed = lxml.etree.fromstring(client.get("/sok/atom.xml?q=avfallsplan", headers=evil).content)
    links = feed.xpath("//a:link/@href", namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert links and all(link.startswith(SITE + "/") for link in links), links
    assert client.get("/openapi.json").json()["servers"] == [{"url": SITE}]


def test_without_configuration_absolute_urls_use_the_documented_default(app):
    from protokoll.web.urls import DEFAULT_BASE_URL, site_address

    plain = TestClient(create_app(str(app.state.web.database.url)))
    links = lxml.etree.fromstring(plain.get("/sok/atom.xml?q=avfallsplan", headers={"Host": "evil.example"})
                                  .content).xpath("//a:link/@href", namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert links and all(link.startswith(DEFAULT_BASE_URL + "/") for link in links)
    assert site_address("https://x.example/arkiv/") == "https://x.example/arkiv"
    for bad in ("ftp://x.example", "x.example", "https://", "https://x.example/?a=1", "https://x.example/#a",
                "https://x .example"):
        with pytest.raises(ValueError):
            site_address(bad)


# --- generated probes over every route -----------------------------------------------------------------

ODD_SEGMENTS = ["%C2%B2", "%D9%A1", "9" * 25, "9" * 5000, "-1", "0", "%00", "%EF%BF%BE", "%ED%A0%80",
                "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%0d%0aX-Injected:%201", "%3Cscript%3E", "%F0%9F%98%80",
                "%27%20OR%201=1--", "x" * 3000]
ODD_VALUES = ["%C2%B2", "99999999999999999999", "-1", "0", "%EF%BF%BE", "%00", "%ED%A0%80", "a" * 5000,
              "%22%29%28NEAR", "2024-13-45", "true%00", "%E2%80%AE"]


def _query_names(dependant) -> list[str]:
    """The query parameters of a route, its dependencies' too (the search's ``Params``)."""
    return [p.name for p in dependant.query_params] + [n for d in dependant.dependencies for n in _query_names(d)]


def _probe_urls(app) -> list[str]:
    urls = []
    for route in [r for router in ROUTERS for r in router.routes]:
        if not isinstance(route, APIRoute) or "GET" not in route.methods:
            continue
        names = _query_names(route.dependant)
        for segment in ODD_SEGMENTS:
            path = route.path
            for param in route.param_convertors:
                path = path.replace("{" + param + "}", segment)
            if "{" not in route.path and segment != ODD_SEGMENTS[0]:
                continue  # a path without parameters needs one probe of its path
            urls.append(path)
        base = route.path
        for param in route.param_convertors:
            base = base.replace("{" + param + "}", "x")
        for name in names:
            urls += [f"{base}?q=plan&{name}={value}" for value in ODD_VALUES]
    return urls


def test_hundreds_of_odd_urls_over_every_route_get_no_server_error(app, client):
    urls = _probe_urls(app)
    assert len(urls) > 300, len(urls)
    errors = []
    for url in urls:
        for headers in ({}, {"HX-Request": "true"}):
            response = client.get(url, headers=headers)
            if response.status_code >= 500 or SECURITY - set(response.headers):
                errors.append((url[:120], response.status_code))
    assert not errors, errors[:20]
