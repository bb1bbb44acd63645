"""The meeting page reads a bounded number of SQL statements, whatever the meeting holds (no N+1), and a
second view of it (HTML or its .json) is a hit of the rendered-page cache: no statement but the link
generation's check."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event

from protokoll.web.app import create_app
from example_archive import TODAY

#: statements an uncached meeting page may take: link generation, the meeting's chain meeting and its
#: documents with records, the document (and whether the meeting was corrected by hand), persons linked
#: in it, assignments, their items, later items, cases, forwarded-to meetings (2), neighbours (2) and a
#: member's marks of reports
MAX_STATEMENTS = 13


@pytest.fixture(scope="module")
def counted(db_url):
    app = create_app(db_url, today=TODAY)
    statements: list[str] = []
    event.listen(app.state.web.database.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(sql))
    return TestClient(app), statements


def stored_meetings(db_url: str) -> list[tuple[int, int]]:
    """(meeting id, its items) of every stored meeting of the example archive."""
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return con.execute("SELECT m.id, (SELECT count(*) FROM linked_items i WHERE i.meeting_id = m.id) "
                           "FROM meetings m JOIN chain_sources s ON s.meeting_id = m.id ORDER BY m.id").fetchall()
    finally:
        con.close()


def test_statements_per_meeting_page_do_not_grow_with_the_meeting(counted, db_url):
    client, statements = counted
    meetings = stored_meetings(db_url)
    assert len(meetings) >= 5 and max(n for _, n in meetings) >= 8  # the bound is tested on large meetings
    per_page = {}
    for mid, _ in meetings:
        statements.clear()
        assert client.get(f"/moten/{mid}").status_code == 200
        per_page[mid] = len(statements)
    assert max(per_page.values()) <= MAX_STATEMENTS, per_page


@pytest.mark.parametrize("suffix", ["", ".json"])
def test_a_second_view_is_a_cache_hit(counted, db_url, suffix):
    client, statements = counted
    mid = stored_meetings(db_url)[0][0]
    first = client.get(f"/moten/{mid}{suffix}")
    statements.clear()
    again = client.get(f"/moten/{mid}{suffix}")
    assert again.content == first.content and again.headers["content-type"] == first.headers["content-type"]
    assert len(statements) == 1 and "link_state" in statements[0], statements  # the generation, nothing else


@pytest.mark.parametrize("path", ["/moten", "/moten.json", "/moten?sida=1", "/", "/.json"])
def test_a_second_view_of_a_list_is_a_cache_hit(counted, path):
    """The meetings list and the start page are rendered once per link generation (and day) too."""
    client, statements = counted
    first = client.get(path)
    statements.clear()
    again = client.get(path)
    assert again.status_code == 200 and again.content == first.content
    assert len(statements) == 1 and "link_state" in statements[0], statements


def test_a_kept_page_is_answered_without_a_worker_thread(counted, db_url, monkeypatch):
    """A hit of the page cache is answered on the event loop; only a page to build goes to a thread."""
    from protokoll.web import render

    client, _ = counted
    mid = stored_meetings(db_url)[-1][0]
    first = client.get(f"/moten/{mid}")

    async def no_thread(*args, **kwargs):
        raise AssertionError("a kept page went to a worker thread")

    monkeypatch.setattr(render, "run_in_threadpool", no_thread)
    assert client.get(f"/moten/{mid}").content == first.content
    with pytest.raises(AssertionError, match="worker thread"):  # a representation not kept yet is built in one
        client.get(f"/moten/{mid}", headers={"hx-request": "true"})



def first_of(db_url: str, sql: str) -> str:
    con = sqlite3.connect(db_url.removeprefix("sqlite:///"))
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.mark.parametrize("kind", ["person", "case", "municipality"])
def test_a_kept_person_case_or_municipality_page_is_answered_on_the_event_loop(counted, db_url, monkeypatch, kind):
    """The person, case and municipality pages are kept per link generation like the meeting page; a second
    view costs only the generation check and never goes to a worker thread."""
    from protokoll.web import render
    from protokoll.web.urls import municipality_url

    client, statements = counted
    path = {"person": lambda: "/personer/" + first_of(db_url, "SELECT key FROM persons ORDER BY key"),
            "case": lambda: "/arenden/" + first_of(db_url, "SELECT key FROM cases ORDER BY item_count DESC, key"),
            "municipality": lambda: municipality_url(first_of(db_url, "SELECT municipality FROM memberships "
                                                                      "ORDER BY municipality"))}[kind]()
    first = client.get(path)
    assert first.status_code == 200, path

    async def no_thread(*args, **kwargs):
        raise AssertionError("a kept page went to a worker thread")

    monkeypatch.setattr(render, "run_in_threadpool", no_thread)
    statements.clear()
    assert client.get(path).content == first.content
    assert len(statements) <= 1 and all("link_state" in s for s in statements), statements
    with pytest.raises(AssertionError, match="worker thread"):  # a representation not kept yet is built in one
        client.get(path, headers={"hx-request": "true"})
