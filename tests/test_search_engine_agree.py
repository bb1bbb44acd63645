"""Every process answers one state of a SQLite archive alike from the embedded search index: the first
search on a new or behind index waits for it instead of answering from the SQL term index (which
ranks otherwise), a search waits for the commit of another process holding the writer, and a
process opens every newer commit of the index, also one made at the same change of the database.

Two ``Engine`` instances over one index directory stand for two processes (each its own reader,
view and lock; the writer lock is tantivy's lock file, which also holds between them)."""

from __future__ import annotations

import gc
import shutil
import sqlite3
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT, write_minutes
from protokoll.cli import main
from protokoll.store import search_engine
from protokoll.store.db import session_factory
from protokoll.store.search import INTERIM, search
from protokoll.store.search_engine import SUFFIX, VERSION, WAIT_ENV, Engine, engine_for, tantivy
from protokoll.store.search_parse import parse
from protokoll.store.search_query import FACETS

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")
QUERIES = ("teknikdagen", "beslut", "kommundirektörsgruppen", "teknik*", "studieresa OR budget")


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """The example archive ingested once, without any search index beside it."""
    db = tmp_path_factory.mktemp("agree") / "template.sqlite"
    result = CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": f"sqlite:///{db}"},
                                catch_exceptions=False)
    assert "12 inserted" in result.stdout, result.output
    assert not Path(f"{db}{SUFFIX}").exists()  # ingest writes the database only
    return db


@pytest.fixture
def archive(template, tmp_path):
    """A fresh copy of the example archive (no index yet, no engine in this process); (url, sessions)."""
    db = tmp_path / "archive.sqlite"
    with sqlite3.connect(template) as source, sqlite3.connect(db) as target:
        source.backup(target)
    search_engine._ENGINES.clear()
    url = f"sqlite:///{db}"
    sessions = session_factory(url)
    yield url, sessions
    search_engine._ENGINES.clear()
    sessions.kw["bind"].dispose()


def answers(sessions, limit: int = 20) -> dict:
    """Whole first pages (hits with snippets, total, facets, notes) of the queries, from this process's engine."""
    with sessions() as session:
        return {q: search(session, q, limit=limit) for q in QUERIES}


def another_process(sessions) -> dict:
    """The same answers from an engine opened anew over the same index, as a second process would."""
    search_engine._ENGINES.clear()
    return answers(sessions)


