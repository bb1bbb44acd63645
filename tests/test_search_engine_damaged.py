"""The embedded search engine when its database file is damaged or its writer is busy: no search waits
longer than it is allowed to, and the index answers again as soon as the file is good.

The reliability review's W7 run (tests/test_web_resilience.py: the SQLite file overwritten in place
under `protokoll serve`) hung requests for minutes: a sync that failed while reading the damaged file
left its tantivy writer -- and the writer's lock -- in the frames of the failure's traceback, alive
until the garbage collector broke that cycle; every later search of every process waited for the lock
(``PROTOKOLL_SEARCH_WAIT``, 600 s). Here the file is damaged for real (one table's pages overwritten)
and the collector is kept off, so the lock's lifetime is the product's, not the collector's.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.exc import DatabaseError

from conftest import ROOT, write_minutes
from protokoll.cli import main
from protokoll.store.db import session_factory
from protokoll.store.search import INTERIM, search
from protokoll.store.search_engine import WAIT_ENV, engine_for, tantivy

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")


@pytest.fixture
def archive(tmp_path):
    """The example archive in a SQLite file with its index built; returns (database path, sessions)."""
    db = tmp_path / "archive.sqlite"
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": f"sqlite:///{db}"},
                                catch_exceptions=False)
    assert "12 inserted" in result.stdout, result.output
    sessions = session_factory(f"sqlite:///{db}")
    with sessions() as session:
        assert engine_for(session).sync(session)
    yield db, sessions
    sessions.kw["bind"].dispose()


def ingest(db: Path, path: Path) -> None:
    result = CliRunner().invoke(main, ["ingest", str(path)], env={"PROTOKOLL_DB": f"sqlite:///{db}"},
                                catch_exceptions=False)
    assert "1 inserted" in result.stdout, result.output


def backup(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    sqlite3.connect(target).close()


def damage(db: Path, table: str) -> None:
    """Overwrite the first page of ``table``'s b-tree in the file: reading it is "malformed"."""
    con = sqlite3.connect(db, isolation_level=None)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # everything in the main file
        (root,), = con.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchall()
        (size,), = con.execute("PRAGMA page_size").fetchall()
    finally:
        con.close()
    with open(db, "r+b") as f:
        f.seek((root - 1) * size)
        f.write(b"\xff" * size)


@pytest.fixture
def no_collector():
    """The cyclic garbage collector off: whatever a failure leaves in a reference cycle stays."""
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def test_a_sync_failing_on_a_damaged_file_leaves_no_lock_and_the_restored_file_is_searched_at_once(
        archive, tmp_path, monkeypatch, no_collector):
    db, sessions = archive
    ingest(db, write_minutes(tmp_path / "in", "protokoll-2024-06-03.txt", "2024-06-03", "Cykelbanor",
                             "Om cykelbanor."))  # the index is behind: the next search writes it
    backup(db, tmp_path / "good.sqlite")
    sessions.kw["bind"].dispose()
    damage(db, "search_units")  # the units the sync reads; the log of changes still reads
    monkeypatch.setenv(WAIT_ENV, "5")
    with sessions() as session, pytest.raises(DatabaseError, match="malformed") as failed:
        search(session, "cykelbanor")  # the index fails, then the SQL term index: the caller sees it
    sessions.kw["bind"].dispose()
    shutil.copyfile(tmp_path / "good.sqlite", db)  # restored in place

    started = time.monotonic()
    with sessions() as session:
        result = search(session, "cykelbanor")
    took = time.monotonic() - started
    assert failed.value is not None  # the failure (and its traceback) is still referenced here
    assert result.total == 1 and result.notes == [], (result.notes, took)  # from the index, not after a wait
    assert took < 4, took


