"""The people, municipality, organisation and body pages' SQL (query/people.py, query/places.py) answers
what reading the whole linked archive answered (``ArchiveView``'s whole-archive properties, kept for
this comparison): the same links of names to people, the same assignments, the same list rows."""

from __future__ import annotations

import os
import shutil

import pytest
from sqlalchemy import Engine, MetaData, create_engine, event

from protokoll.query import places
from protokoll.query.linked import ArchiveView
from protokoll.query.people import (assignments_linked_to, history, people_rows, person_keys, person_row_id)
from protokoll.store.db import open_sessions
from protokoll.swedish.fold import fold_name
from protokoll.web.pages import municipalities as pages
from conftest import PG_ENV
from test_web import EXAMPLES, TODAY, _ingest, client, db_url  # noqa: F401 (fixtures)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def archive(request, tmp_path_factory) -> str:
    """The examples ingested into SQLite, and into PostgreSQL when $PROTOKOLL_TEST_PG is set."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'places.sqlite'}"
    else:
        url = os.environ.get(PG_ENV, "").strip()
        if not url:
            pytest.skip(f"{PG_ENV} is not set")
        engine = create_engine(url)
        with engine.begin() as conn:
            meta = MetaData()
            meta.reflect(conn)
            meta.drop_all(conn)
        engine.dispose()
    folder = tmp_path_factory.mktemp("archive")
    for f in EXAMPLES.iterdir():
        if f.is_file() and f.suffix in (".txt", ".pdf", ".docx"):
            shutil.copy(f, folder / f.name)
    _ingest(folder, url)
    return url


@pytest.fixture()
def view(archive):
    sessions = open_sessions(archive)
    with sessions() as session:
        yield ArchiveView(session)
    sessions.kw["bind"].dispose()


def test_names_link_to_the_people_the_view_links_them_to(view):
    pairs = {(m.name, m.meeting_id) for p in view.people for m in p.mentions}
    pairs |= {(e.assignee, view.item_meeting(e.item)) for e in view.register(TODAY)}
    pairs |= {(name, mid) for name, mid in list(pairs)[:20] for mid in (mid + 1, 10**6)}  # elsewhere: the fallback
    found = person_keys(view.session, [(fold_name(n), m) for n, m in pairs])
    assert len(pairs) > 50
    assert {(n, m): found[(fold_name(n), m)] for n, m in pairs} == {(n, m): view.person_key(n, m) for n, m in pairs}


def test_a_persons_assignments_are_the_registers_entries_linked_to_them(view):
    register = view.register(TODAY)
    checked = 0
    for person in view.people:
        expected = {e.id for e in register if e.kind == "person"
                    and view.person_key(e.assignee, view.item_meeting(e.item)) == person.id}
        ids, _ = assignments_linked_to(view.session, [person_row_id(view.session, person.id)])
        keys = {e.id for e in view.register(TODAY, places.AssignmentRow.id.in_(ids))} if ids else set()
        assert keys == expected, person.id
        checked += bool(expected)
    assert checked >= 3


def test_the_people_list_rows_are_what_the_people_say(view):
    by_chain = {mid: n.id for mid, n in view.node_of.items()}
    expected = [{"id": p.id, "name": p.name,
                 "affiliation": (history(p.mentions, "affiliation") or [{"affiliation": None}])[-1]["affiliation"],
                 "meetings": len({by_chain[m.meeting_id] for m in p.mentions if m.meeting_id in by_chain}),
                 "possible_same_as": p.possible_same_as} for p in view.people]
    assert people_rows(view.session) == expected
    assert any(r["affiliation"] for r in expected) and any(r["meetings"] > 1 for r in expected)


def test_a_municipality_owes_what_it_owed_of_the_whole_register(view):
    register = view.register(TODAY)
    owing = 0
    for name in sorted(places.seen_municipalities(view.session)):
        orgs = places.member_organisations(view.session, name)
        whole = [(e.id, why) for e, why in pages.assignments_of(view, register, name)]
        entries, _ = pages.owed(view, name, TODAY, orgs)
        assert [(e.id, why) for e, why in entries] == whole, name
        owing += bool(whole)
    assert owing >= 3


def test_seen_municipalities_are_members_and_affiliations(view):
    names = {m.municipality for o in view.orgs for m in o.members}
    names |= {m.affiliation for p in view.people for m in p.mentions if m.affiliation}
    assert places.seen_municipalities(view.session) == {n for n in names if pages.municipality(n) == n}


BOUND = {"person": 20, "municipality": 30, "organisation": 10, "body": 16}  #: 17, 27, 8 and 13 when written


@pytest.mark.parametrize("kind", list(BOUND))
def test_a_page_asks_a_bounded_number_of_statements(client, db_url, kind):
    """Not one per meeting, person or assignment: the example archive's busiest page of each kind."""
    urls = {"person": [p["url"] for p in client.get("/personer.json").json()["people"]],
            "municipality": [m["url"] for m in client.get("/kommuner.json").json()["municipalities"]],
            "organisation": [o["url"] for o in client.get("/organisationer.json").json()["organisations"]]}
    urls["body"] = [b["url"] for u in urls["organisation"] for b in client.get(u + ".json").json()["bodies"]]
    engine = Engine  # every engine: the app's, whichever it opened
    count = [0]

    def counted(*args) -> None:
        count[0] += 1

    event.listen(engine, "before_cursor_execute", counted)
    try:
        most = 0
        for url in urls[kind]:
            client.app.state.web.forget()  # no rendered page kept
            count[0] = 0
            assert client.get(url + ".json").status_code == 200
            most = max(most, count[0])
    finally:
        event.remove(engine, "before_cursor_execute", counted)
    assert 0 < most <= BOUND[kind], (kind, most)  # reading the whole archive asked 74, 79, 31 and 49
