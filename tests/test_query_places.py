"""The people, municipality, organisation and body pages' SQL (query/people.py, query/places.py) answers
what reading the whole linked archive answered (``ArchiveView``'s whole-archive properties, kept for
this comparison): the same links of names to people, the same assignments, the same list rows."""

from __future__ import annotations

import random
import re

import orjson
import pytest
from sqlalchemy import Engine, event

from protokoll.link.orgs import normalise_affiliation
from protokoll.link.people import Mention, Person
from protokoll.query import places
from protokoll.query.people import (assignments_linked_to, history, people_rows, person_keys, person_row_id)
from protokoll.store.linked_tables import ChainMeeting
from protokoll.swedish.fold import fold_name
from protokoll.swedish.gazetteer import municipality
from protokoll.web.pages import municipalities as pages
from example_archive import TODAY


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


def test_seen_municipalities_are_members_and_affiliations(view):
    names = {m.municipality for o in view.orgs for m in o.members}
    names |= {m.affiliation for p in view.people for m in p.mentions if m.affiliation}
    assert places.seen_municipalities(view.session) == {n for n in names if municipality(n) == n}


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


def _present(record: dict, name: str) -> int:
    return sum(1 for a in record.get("attendees") or [] if a.get("group") == "present"
               and normalise_affiliation(a.get("affiliation")) == name)


def test_attendance_and_dissent_read_from_rows_are_what_the_records_say(view):
    """The linked columns (``present_json``, ``dissent_json``) give what the pages read from every record."""
    attended = dissented = 0
    for name in sorted(places.seen_municipalities(view.session)):
        orgs = places.member_organisations(view.session, name)
        nodes = view.nodes(ChainMeeting.organization.in_(sorted(orgs))) if orgs else []
        expected = [(n.id, n.date, max(_present(s.record, name) for s in n.sources), n.sources[0].meeting_id)
                    for n in sorted(nodes, key=lambda n: (n.date or "", n.id), reverse=True)  # newest first
                    if n.date and any(s.record.get("attendees") for s in n.sources)]
        rows = pages.attendance(view, name, orgs)
        assert [(r["meeting"], r["date"], r["present"], int(r["url"].rsplit("/", 1)[1])) for r in rows] == expected
        said = [(s.meeting_id, i.get("number"), i.get("title"), i["dissent"])
                for n in nodes for s in n.sources for i in s.record.get("items") or [] if i.get("dissent")]
        dissent = [(r, orjson.loads(r.dissent_json)) for r in places.dissent_in(view.session, name, orgs)]
        assert {(r.meeting_id, r.number, r.title, tuple(e["name"] for e in entries)) for r, entries in dissent} \
            <= {(m, n, t, tuple(d)) for m, n, t, d in said}  # the items the municipality's dissenters spoke on
        details = {(s.meeting_id, i.get("title")): {d["name"]: (d.get("party"), d.get("statement"))
                                                   for d in i.get("dissent_details") or [] if d.get("party") or d.get("statement")}
                   for n in nodes for s in n.sources for i in s.record.get("items") or [] if i.get("dissent")}
        for r, entries in dissent:  # party and statement as parse read them
            assert {e["name"]: (e["party"], e["statement"]) for e in entries if e["party"] or e["statement"]} \
                == details[(r.meeting_id, r.title)]
        attended += any(r["present"] for r in rows)
        dissented += bool(dissent)
    assert attended >= 3 and dissented >= 1


RECORDS = re.compile(r"\brecord_json\b")


@pytest.mark.parametrize("kind", ["person", "municipality", "case"])
def test_a_page_of_a_person_a_municipality_or_a_case_reads_no_records(client, kind):
    """Their lists (attendance, dissent, assignments, a case's items) come from the linked rows: a page
    whose organisations held thousands of meetings must not read their records."""
    lists = {"person": ("/personer.json", "people"), "municipality": ("/kommuner.json", "municipalities"),
             "case": ("/arenden.json", "cases")}
    path, key = lists[kind]
    urls = [p["url"] for p in client.get(path).json()[key]]
    read = []

    def watch(conn, cursor, statement, *args) -> None:
        if RECORDS.search(statement):
            read.append(statement)

    event.listen(Engine, "before_cursor_execute", watch)
    try:
        for url in urls:
            client.app.state.web.forget()
            assert client.get(url + ".json").status_code == 200
    finally:
        event.remove(Engine, "before_cursor_execute", watch)
    assert len(urls) >= 2 and read == []


def _affiliation_as_written(person, meeting_id, day):
    """The rule of ``affiliation_at`` as its docstring says it, scanning every mention."""
    known = [m for m in person.mentions if m.affiliation]
    here = next((m for m in known if m.meeting_id == meeting_id), None)
    if here:
        return here.affiliation
    before = [m for m in known if m.date and day and m.date <= day]
    if before:
        return max(before, key=lambda m: m.date).affiliation
    after = sorted((m for m in known if m.date), key=lambda m: m.date)
    return after[0].affiliation if after else None


def test_affiliation_at_follows_the_rule_for_ties_undated_and_unknown_meetings():
    rng = random.Random(7)
    days = [None, "2024-01-10", "2024-03-01", "2024-03-01", "2024-06-30", "2025-02-02"]
    for _ in range(300):
        mentions = [Mention("A B", rng.randrange(8), rng.choice(days), None, None, None, None, None,
                            rng.choice([None, "", "Habo", "Mullsjö", "Aneby"])) for _ in range(rng.randrange(9))]
        person = Person(mentions)
        for meeting_id in range(10):
            for day in [None, "2023-12-31", *days[1:], "2026-01-01"]:
                expected = _affiliation_as_written(person, meeting_id, day)
                assert places.affiliation_at(person, meeting_id, day) == expected


def test_a_kept_page_costs_a_fraction_of_its_size_and_is_served_as_made(client):
    """Rendered pages are kept compressed (``render.cached_response``): the worker's page budget holds
    every municipality of a large archive, and a kept page is the same bytes as a fresh one."""
    urls = [m["url"] for m in client.get("/kommuner.json").json()["municipalities"]]
    web = client.app.state.web
    web.forget()
    fresh = {u: client.get(u).content for u in urls}
    kept = web.linked().pages
    assert kept._bytes * 2 < sum(len(b) for b in fresh.values())  # 3 times on these small pages, 15 on large
    assert {u: client.get(u).content for u in urls} == fresh and kept.hits >= len(urls)
