"""A search of a current index by a session that has read nothing yet reads its page on a connection of the
thread's own (``store.search_reader``): the session begins no transaction (no pool checkout, BEGIN, rollback),
the answer is the one the session's own connection gives; a session inside a transaction is still asked on
its own connection, and a pool replaced (a database file replaced at the path) gets a new connection."""

from __future__ import annotations

import sqlite3

import pytest

from test_search_engine_agree import archive, ingest_one, template  # noqa: F401 (fixtures)
from protokoll.store.search import search
from protokoll.store.search_engine import raw, tantivy
from protokoll.store.search_reader import reader

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")
QUERIES = ("teknikdagen", "beslut", "teknik*", "studieresa OR budget", "-beslut teknikdagen", "xyzzy")


def test_a_fresh_session_searches_without_a_transaction_and_answers_as_its_own_connection(archive):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        search(session, "teknikdagen")  # builds the index
    for q in QUERIES:
        for kw in ({"limit": 20}, {"limit": 5, "offset": 3}, {"limit": 20, "sort": "date"}, {"limit": 0},
                   {"limit": 20, "suggest": False}):
            with sessions() as session:
                quick = search(session, q, **kw)
                # (a query without hits asks the session for a suggestion, unless told not to)
                assert not session.in_transaction() or (not quick.total and kw.get("suggest", True)), (q, kw)
            with sessions() as session:
                raw(session)  # a transaction begun: the session's own connection is asked
                assert search(session, q, **kw) == quick, (q, kw)


def test_a_session_in_a_transaction_is_asked_on_its_own_connection(archive):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        search(session, "teknikdagen")
        own = raw(session)
        assert reader(session, session.get_bind()) is own
    with sessions() as session:
        assert reader(session, session.get_bind()) is not raw(session)


def test_the_thread_keeps_its_connection_until_the_pool_is_replaced(archive):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        bind = session.get_bind()
        first = reader(session, bind)
        assert reader(session, bind) is first
        bind.dispose()  # as web.database does when another file is at the path
        second = reader(session, bind)
        assert second is not first
        with pytest.raises(sqlite3.ProgrammingError):  # the old one is closed
            first.execute("SELECT 1")


def test_a_change_by_another_process_is_seen_by_the_next_fresh_session(archive, tmp_path):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        before = search(session, "teknikdagen", limit=100)
    ingest_one(url, tmp_path / "in", "2024-11-05", "Teknikdagen i hamnen")
    with sessions() as session:
        after = search(session, "teknikdagen", limit=100)
        assert after.total == before.total + 1
        assert "2024-11-05" in {h.meeting_date for h in after.hits}


def test_a_forked_process_opens_its_own_and_leaves_the_parents_open(archive, monkeypatch):  # noqa: F811
    from protokoll.store import search_reader

    url, sessions = archive
    with sessions() as session:
        bind = session.get_bind()
        parents = reader(session, bind)
        monkeypatch.setattr(search_reader.os, "getpid", lambda: -1)  # "the child"
        own = reader(session, bind)
        assert own is not parents and reader(session, bind) is own
        assert parents.execute("SELECT 1").fetchone() == (1,)  # not closed by the child
