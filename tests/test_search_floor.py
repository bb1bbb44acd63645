"""bench/search_floor.py: the floor server answers the search URLs with the same totals and facets as our search
(in each of its modes, through its ASGI app on either hop), so its timings are of the same work."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from urllib.parse import urlencode

import pytest

from conftest import ROOT
from test_search_engine_agree import archive, template  # noqa: F401 (fixtures)
from protokoll.store.search import search
from protokoll.store.search_engine import tantivy

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")
QUERIES = ("teknikdagen", "beslut", "budget", "teknik*", "studieresa OR budget", "-beslut teknikdagen", "xyzzy")


@pytest.fixture
def floor(monkeypatch):
    spec = importlib.util.spec_from_file_location("search_floor", ROOT / "bench" / "search_floor.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, module)
    spec.loader.exec_module(module)
    return module


def ours(sessions, q: str):
    with sessions() as session:
        return search(session, q, limit=20)  # (also brings the index beside the archive up to date)


@pytest.mark.parametrize("mode", ["engine", "store", "memo"])
def test_each_mode_answers_our_total_and_facets(archive, floor, mode):  # noqa: F811
    url, sessions = archive
    expected = {q: ours(sessions, q) for q in QUERIES}
    answer = floor.answerer(url.removeprefix("sqlite:///"), mode)
    for q in QUERIES * 2:  # (memo: the second time from memory)
        got = json.loads(answer(q))
        assert got["total"] == expected[q].total, q
        assert [list(got["facets"][k].items()) for k in sorted(got["facets"])] == \
            [list(expected[q].facets[k].items()) for k in sorted(expected[q].facets)], q


def test_bare_mode_counts_the_same_facets_by_id(archive, floor):  # noqa: F811
    url, sessions = archive
    expected = {q: ours(sessions, q) for q in QUERIES}  # (the index made first: the floor only reads it)
    answer = floor.answerer(url.removeprefix("sqlite:///"), "bare")
    for q, expected in expected.items():
        got = json.loads(answer(q))
        assert got["total"] == expected.total, q
        assert floor._facets(got["facets"]) == floor._facets(expected.facets, ours=True), q
        assert len(got["hits"]) == min(20, expected.total)


@pytest.mark.parametrize("hop", ["thread", "inline"])
def test_the_asgi_app_answers_a_search_url(archive, floor, monkeypatch, hop):  # noqa: F811
    url, sessions = archive
    expected = ours(sessions, "teknikdagen")
    monkeypatch.setenv("PROTOKOLL_DB", url)
    monkeypatch.setenv(floor.HOP_ENV, hop)
    monkeypatch.setenv(floor.MODE_ENV, "engine")
    app = floor.app_from_environment()
    sent = []

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/sok", "query_string": urlencode({"q": "teknikdagen"}).encode()}
    asyncio.run(app(scope, receive, send))
    assert sent[0]["status"] == 200
    assert dict(sent[0]["headers"])[b"content-length"] == str(len(sent[1]["body"])).encode()
    got = json.loads(sent[1]["body"])
    assert got["total"] == expected.total and len(got["ids"]) == len(expected.hits)


def test_top_mode_and_fewer_columns_answer_our_total(archive, floor, monkeypatch):  # noqa: F811
    url, sessions = archive
    expected = {q: ours(sessions, q) for q in QUERIES}
    top = floor.answerer(url.removeprefix("sqlite:///"), "top")
    monkeypatch.setenv(floor.COLUMNS_ENV, "f_kind_year")
    one = floor.answerer(url.removeprefix("sqlite:///"), "bare")
    for q, result in expected.items():
        counted, single = json.loads(top(q)), json.loads(one(q))
        assert counted["total"] == single["total"] == result.total, q
        assert "facets" not in counted and list(single["facets"]) == ["f_kind_year"], q
        assert sum(b["doc_count"] for b in single["facets"]["f_kind_year"]["buckets"]) == result.total, q


def test_ours_without_facets_keeps_the_total_and_the_hits(archive, floor, monkeypatch):  # noqa: F811
    import protokoll.store.search_engine_find as found

    url, sessions = archive
    expected = ours(sessions, "teknikdagen")
    for name in ("KIND", "_facets"):  # (the bench's swap, undone after the test)
        monkeypatch.setattr(found, name, getattr(found, name))
    for name, value in (("PROTOKOLL_RECHECK_SECONDS", "1.0"), ("PROTOKOLL_TEMPLATE_RELOAD", "0"),
                        ("PROTOKOLL_BASE_URL", "http://127.0.0.1"), ("PROTOKOLL_SEARCH_CACHE", "0")):
        monkeypatch.setenv(name, value)  # (what the swap sets: restored after the test)
    monkeypatch.setenv("PROTOKOLL_DB", url)
    app = floor.ours_without_facets()
    with sessions() as session:
        lite = search(session, "teknikdagen", limit=20)
    assert lite.total == expected.total and lite.hits == expected.hits
    assert expected.facets["kind"] and not any(lite.facets.values())
    assert app is not None