def test_a_search_waits_no_longer_than_its_wait_for_a_busy_writer(archive, tmp_path, monkeypatch):
    """Another process holds the writer (a long build, a stuck process): ``wait`` bounds the whole call,
    the suggestion's searches included, and the SQL term index answers with the note."""
    db, sessions = archive
    with sessions() as session:
        engine = engine_for(session)
    holder = tantivy.Index(engine.schema, path=str(engine.folder), reuse=True).writer(15_000_000, 1)
    try:
        ingest(db, write_minutes(tmp_path / "in", "protokoll-2024-06-03.txt", "2024-06-03", "Cykelbanor",
                                 "Om cykelbanor."))
        monkeypatch.delenv(WAIT_ENV, raising=False)  # the default: minutes
        answers = []

        def run(q: str) -> None:
            with sessions() as session:
                started = time.monotonic()
                answers.append((search(session, q, wait=0.5), time.monotonic() - started))

        for q in ("cykelbanor", "cykelbanorx"):  # the second has no hits: suggestions are searched too
            thread = threading.Thread(target=run, args=(q,), daemon=True)
            thread.start()
            thread.join(timeout=30)
            assert not thread.is_alive(), f"{q!r}: the search still waits after 30 s"
        (found, took), (none, took_none) = answers
        assert found.total == 1 and found.notes == [INTERIM] and 0.5 <= took < 3, (found.notes, took)
        assert none.total == 0 and took_none < 3, took_none
    finally:
        holder.rollback()
        holder.wait_merging_threads()
    with sessions() as session:
        assert search(session, "cykelbanor", wait=0.5).notes == []  # the writer is free: the index answers


def test_a_search_page_waits_a_few_seconds_at_most(archive, tmp_path):
    from fastapi.testclient import TestClient

    from protokoll.web.app import create_app
    from protokoll.web.pages.search import WAIT

    db, sessions = archive
    client = TestClient(create_app(f"sqlite:///{db}"))
    assert client.get("/api/search", params={"q": "teknikdagen"}).json()["notes"] == []
    with sessions() as session:
        engine = engine_for(session)
    holder = tantivy.Index(engine.schema, path=str(engine.folder), reuse=True).writer(15_000_000, 1)
    try:
        ingest(db, write_minutes(tmp_path / "in", "protokoll-2024-06-03.txt", "2024-06-03", "Cykelbanor",
                                 "Om cykelbanor."))
        answer = []
        thread = threading.Thread(target=lambda: answer.append(
            client.get("/api/search", params={"q": "cykelbanor"})), daemon=True)
        started = time.monotonic()
        thread.start()
        thread.join(timeout=60)
        took = time.monotonic() - started
        assert not thread.is_alive(), "the page still waits after 60 s"
        assert answer[0].status_code == 200 and answer[0].json()["notes"] == [INTERIM]
        assert answer[0].json()["total"] == 1 and WAIT <= took < WAIT + 5, took
    finally:
        holder.rollback()
        holder.wait_merging_threads()


def test_a_search_page_over_a_damaged_file_answers_503_and_searches_again_once_it_is_restored(archive, tmp_path):
    """The index is current, so only the page's rows are read from the file -- on the driver's own
    connection, whose error SQLAlchemy never wraps: still a 503 saying so, not a 500."""
    from fastapi.testclient import TestClient

    from protokoll.web.app import create_app

    db, sessions = archive
    client = TestClient(create_app(f"sqlite:///{db}"), raise_server_exceptions=False)
    assert client.get("/api/search", params={"q": "teknikdagen"}).json()["total"] > 0
    backup(db, tmp_path / "good.sqlite")
    damage(db, "search_units")
    for path in ("/api/search", "/sok"):
        response = client.get(path, params={"q": "beslut"})
        assert response.status_code == 503 and "kan inte läsas" in response.text, (path, response.status_code)
        assert response.headers["retry-after"] == "5"
    shutil.copyfile(tmp_path / "good.sqlite", db)
    assert client.get("/api/search", params={"q": "beslut"}).json()["total"] > 0
