"""How search and the meeting page stay fast on a large archive, as behaviour: a large hit set is
ranked from candidates with an exact total and estimated facets, pages of it neither repeat nor
lose a hit, results are cached per index generation, and a meeting page reads the database once.

The example archive is small, so the limits of the large-hit-set path are lowered here; speed
itself is measured by bench/web.py, not asserted."""

from __future__ import annotations

import re
import shutil
import threading
import time
from collections import Counter

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from sqlalchemy import event

import protokoll.store.search_sql as search_sql
import protokoll.store.search_counts as search_counts
from protokoll.cli import main
from protokoll.store.db import session_factory
from protokoll.store.search import FACETS, generation, reindex, search
from protokoll.web.cache import SearchCache
from protokoll.store.search_engine import ENGINE_ENV
from protokoll.web.app import create_app
from example_archive import EXAMPLES, examples_archive

WORD = "teknikdagen"  #: a word of many units of the example archive

MEETING_STATEMENTS = 35  #: statements a meeting page may ask (bounded by what the meeting holds)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def examples(request, tmp_path_factory):
    """The example archive on SQLite and on PostgreSQL (when $PROTOKOLL_TEST_PG is set), ingested once per
    module: the tests on it only search."""
    return examples_archive(request.param, tmp_path_factory, "perf")


@pytest.fixture
def sessions(examples):
    factory = session_factory(examples)
    yield factory
    factory.kw["bind"].dispose()


@pytest.fixture
def small_limits(monkeypatch):
    """Treat more than 10 hits as a large hit set: 4 candidates of each kind, a sample of about 12.

    These limits are the SQL term index's (PostgreSQL, and SQLite when its embedded
    engine is off or busy): on SQLite the embedded engine is turned off.
    """
    monkeypatch.setenv(ENGINE_ENV, "sql")
    monkeypatch.setattr(search_sql, "EXACT_HITS", 10)
    monkeypatch.setattr(search_sql, "CANDIDATES", 4)
    monkeypatch.setattr(search_counts, "SAMPLE_HITS", 12)


def identity(hit) -> tuple:
    return hit.meeting_id, hit.kind, hit.item_number, hit.title, hit.snippet


def every_page(session, query: str, size: int, **filters) -> list:
    """All hits of a query, read page by page."""
    hits, offset = [], 0
    while True:
        page = search(session, query, limit=size, offset=offset, **filters)
        hits += page.hits
        offset += size
        if offset >= page.total:
            return hits


# --- a large hit set --------------------------------------------------------------------------

def exactly(monkeypatch, sessions, query: str, **filters):
    """The result with every hit scored (the large-hit-set limits raised for this one search)."""
    monkeypatch.setattr(search_sql, "EXACT_HITS", 10_000)
    try:
        with sessions() as session:
            return search(session, query, limit=1000, **filters)
    finally:
        monkeypatch.setattr(search_sql, "EXACT_HITS", 10)


def test_a_large_hit_set_has_the_exact_total_and_every_hit_once_across_pages(sessions, small_limits, monkeypatch):
    exact = exactly(monkeypatch, sessions, WORD)
    assert exact.total > 10 and exact.facets_exact
    with sessions() as session:
        first = search(session, WORD, limit=5)
        paged = every_page(session, WORD, 7)
    assert first.total == exact.total and not first.facets_exact
    assert Counter(map(identity, paged)) == Counter(map(identity, exact.hits))
    assert [identity(h) for h in paged[:5]] == [identity(h) for h in first.hits]


def test_a_large_hit_set_keeps_the_exact_order_among_its_candidates(sessions, small_limits, monkeypatch):
    with sessions() as session:
        sampled = search(session, WORD, limit=4).hits  # at least the 4 newest hits are candidates
    exact = [identity(h) for h in exactly(monkeypatch, sessions, WORD).hits]
    candidates = [identity(h) for h in sampled]
    assert candidates == sorted(candidates, key=exact.index)  # scored like every hit, in the same order


