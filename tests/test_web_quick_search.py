"""The search page reads its GET parameters without FastAPI's dependency solving when they are of the
usual forms (``web.quick``, ``pages.search_params.quick_params``), and answers exactly as FastAPI's
reading does: status, headers and body, for every parameter, odd values, repeated names and HEAD.

The archive is written here: two minutes of one made-up group.
"""

from __future__ import annotations

import inspect
import os
import typing

import fastapi.routing
import pytest
from fastapi.testclient import TestClient

from browser_server import ingest
from protokoll.web import quick
from protokoll.web.app import create_app
from protokoll.web.errors import ROUTE_CHECKS
from protokoll.web.pages import search, search_params

#: a valid value of each parameter (the others: any text)
VALID = {"ar": "2025", "sida": "1", "typ": "decision", "fran": "2025-01-01", "till": "2025-12-31",
         "sortering": "datum", "visa": "organ"}
ODD = ["", "0", "02", "0020", "10001", "x", "%C2%B2", "+3", "2025-13-01", "okänd", "%00", "a%20b", "DATUM"]
HEADERS = [{}, {"HX-Request": "true"}, {"Accept": "application/json"}]


def _minutes(day: str, place: str) -> str:
    return "\n".join([
        "Fjällbygdens samverkansgrupp - styrgruppen", "", "MINNESANTECKNINGAR", "",
        f"Mötesdatum: {day}", f"Plats: {place}", "Närvarande: Stina Åberg (ordförande), Nils Ekdahl", "",
        "1. Mötets öppnande", "", "Stina Åberg hälsade välkommen.", "",
        "2. Gemensam vattenplan", "", "Beslut: Gruppen godkänner vattenplanen.", "",
        "3. Övriga frågor", "", "Inga.", ""])


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    folder = tmp_path_factory.mktemp("quick")
    (folder / "2025-02-03-minnesanteckningar.txt").write_text(_minutes("2025-02-03", "Malå"), encoding="utf-8")
    (folder / "2024-09-10-minnesanteckningar.txt").write_text(_minutes("2024-09-10", "Sorsele"), encoding="utf-8")
    url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'quick.sqlite'}"
    ingest([folder], url)
    before = os.environ.get("PROTOKOLL_SEARCH_CACHE")
    os.environ["PROTOKOLL_SEARCH_CACHE"] = "0"  # every request searches: both readings make their page
    try:
        app = create_app(url)
    finally:
        os.environ.pop("PROTOKOLL_SEARCH_CACHE") if before is None else os.environ.update(
            PROTOKOLL_SEARCH_CACHE=before)
    return TestClient(app, raise_server_exceptions=False)


@pytest.fixture
def solved(monkeypatch) -> list[int]:
    """How often FastAPI solved a route's dependencies."""
    calls = [0]
    real = fastapi.routing.solve_dependencies

    async def counted(*args, **kwargs):
        calls[0] += 1
        return await real(*args, **kwargs)

    monkeypatch.setattr(fastapi.routing, "solve_dependencies", counted)
    return calls


def _answer(client, url: str, headers: dict, method: str = "GET") -> tuple:
    response = client.request(method, url, headers=headers)
    return response.status_code, sorted(response.headers.items()), response.content


def _urls() -> list[str]:
    urls = ["/sok", "/sok?q=", "/sok?q=vattenplan", "/sok.json?q=vattenplan", "/sok?q=%20vattenplan%20",
            "/sok?q=vattenplan&q=plan", "/sok?q=plan&sida=2&sida=3", "/sok?q=plan&okand=1", "/sok?q",
            "/sok?q=plan;sida=2", "/sok?q=vattenplan&organisation=&organ=&ar=", "/sok?Q=plan"]
    for name in search_params.DEFAULTS:
        urls += [f"/sok?q=plan&{name}={value}" for value in [VALID.get(name, "Malå"), *ODD]]
    return urls


def test_usual_searches_are_read_without_fastapis_solving(client, solved):
    for url in ("/sok?q=vattenplan", "/sok.json?q=plan&sida=1&ar=2025&sortering=datum", "/sok?q=plan&typ=decision"):
        assert client.get(url).status_code == 200
    assert solved[0] == 0
    for url in ("/sok?q=plan&q=vatten", "/sok?q=plan&sida=0", "/sok?q=plan&ar=x"):  # left to FastAPI
        client.get(url)
    assert solved[0] == 3


def test_every_answer_is_the_one_fastapis_reading_gives(client, monkeypatch):
    urls = _urls()
    quick_answers = [_answer(client, url, headers, method) for url in urls for headers in HEADERS
                     for method in ("GET", "HEAD")]

    async def never(request):
        return None

    monkeypatch.setattr(search, "quick_params", never)  # every request read by FastAPI
    fastapi_answers = [_answer(client, url, headers, method) for url in urls for headers in HEADERS
                       for method in ("GET", "HEAD")]
    assert len(quick_answers) > 500
    assert {status for status, _, _ in quick_answers} >= {200, 400, 422}
    for url_answer, (quick_answer, fastapi_answer) in enumerate(zip(quick_answers, fastapi_answers)):
        assert quick_answer == fastapi_answer, urls[url_answer // (2 * len(HEADERS))]


def test_each_parameter_is_one_the_quick_reading_takes_as_fastapi_does():
    """A text is taken as it is; anything else must have its check in ``_CHECKED`` (FastAPI's own)."""
    hints = typing.get_type_hints(search_params.params, include_extras=True)
    for name in inspect.signature(search_params.params).parameters:
        hint = hints[name]
        if name in search_params._CHECKED:
            continue
        assert hint is str or (typing.get_origin(hint) is typing.Annotated and hint.__origin__ is str
                               and not any(hasattr(m, "func") for m in hint.__metadata__)), name


def test_the_quick_route_runs_the_apps_checks_first(client, monkeypatch):
    class Gone(Exception):
        pass

    async def gone(request):
        raise Gone

    monkeypatch.setattr(quick, "ROUTE_CHECKS", (gone,))
    assert ROUTE_CHECKS  # (the app's own: the database's file is there)
    assert client.get("/sok?q=vattenplan").status_code == 500


def test_an_overridden_dependency_is_honoured(client, solved):
    async def fixed():
        return search_params.Params(q="vattenplan", sortering="datum")

    client.app.dependency_overrides[search_params.params] = fixed
    try:
        assert client.get("/sok.json?q=annat").json()["filters"]["sortering"] == "datum"
    finally:
        client.app.dependency_overrides.clear()
    assert solved[0] == 1