def ingest_one(url: str, folder: Path, day: str, title: str, outcome: str = "1 inserted") -> None:
    """One small minutes document ingested by "a third process" (the CLI)."""
    path = write_minutes(folder, f"protokoll-{day}.txt", day, title, "Teknikdagen planeras vidare.")
    out = CliRunner().invoke(main, ["ingest", str(path)], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    assert outcome in out.stdout, out.output


def hold_writer(folder: str):
    """The writer lock of the index taken by "another process" (an index object of its own)."""
    return [tantivy.Index(search_engine._schema(), path=folder, reuse=True).writer(15_000_000, 1)]


def release(holder: list) -> None:
    holder.clear()
    gc.collect()


def test_the_first_search_on_a_new_index_answers_as_every_later_one_and_every_process(archive):
    """Issue 12: the first answer came from the SQL term index while the index was built in a thread."""
    url, sessions = archive
    first = answers(sessions)  # builds the index: this search waits for it
    assert Path(url.removeprefix("sqlite:///") + SUFFIX, VERSION, "meta.json").exists()
    assert all(not r.notes for r in first.values())
    assert answers(sessions) == first
    assert another_process(sessions) == first
    assert first["teknikdagen"].total > 20 and len(first["teknikdagen"].hits) == 20


def test_a_search_after_an_ingest_waits_for_the_commit_of_the_process_holding_the_writer(archive, tmp_path):
    url, sessions = archive
    answers(sessions)
    folder = url.removeprefix("sqlite:///") + SUFFIX + "/" + VERSION
    ingest_one(url, tmp_path / "in", "2024-10-01", "Teknikdagen efter mässan")
    holder = hold_writer(folder)
    started = time.monotonic()  # before the timer starts: the writer is let go 0.6 s after this at the earliest
    threading.Timer(0.6, release, (holder,)).start()
    during = answers(sessions)
    assert time.monotonic() - started >= 0.5  # it waited for the writer rather than answer from SQL
    assert all(not r.notes for r in during.values())
    assert during == answers(sessions) == another_process(sessions)
    assert any(h.meeting_date == "2024-10-01" for h in during["teknikdagen"].hits)


def test_two_processes_searching_at_once_after_an_ingest_answer_alike(archive, tmp_path):
    """One of them writes the changes, the other waits for its commit; neither answers from SQL."""
    url, sessions = archive
    with sessions() as session:
        assert engine_for(session).sync(session)
    ingest_one(url, tmp_path / "in", "2024-10-02", "Teknikdagen och budget")
    folder = Path(url.removeprefix("sqlite:///") + SUFFIX)
    engines = [Engine(folder), Engine(folder)]
    out: dict[int, list] = {}
    gate = threading.Barrier(2)

    def run(n: int) -> None:
        with sessions() as session:
            gate.wait()
            assert engines[n].sync(session, timeout=60)
            out[n] = [engines[n].find(parse(q), {name: None for name in FACETS}, 50) for q in QUERIES]

    threads = [threading.Thread(target=run, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert out[0] == out[1] and len(out) == 2
    assert engines[0].seq == engines[1].seq and engines[0].mark == engines[1].mark


def test_past_the_wait_the_sql_term_index_answers_with_a_note(archive, tmp_path, monkeypatch):
    url, sessions = archive
    before = answers(sessions)
    ingest_one(url, tmp_path / "in", "2024-10-03", "Teknikdagen i regionen")
    holder = hold_writer(url.removeprefix("sqlite:///") + SUFFIX + "/" + VERSION)
    monkeypatch.setenv(WAIT_ENV, "0.3")
    try:
        started = time.monotonic()
        with sessions() as session:
            interim = search(session, "teknikdagen", limit=100)
        assert time.monotonic() - started < 10
        assert interim.notes == [INTERIM]  # said, not hidden
        assert interim.total == before["teknikdagen"].total + 1  # the hit set is the database's
    finally:
        release(holder)
    with sessions() as session:
        after = search(session, "teknikdagen", limit=100)
    assert after.notes == [] and after.total == interim.total
    assert {(h.meeting_id, h.kind, h.title) for h in after.hits} == {(h.meeting_id, h.kind, h.title)
                                                                     for h in interim.hits}


def test_a_process_opens_a_newer_commit_made_at_the_same_change_of_the_database(archive, tmp_path):
    """A merge or a rebuild by another process publishes a commit at the same ``seq``: scores come from
    its segments, so a process still reading the older ones could order hits otherwise."""
    url, sessions = archive
    ingest_one(url, tmp_path / "in", "2024-10-04", "Teknikdagen")
    folder = Path(url.removeprefix("sqlite:///") + SUFFIX)
    a, b = Engine(folder), Engine(folder)
    with sessions() as session:
        assert a.sync(session)
        ingest_one(url, tmp_path / "in", "2024-10-04", "Teknikdagen och studieresan", "1 updated")
    with sessions() as session:
        assert a.sync(session) and b.sync(session)  # two segments, one with a deleted meeting
        epoch, newest = session.execute(search_engine.text(search_engine.NEWEST)).one()
        writer = a.index.writer(15_000_000, 1)
        a._apply(session, writer, epoch, newest, None)  # "a rebuild by another process", same change
        writer.commit()
        writer.wait_merging_threads()
        del writer
        assert a.sync(session) and b.sync(session)
    assert b.view[0].num_segments == a.view[0].num_segments == 1
    nothing = {name: None for name in FACETS}
    assert [b.find(parse(q), nothing, 50) for q in QUERIES] == [a.find(parse(q), nothing, 50) for q in QUERIES]


def test_an_index_directory_removed_under_a_process_is_rebuilt_by_the_search_finding_it_gone(archive):
    url, sessions = archive
    first = answers(sessions)
    shutil.rmtree(url.removeprefix("sqlite:///") + SUFFIX)
    with sessions() as session:
        gone = search(session, "teknikdagen", limit=20)
    assert gone == first["teknikdagen"]  # answered by a new engine over the rebuilt index
    assert answers(sessions) == first


@pytest.mark.parametrize(("value", "seconds"), [("", search_engine.WAIT), ("2.5", 2.5), ("-1", 0.0),
                                                ("soon", search_engine.WAIT)])
def test_the_wait_is_read_from_the_environment_and_a_bad_value_keeps_the_default(monkeypatch, value, seconds):
    monkeypatch.setenv(WAIT_ENV, value)
    assert search_engine.wait_seconds() == seconds


#: the review's W10 queries (search that forgives), each syntax at least once
FORGIVING = ("teknikdagn", "earkiv", "e-arkiv", "teknik*", "teknikdagen AND budget", "teknikdagen -2024",
             "teknikdagen NOT 2024", "studieresa OR budget", '"teknikdagen 2025"', "teknikdagen " * 40)


def test_the_embedded_index_and_the_sql_term_index_find_the_same_hits_for_every_forgiving_query(
        archive, monkeypatch):
    """Each W10 query, also within a date range: the same total, hits (in any order: the two rank
    ties otherwise), facets, notes and "Menade du" from tantivy and from the SQL term index."""
    url, sessions = archive

    def found(engine: str, **options) -> dict:
        monkeypatch.setenv(search_engine.ENGINE_ENV, engine)
        with sessions() as session:
            out = {}
            for q in FORGIVING:
                r = search(session, q, limit=1000, **options)
                hits = sorted((h.meeting_id, h.kind, h.item_number or "", h.title, h.snippet) for h in r.hits)
                out[q] = (r.total, hits, r.facets, [n for n in r.notes if n != INTERIM], r.suggestion)
            return out

    embedded = found("embedded")
    assert found("sql") == embedded
    ranged = {"date_from": "2025-01-01", "date_to": "2025-06-30"}
    assert found("sql", **ranged) == found("embedded", **ranged)
    units = {q: [h[:4] for h in found[1]] for q, found in embedded.items()}  # without the snippets
    assert units["earkiv"] == units["e-arkiv"] and embedded["earkiv"][0] == embedded["e-arkiv"][0] > 0
    assert embedded["teknikdagn"][0] == 0 and embedded["teknikdagn"][4] == "Teknikdagen"
    assert units["teknikdagen -2024"] == units["teknikdagen NOT 2024"]
    assert embedded["teknikdagen AND budget"][0] > 0 and embedded["teknikdagen " * 40][3]  # cut, and said


def test_the_facet_values_come_in_one_order_from_both_indexes(archive, monkeypatch):
    """Most hits first, equal counts in the order of their values (tantivy is asked for its values in
    the order of their text and sorts them by count only): the same lists, in the same order, as the
    SQL term index gives."""
    def facet_lists(engine: str) -> dict:
        monkeypatch.setenv(search_engine.ENGINE_ENV, engine)
        with archive[1]() as session:
            return {q: {name: list(values.items()) for name, values in search(session, q, limit=5).facets.items()}
                    for q in ("beslut", "teknik*", "kommun*", "möte OR sammanträde", "2024")}

    embedded = facet_lists("embedded")
    assert embedded == facet_lists("sql")
    ties = [pairs for lists in embedded.values() for pairs in lists.values()
            if len({n for _, n in pairs}) < len(pairs)]
    assert ties  # (equal counts are there to be ordered)
    for pairs in ties:
        assert pairs == sorted(pairs, key=lambda p: (-p[1], p[0]))
