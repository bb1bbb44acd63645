"""The person page reads a page of stored rows instead of every mention (issue 11): the affiliation and
title runs and the spellings linking stores equal what the page computed from every mention per
request, and the stored meetings ranked in SQL, a page at a time, are the meetings it listed; on the examples
on SQLite and PostgreSQL. An archive stored before 0027 has no runs until the full relink it is due."""

from __future__ import annotations

import orjson
import pytest
from sqlalchemy import event, select, text

from protokoll.linking import relink
from protokoll.query.people import assignments_linked_to, history, load_persons, meetings_json
from protokoll.query.person_page import assigned_to, meetings_page, names_of, person_head, runs_page
from protokoll.store.db import open_sessions
from protokoll.store.linked_tables import LinkState, PersonMeeting, PersonRow, PersonRun
from protokoll.web.pages.people import one_row_per_meeting
from conftest import newest_migration
from test_person_case_stored import reopened_from_before


def computed(session) -> dict[str, object]:
    """Person key -> what the page computed from all their mentions: (variants, affiliations, titles)."""
    return {p.id: (p.variants, history(p.mentions, "affiliation"), history(p.mentions, "title"))
            for p in load_persons(session).values()}


def stored(session) -> dict[str, object]:
    """Person key -> the same read from the stored rows (every run: one page as long as the longest)."""
    out = {}
    for key, row_id in session.execute(select(PersonRow.key, PersonRow.id)):
        runs, counts = runs_page(session, row_id, 0, 10_000)
        assert counts == {a: len(r) for a, r in runs.items()}, key
        out[key] = (person_head(session, key).variants, runs["affiliation"], runs["title"])
    return out


def test_stored_runs_and_spellings_are_what_the_page_computed_from_every_mention(view):
    expected = computed(view.session)
    assert len(expected) > 20
    assert sum(len(a) > 1 for _, a, _ in expected.values()) >= 1  # someone changed affiliation
    assert sum(bool(t) for _, _, t in expected.values()) >= 3
    assert stored(view.session) == expected


def test_runs_read_a_page_at_a_time_are_the_whole_history(view):
    key, row_id = max(view.session.execute(select(PersonRow.key, PersonRow.id)),
                      key=lambda r: len(runs_page(view.session, r[1], 0, 10_000)[0]["affiliation"]))
    whole, counts = runs_page(view.session, row_id, 0, 10_000)
    assert counts["affiliation"] >= 2
    pages = [runs_page(view.session, row_id, n, 1)[0] for n in range(max(counts.values()) + 1)]
    assert [r for p in pages for r in p["affiliation"]] == whole["affiliation"]
    assert [r for p in pages for r in p["title"]] == whole["title"]
    assert pages[-1] == {"affiliation": [], "title": []}


def test_meetings_ranked_in_sql_a_page_at_a_time_are_the_meetings_the_page_listed(view):
    persons = load_persons(view.session)
    assert sum(len({m.meeting_id for m in p.mentions}) >= 5 for p in persons.values()) >= 3
    for row_id, person in persons.items():
        keys = view.session.execute(text(
            "SELECT cs.meeting_id, cm.key FROM chain_sources cs JOIN chain_meetings cm ON cm.id = cs.chain_meeting_id"))
        before = one_row_per_meeting(meetings_json(person), dict(keys.all()))  # as the page made them
        pages, total, n = [], None, 0
        while True:
            rows, chain_keys, total = meetings_page(view.session, row_id, n * 2, 2)
            if not rows:
                break
            pages += one_row_per_meeting(rows, chain_keys)
            n += 1
        assert total == len(before), person.id
        assert pages == before, person.id


def test_the_assignments_linked_to_a_person_by_one_statement_are_those_the_page_linked(view):
    linked = 0
    for key, row_id in view.session.execute(select(PersonRow.key, PersonRow.id)).all():
        ids, known = assigned_to(view.session, person_head(view.session, key))
        expected, keys = assignments_linked_to(view.session, [row_id])  # every pair linked by person_keys
        assert sorted(ids) == sorted(expected), key
        assert known == {pair: k for pair, k in keys.items() if k == key and pair in known}, key
        linked += bool(ids)
    assert linked >= 3


def test_each_statement_of_a_person_page_reads_an_index_range_of_the_person_on_sqlite(view):
    """``EXPLAIN QUERY PLAN`` of every statement the page's reads run: no table is scanned whole."""
    session = view.session
    if session.bind.dialect.name != "sqlite":
        pytest.skip("SQLite's query plans")
    caught: list[tuple] = []

    def catch(conn, cursor, statement, parameters, context, executemany):
        caught.append((statement, parameters))

    key = max(session.execute(select(PersonRow.key, PersonRow.mention_count)), key=lambda r: r[1])[0]
    event.listen(session.bind, "before_cursor_execute", catch)
    try:
        head = person_head(session, key)
        runs_page(session, head.row_id, 0, 50)
        meetings_page(session, head.row_id, 0, 50)
        meetings_page(session, head.row_id, 10_000, 50)  # past the last: counted apart
        assigned_to(session, head)
        names_of(session, [key])
    finally:
        event.remove(session.bind, "before_cursor_execute", catch)
    assert len(caught) == 9  # head, runs and their count, meetings twice two, assignments, names
    connection = session.connection().connection.driver_connection
    for statement, parameters in caught:
        plan = [row[3] for row in connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)]
        assert not [step for step in plan if step.startswith("SCAN ") and "subquery" not in step
                    and not step.startswith("SCAN anon")], (statement, plan)


def test_an_archive_stored_before_0027_shows_its_runs_after_the_full_relink_it_is_due(archive):
    sessions = open_sessions(archive)
    with sessions() as session:
        before = stored(session)
    sessions.kw["bind"].dispose()

    def read(session):
        return (session.scalar(select(PersonRun.id).limit(1)), session.scalar(select(PersonMeeting.id).limit(1)),
                session.scalar(select(LinkState.report_json)), set(session.scalars(select(PersonRow.variants_json))))

    found, version = reopened_from_before(archive, "person_runs", read)
    assert version == newest_migration()
    assert found == (None, None, None, {"[]"})  # no runs yet; the next relink is full (no report to go on)
    sessions = open_sessions(archive)
    with sessions() as session:
        report = relink(session)
        session.commit()
        assert report.scope.startswith("full") and stored(session) == before
        assert session.scalar(select(PersonMeeting.id).limit(1)) is not None
        assert all(orjson.loads(v) for v in session.scalars(select(PersonRow.variants_json)))
    sessions.kw["bind"].dispose()
