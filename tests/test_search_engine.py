"""The embedded search engine of a SQLite archive (tantivy beside the database): the same hits as
the SQL term index, exact facets, and an index that always follows the database -- after
changes, a thrown-away or foreign index, a writer killed with SIGKILL, and a busy writer
(tests/test_search_engine_agree.py: every process answers alike)."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections import Counter

import pytest
from click.testing import CliRunner

from conftest import ROOT, write_minutes
from protokoll.cli import main
from protokoll.store.db import session_factory
from protokoll.store.search import FACETS, search
from protokoll.store.search_engine import ENGINE_ENV, SUFFIX, VERSION, WAIT_ENV, engine_for, tantivy

EXAMPLES = ROOT / "examples"
QUERIES = ["teknikdagen", "studieresa", "beslut", "verksamhetsplanen", "Jönköping", "kommundirektörsgruppen"]

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")


@pytest.fixture
def archive(tmp_path):
    """The example archive in a SQLite file; returns (url, sessions)."""
    url = f"sqlite:///{tmp_path / 'archive.sqlite'}"
    result = CliRunner().invoke(main, ["ingest", str(EXAMPLES)], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    assert "12 inserted" in result.stdout, result.output
    sessions = session_factory(url)
    with sessions() as session:
        assert engine_for(session).sync(session)  # built in the test, not in a thread
    yield url, sessions
    sessions.kw["bind"].dispose()


def ingest(url: str, path) -> str:
    return CliRunner().invoke(main, ["ingest", str(path)], env={"PROTOKOLL_DB": url}, catch_exceptions=False).stdout


def both(sessions, monkeypatch, q: str, **filters):
    """(embedded, SQL) results of one search with every hit."""
    with sessions() as session:
        embedded = search(session, q, limit=5000, **filters)
    monkeypatch.setenv(ENGINE_ENV, "sql")
    try:
        with sessions() as session:
            sql = search(session, q, limit=5000, **filters)
    finally:
        monkeypatch.delenv(ENGINE_ENV)
    return embedded, sql


def ids(result) -> Counter:
    return Counter((h.meeting_id, h.kind, h.item_number, h.title, h.snippet) for h in result.hits)


def test_the_engine_finds_exactly_the_hits_and_facets_of_the_sql_term_index(archive, monkeypatch):
    url, sessions = archive
    with sessions() as session:
        assert engine_for(session) is not None
    for q in QUERIES:
        embedded, sql = both(sessions, monkeypatch, q)
        assert embedded.total == sql.total > 0, q
        assert ids(embedded) == ids(sql), q
        assert embedded.facets == sql.facets and embedded.facets_exact, q
    for filters in ({"year": 2025, "kind": "decision"}, {"year": 2024, "municipality": "Gislaved"}):
        embedded, sql = both(sessions, monkeypatch, "teknikdagen", **filters)
        assert embedded.total == sql.total > 0 and ids(embedded) == ids(sql), filters
        assert embedded.facets == sql.facets, filters  # a filtered facet ignores its own filter
    assert (tmp := (url.removeprefix("sqlite:///") + SUFFIX)) and os.path.isdir(os.path.join(tmp, VERSION))


def test_every_hit_is_on_exactly_one_page_in_score_order(archive):
    _url, sessions = archive
    with sessions() as session:
        every = search(session, "beslut", limit=5000)
        pages, offset = [], 0
        while offset < every.total:
            pages += search(session, "beslut", limit=7, offset=offset).hits
            offset += 7
    assert len(pages) == every.total > 7
    assert ids(every) == Counter((h.meeting_id, h.kind, h.item_number, h.title, h.snippet) for h in pages)
    facets = every.facets
    assert set(facets) == set(FACETS) and sum(facets["kind"].values()) == every.total


def test_the_index_follows_changes_and_a_lost_or_foreign_index_is_rebuilt(archive, tmp_path):
    url, sessions = archive
    path = write_minutes(tmp_path / "in", "protokoll-2024-04-01.txt", "2024-04-01", "Cykelbanor",
                         "Gruppen diskuterade cykelbanor.")
    ingest(url, path)
    with sessions() as session:
        assert search(session, "cykelbanor").total == 1
    write_minutes(tmp_path / "in", "protokoll-2024-04-01.txt", "2024-04-01", "Parkeringsnorm",
                  "Gruppen diskuterade parkeringsnormen.")
    assert "1 updated" in ingest(url, path)
    with sessions() as session:
        assert search(session, "cykelbanor").total == 0
        assert search(session, "parkeringsnorm").total >= 1
        before = search(session, "teknikdagen", limit=5000)

    # Another database under an index (a restored backup: older changes; another epoch), or none.
    db = url.removeprefix("sqlite:///")
    backup = tmp_path / "backup.sqlite"
    with sqlite3.connect(db) as source, sqlite3.connect(backup) as target:
        source.backup(target)
    ingest(url, write_minutes(tmp_path / "more", "protokoll-2024-05-02.txt", "2024-05-02", "Teknikdagen igen",
                              "Teknikdagen planeras."))
    with sessions() as session:
        assert search(session, "teknikdagen", limit=5000).total == before.total + 1
    restored = f"sqlite:///{backup}"
    shutil.copytree(db + SUFFIX, f"{backup}{SUFFIX}")  # an index ahead of the database: rebuilt
    with session_factory(restored)() as session:
        assert engine_for(session).sync(session)
        assert ids(search(session, "teknikdagen", limit=5000)) == ids(before)
    copy = tmp_path / "copy.sqlite"
    with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
        source.backup(target)
        target.execute("UPDATE search_state SET epoch = 'another'")
    shutil.copytree(f"{backup}{SUFFIX}", f"{copy}{SUFFIX}")  # another database's index: rebuilt
    with session_factory(f"sqlite:///{copy}")() as session:
        assert engine_for(session).sync(session)
        assert search(session, "teknikdagen", limit=5000).total == before.total + 1
    shutil.rmtree(f"{backup}{SUFFIX}")  # thrown away: rebuilt by the first search, which answers from it
    from protokoll.store import search_engine
    search_engine._ENGINES.clear()
    with session_factory(restored)() as session:
        first = search(session, "teknikdagen", limit=5000)
        assert ids(first) == ids(before) and first.notes == []
        engine = engine_for(session)
        assert engine.mark == engine._mark() and engine.sync(session, timeout=0)  # current: nothing to write
        assert search(session, "teknikdagen", limit=5000) == first


KILLED_WRITER = textwrap.dedent("""
    import os, signal, sys, tantivy
    from protokoll.store.search_engine import Engine
    from pathlib import Path
    engine = Engine(Path(sys.argv[1]))
    writer = engine.index.writer(50_000_000, 1)
    writer.delete_all_documents()
    for i in range(2000):
        doc = tantivy.Document()
        doc.add_text("kind", "item")
        doc.add_text("terms", "teknikdag")
        writer.add_document(doc)
    print("writing", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
""")


def test_a_writer_killed_mid_write_loses_and_tears_nothing(archive):
    """SIGKILL while a process writes the index: its lock is gone, and the index still answers exactly."""
    url, sessions = archive
    with sessions() as session:
        before = search(session, "teknikdagen", limit=5000)
    folder = url.removeprefix("sqlite:///") + SUFFIX
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    done = subprocess.run([sys.executable, "-c", KILLED_WRITER, folder], env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == -signal.SIGKILL and "writing" in done.stdout, done.stderr
    with sessions() as session:
        engine = engine_for(session)
        assert engine.sync(session)  # the writer lock was released with the process
        after = search(session, "teknikdagen", limit=5000)
    assert after.total == before.total and ids(after) == ids(before) and after.facets == before.facets


def test_a_busy_writer_holds_the_search_until_its_timeout_then_sql_answers_correctly(archive, tmp_path,
                                                                                     monkeypatch):
    """While another writer holds the index, a search that needs newer changes waits for it; past the
    timeout it answers from SQL, correctly (tests/test_search_engine_agree.py: the waiting and the note)."""
    url, sessions = archive
    with sessions() as session:
        engine = engine_for(session)
        search(session, "teknikdagen")
    holder = tantivy.Index(engine.schema, path=str(engine.folder), reuse=True).writer(15_000_000, 1)
    try:
        ingest(url, write_minutes(tmp_path / "in", "protokoll-2024-06-03.txt", "2024-06-03", "Cykelbanor",
                                  "Om cykelbanor."))
        with sessions() as session:
            started = time.monotonic()
            assert not engine.sync(session, timeout=0.3)
            assert time.monotonic() - started >= 0.3
            monkeypatch.setenv(WAIT_ENV, "0")
            assert search(session, "cykelbanor").total == 1
            monkeypatch.delenv(WAIT_ENV)
    finally:
        del holder
    import gc
    gc.collect()
    with sessions() as session:
        assert engine.sync(session, timeout=0) and search(session, "cykelbanor").total == 1


def test_every_value_of_a_facet_is_counted(archive):
    """Each column's count has room for every id of the commit's table: nothing is cut off or asked again."""
    from protokoll.store.search_engine_facets import _terms as terms
    from protokoll.store.search_engine_find import _facets, _query, _terms
    from protokoll.store.search_parse import parse

    _url, sessions = archive
    with sessions() as session:
        engine = engine_for(session)
        assert engine.sync(session)
    searcher, ranks = engine.view
    query = _query(engine.schema, _terms(engine.schema, parse("beslut")), {})
    full = _facets(searcher, ranks, query, list(FACETS))
    assert len(full["municipality"]) > 2 and len(full["year"]) == 2
    for column, values in ranks.facets.values.items():
        answer = searcher.aggregate(query, {column: terms(column, len(values))})[column]
        assert not answer.get("sum_other_doc_count") and len(answer["buckets"]) <= len(values)
