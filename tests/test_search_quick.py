"""A search of an index that is current asks the database once: the page's rows and the database's newest change
come in one statement, read after the hits (``search._quick``); when that change is not the open commit's, or a
newer commit is on disk, the search syncs first as before. Answers are the same either way."""

from __future__ import annotations

from dataclasses import fields

import pytest

from test_search_engine_agree import archive, ingest_one, template  # noqa: F401 (fixtures)
from protokoll.store import search as search_module
from protokoll.store.search import Hit, search
from protokoll.store.search_engine import SUFFIX, Engine, engine_for, raw, tantivy
from protokoll.store.search_sql import PageRow

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")
QUERIES = ("teknikdagen", "beslut", "teknik*", "studieresa OR budget", "-beslut teknikdagen")


def statements(session, q: str, **kw) -> tuple[list[str], object]:
    """The SQL statements one search runs on the session's connection, and its answer."""
    seen: list[str] = []
    connection = raw(session)
    connection.set_trace_callback(seen.append)
    try:
        result = search(session, q, **kw)
    finally:
        connection.set_trace_callback(None)
    return [s for s in seen if "search_" in s], result


def slow(session, q: str, **kw):
    """The answer of the path that syncs first (the quick one turned off)."""
    quick, search_module._quick = search_module._quick, lambda *a, **k: None
    try:
        return search(session, q, **kw)
    finally:
        search_module._quick = quick


def test_a_search_of_a_current_index_asks_the_database_once_and_answers_as_the_syncing_path(archive):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        search(session, "teknikdagen")  # builds the index
        for q in QUERIES:
            for kw in ({"limit": 20}, {"limit": 5, "offset": 3}, {"limit": 20, "sort": "date"}, {"limit": 0}):
                run, answer = statements(session, q, **kw)
                assert len(run) == 1 and "search_changes" in run[0], (q, kw, run)
                assert ("search_units" in run[0]) == bool(answer.hits)
                assert answer == slow(session, q, **kw)


def test_a_change_of_the_database_after_the_commit_was_opened_is_searched_after_a_sync(archive, tmp_path):  # noqa: F811
    """Another process ingests a meeting; this one's open commit is still the newest on disk, but behind."""
    url, sessions = archive
    with sessions() as session:
        before = search(session, "teknikdagen", limit=100)
        counted = search(session, "teknikdagen", limit=0)
    ingest_one(url, tmp_path / "in", "2024-11-05", "Teknikdagen i hamnen")  # the database only
    with sessions() as session:
        assert search(session, "teknikdagen", limit=0).total == counted.total + 1
    ingest_one(url, tmp_path / "in", "2024-11-06", "Teknikdagen vid älven")
    with sessions() as session:
        after = search(session, "teknikdagen", limit=100)
        assert after.total == before.total + 2
        assert {"2024-11-05", "2024-11-06"} <= {h.meeting_date for h in after.hits}
        assert after == slow(session, "teknikdagen", limit=100)


def test_a_newer_commit_on_disk_is_opened_before_hits_are_read(archive, tmp_path):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        engine = engine_for(session)
        search(session, "teknikdagen")
        assert engine.opened()[:2] == (engine.epoch, engine.seq)
    ingest_one(url, tmp_path / "in", "2024-11-07", "Teknikdagen på torget")
    other = Engine(engine.folder.parent)  # "another process" brings the index up to the database
    with sessions() as session:
        assert other.sync(session)
        assert engine.opened() is None  # its commit is no longer the newest on disk
        found = search(session, "teknikdagen", limit=100)
    assert engine.opened() is not None and engine.seq == other.seq
    assert "2024-11-07" in {h.meeting_date for h in found.hits}
    assert str(engine.folder.parent).endswith(SUFFIX)


def test_a_page_row_holds_a_hits_fields_in_their_order():
    """``_page_hits`` makes a hit of a row by place: the id, the hit's fields but its snippet, the text."""
    assert [f.name for f in fields(Hit)] == [*PageRow._fields[1:9], "snippet"]
    assert PageRow._fields[0] == "id" and PageRow._fields[9] == "text"