def test_the_facets_of_a_large_hit_set_are_estimates_that_say_so(sessions, small_limits, monkeypatch):
    with sessions() as session:
        estimated = search(session, WORD)
    exact = exactly(monkeypatch, sessions, WORD)
    assert exact.facets_exact and not estimated.facets_exact
    assert set(estimated.facets) == set(FACETS)
    for name in FACETS:
        assert set(estimated.facets[name]) <= set(exact.facets[name]), name
    kinds = sum(estimated.facets["kind"].values())
    assert abs(kinds - exact.total) <= max(2, exact.total // 10)  # estimates of parts sum to about the total


def test_filters_on_a_large_hit_set_find_exactly_the_filtered_hits(sessions, small_limits, monkeypatch):
    filters = {"year": 2025, "kind": "item"}
    with sessions() as session:
        sampled = every_page(session, WORD, 3, **filters)
        total = search(session, WORD, **filters).total
    exact = exactly(monkeypatch, sessions, WORD, **filters)
    assert total == exact.total > 0
    assert Counter(map(identity, sampled)) == Counter(map(identity, exact.hits))
    assert {h.meeting_date[:4] for h in sampled} == {"2025"} and {h.kind for h in sampled} == {"item"}


def test_a_large_hit_set_is_read_from_the_indexes_not_by_scanning_units(sessions, small_limits, examples):
    """As test_search's plan check, for the statements of the large-hit-set path, filtered too."""
    sqlite = examples.startswith("sqlite")
    statements: list[tuple[str, object]] = []
    with sessions() as session:
        engine = session.get_bind()

        def listener(_conn, _cursor, statement, parameters, _context, _many):
            statements.append((statement, parameters))

        event.listen(engine, "before_cursor_execute", listener)
        try:
            search(session, WORD)
            search(session, WORD, year=2025, municipality="Habo")
        finally:
            event.remove(engine, "before_cursor_execute", listener)
        cursor = session.connection().connection.dbapi_connection.cursor()
        for statement, params in statements:
            if "search_" not in statement:
                continue
            if sqlite:
                cursor.execute(f"EXPLAIN QUERY PLAN {statement}", params)
                plan = "\n".join(row[-1] for row in cursor.fetchall())
                assert not re.search(r"SCAN search_(units|places)\b(?! USING)", plan), plan
            else:
                cursor.execute("SET enable_seqscan = off")
                cursor.execute(f"EXPLAIN {statement}", params)
                plan = "\n".join(row[0] for row in cursor.fetchall())
                cursor.execute("RESET ALL")
                assert "Seq Scan on search_" not in plan, plan


# --- the index generation and the result cache ------------------------------------------------

def _minutes(folder, name: str, word: str, day: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(f"Minnesanteckningar\nStyrgruppen\nDatum: {day}\n\n§ 1 {word.capitalize()}\n"
                               f"Gruppen diskuterade {word}.\n", encoding="utf-8")


def test_the_index_generation_changes_with_every_change_to_the_index(tmp_path):
    url = f"sqlite:///{tmp_path / 'gen.sqlite'}"
    runner = CliRunner()

    def ingest():
        return runner.invoke(main, ["ingest", str(tmp_path / "in")], env={"PROTOKOLL_DB": url},
                             catch_exceptions=False).stdout

    sessions = session_factory(url)
    _minutes(tmp_path / "in", "a.txt", "cykelbanor", "2024-04-01")
    with sessions() as session:
        empty = generation(session)
    assert "1 inserted" in ingest()
    with sessions() as session:
        first = generation(session)
    assert "1 unchanged" in ingest()
    with sessions() as session:
        assert generation(session) == first != empty
    _minutes(tmp_path / "in", "a.txt", "parkeringsnorm", "2024-04-01")
    assert "1 updated" in ingest()
    with sessions() as session:
        second = generation(session)
        reindex(session)
        session.commit()
        assert len({empty, first, second, generation(session)}) == 4
    sessions.kw["bind"].dispose()


def test_search_pages_are_cached_until_the_index_changes(tmp_path):
    url = f"sqlite:///{tmp_path / 'web.sqlite'}"
    runner = CliRunner()
    _minutes(tmp_path / "in", "a.txt", "cykelbanor", "2024-04-01")
    runner.invoke(main, ["ingest", str(tmp_path / "in")], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    app = create_app(url)
    client = TestClient(app)
    engine = app.state.web.sessions.kw["bind"]
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    assert client.get("/api/search?q=cykelbanor").json()["total"] == 1
    first_page = client.get("/sok?q=cykelbanor").text
    statements.clear()
    assert client.get("/sok?q=cykelbanor").text == first_page
    assert client.get("/api/search?q=cykelbanor").json()["total"] == 1
    assert len(statements) == 2 and all("search_state" in s for s in statements)  # the generation only
    _minutes(tmp_path / "in", "b.txt", "cykelbanor", "2024-05-01")
    runner.invoke(main, ["ingest", str(tmp_path / "in")], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    assert client.get("/api/search?q=cykelbanor").json()["total"] == 2
    assert "2 träffar" in client.get("/sok?q=cykelbanor").text


def test_estimated_facet_counts_are_marked_on_the_page(examples, small_limits):
    if not examples.startswith("sqlite"):
        pytest.skip("the page is the same on PostgreSQL")
    client = TestClient(create_app(examples))
    page = client.get(f"/sok?q={WORD}").text
    assert '<span class="n">ca ' in page
    assert client.get(f"/api/search?q={WORD}").json()["facets_exact"] is False
    assert '<span class="n">ca ' not in client.get("/sok?q=e-arkiv").text  # 8 hits: exact


def test_the_cache_computes_a_key_once_for_concurrent_requests():
    cache = SearchCache(2)
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.2)
        return "value"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("key", slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["value"] * 8 and len(calls) == 1
    for key in "abc":
        cache.get(key, lambda: key)
    assert len(cache) == 2 and cache.get("a", lambda: "again") == "again"  # least recently used went first
    assert cache.get(None, lambda: 1) == 1 and SearchCache(0).get("x", lambda: 2) == 2


def test_a_failed_computation_is_not_cached():
    cache = SearchCache(4)

    def fail():
        raise RuntimeError("no")

    with pytest.raises(RuntimeError):
        cache.get("key", fail)
    assert cache.get("key", lambda: "ok") == "ok"


# --- the meeting page ---------------------------------------------------------------------------

@pytest.fixture
def web(tmp_path):
    folder = tmp_path / "archive"
    folder.mkdir()
    for f in EXAMPLES.glob("*.txt"):
        shutil.copy(f, folder / f.name)
    url = f"sqlite:///{tmp_path / 'web.sqlite'}"
    CliRunner().invoke(main, ["ingest", str(folder)], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    return create_app(url)


def test_a_meeting_page_asks_a_bounded_number_of_statements(web):
    client = TestClient(web)
    ids = [m["documents"][0]["meeting_id"] for m in client.get("/moten.json").json()["meetings"]
           if m["documents"]]
    engine = web.state.web.sessions.kw["bind"]
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    counts = []
    for meeting_id in ids:
        statements.clear()
        assert client.get(f"/moten/{meeting_id}").status_code == 200
        counts.append(len(statements))
    # the page reads its meeting's rows (chain meeting, items, cases, register entries, people named):
    # the count depends on what the meeting holds, never on the size of the archive
    assert max(counts) <= MEETING_STATEMENTS, counts


def test_no_request_writes_to_the_database(web):
    client = TestClient(web)
    engine = web.state.web.sessions.kw["bind"]
    statements: list[str] = []
    event.listen(engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
    threads = [threading.Thread(target=lambda p=p: client.get(p))
               for p in ("/", "/moten", "/personer", "/arenden", "/uppdrag", "/kommuner", "/sok?q=budget")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for meeting in client.get("/moten.json").json()["meetings"][:5]:
        client.get(meeting["url"])
    assert statements
    writes = [s for s in statements if s.lstrip().split(None, 1)[0].upper() in ("INSERT", "UPDATE", "DELETE")]
    assert writes == []


def test_the_page_cache_keeps_within_its_byte_budget():
    from protokoll.web.cache import SearchCache

    cache = SearchCache(100, max_bytes=10_000)
    for n in range(50):
        cache.get(("page", n), lambda: (200, b"x" * 1_000, "text/html"))
    assert len(cache) <= 10 and cache._bytes <= 10_000
    assert cache.get(("page", 49), lambda: None)[1] == b"x" * 1_000  # the newest kept
    big = cache.get(("big",), lambda: (200, b"y" * 50_000, "text/html"))
    assert big[1] == b"y" * 50_000 and len(cache) == 1  # a page over the budget is kept alone
