"""The register filtered, counted and paged in SQL (query/assignments.py) keeps what the rules keep.

Each filter of ``RegisterFilter`` is checked against the rule it implements,
written here plainly over the linkers' own in-memory answer (``link_all`` and
``register``): the page's and the CLI's ways of matching an assignee, status,
deadline, body and what a municipality owes. Then pages of the SQL result are
slices of the whole, and its count is the whole's length.
"""

from __future__ import annotations

from datetime import date

import pytest

from conftest import ROOT
from protokoll.link.assignments import STATUSES, addressees, register
from protokoll.linking import link_all
from protokoll.query import assignments as query
from protokoll.query import cases as case_query
from protokoll.query.linked import LinkedView
from protokoll.query.places import affiliation_at
from protokoll.store.db import session_factory
from protokoll.swedish import gazetteer
from protokoll.swedish.fold import fold_letters, fold_name, slug

EXAMPLES = ROOT / "examples"
TODAY = date(2025, 2, 1)
LABELS = {"person": "person", "municipality": "kommun", "group": "grupp", "secretariat": "sekretariat"}


@pytest.fixture
def archive(database_url):
    from protokoll.ingest import ingest_paths

    sessions = session_factory(database_url)
    report = ingest_paths(sessions, [EXAMPLES], 10_000_000)
    assert not report.failures
    with sessions() as session:
        linked = link_all(session)
        yield session, linked, register(linked.chain, linked.items, linked.cases, TODAY, set())


def person_of(linked, name: str, meeting_id: int):
    """The person a name in a meeting is linked to: named so there first, else anywhere (by person order)."""
    key = fold_name(name)
    named = [p for p in linked.people if any(fold_name(m.name) == key for m in p.mentions)]
    here = [p for p in named if any(fold_name(m.name) == key and m.meeting_id == meeting_id for m in p.mentions)]
    return (here or named or [None])[0]


def owes(linked, entry, name: str) -> bool:
    orgs = {o.name for o in linked.orgs if any(m.municipality == name for m in o.members)}
    orgs |= {a for o in linked.orgs if o.name in orgs for a in o.aliases}
    if entry.kind == "municipality":
        return gazetteer.municipality(entry.assignee) == name
    mid = next(s.meeting_id for s in entry.item.meeting.sources if s.document_name == entry.item.document)
    if entry.kind == "person":
        person = person_of(linked, entry.assignee, mid)
        return person is not None and affiliation_at(person, mid, entry.item.meeting.sort_date) == name
    to = addressees(entry.assignee)
    return entry.item.meeting.organization in orgs and to is not None and (to == "all" or name in to)


def ids(entries) -> list[str]:
    return [e.id for e in entries]


def check(session, f: query.RegisterFilter, expected: list[str]) -> None:
    view = LinkedView(session)
    assert ids(query.entries(view, f, TODAY)) == expected, f
    assert query.count(view, f, TODAY) == len(expected), f


def test_each_filter_keeps_what_its_rule_keeps(archive):
    session, linked, entries = archive
    assert len(entries) > 20
    assert ids(query.entries(LinkedView(session), query.RegisterFilter(), TODAY)) == ids(entries)
    for status in STATUSES:
        check(session, query.RegisterFilter(status=status), ids(e for e in entries if e.status == status))
    check(session, query.RegisterFilter(due_by="2024-12-31"),
          ids(e for e in entries if e.due and e.due <= "2024-12-31"))
    bodies = {f"{slug(e.item.meeting.organization)}/{slug(e.item.meeting.body)}" for e in entries}
    for body in sorted(bodies) + ["ingen/sadan"]:
        check(session, query.RegisterFilter(body=body),
              ids(e for e in entries if f"{slug(e.item.meeting.organization)}/{slug(e.item.meeting.body)}" == body))
    places = sorted({m.municipality for o in linked.orgs for m in o.members})
    assert places
    kept = 0
    for name in places:
        expected = ids(e for e in entries if owes(linked, e, name))
        kept += len(expected)
        check(session, query.RegisterFilter(municipality=name), expected)
    assert kept, "no municipality owes anything: the check would prove nothing"


def test_the_page_and_the_cli_match_assignees_each_their_way(archive):
    session, _, entries = archive
    words = ["kommun", "person", "grupp", "municipality", "  sekretariat ", ""]
    words += sorted({e.assignee.split()[0] for e in entries})[:6] + [entries[0].assignee.upper()]
    for text in words:
        wanted = fold_name(text.strip())
        page = [e.id for e in entries if not wanted or wanted in (e.kind, LABELS[e.kind])
                or wanted in fold_name(e.assignee)]
        check(session, query.RegisterFilter(text, LABELS), page)
        cli = [e.id for e in entries if not text or text == e.kind or fold_letters(text) in fold_letters(e.assignee)]
        check(session, query.RegisterFilter(text, None), cli)


def test_pages_are_slices_of_the_whole_and_the_count_is_its_length(archive):
    session, _, entries = archive
    view = LinkedView(session)
    whole = ids(entries)
    for number in (1, 2, 3, 4):
        page, total = query.page(view, query.RegisterFilter(), TODAY, number, 9)
        assert (ids(page), total) == (whole[(number - 1) * 9:number * 9], len(whole))
    assert ids(query.every_entry(view, query.RegisterFilter(), TODAY, size=7)) == whole
    open_ = [e.id for e in entries if e.status == "open"]
    page, total = query.page(view, query.RegisterFilter(status="open"), TODAY, 2, 3)
    assert (ids(page), total) == (open_[3:6], len(open_))


def test_case_summaries_and_listing_follow_the_cases(archive):
    session, linked, _ = archive
    view = LinkedView(session)
    for show_all in (False, True):
        cases = [c for c in linked.cases if show_all or len(c.items) > 1 or c.corrected]
        assert [c.to_dict() for c in case_query.cases_in_order(view, show_all, size=2)] == \
            [c.to_dict() for c in cases]
        rows = case_query.summaries(view, show_all)
        assert sorted(r["id"] for r in rows) == sorted(c.id for c in cases)
        for row in rows:
            case = next(c for c in cases if c.id == row["id"])
            dates = [d for i in case.items if (d := i.meeting.date or i.meeting.after)]
            assert (row["items"], row["first"], row["last"]) == (len(case.items), min(dates), max(dates))
        assert [r["last"] for r in rows] == sorted((r["last"] for r in rows), reverse=True)
    found, _ = case_query.case(view, linked.cases[0].id)
    assert found.to_dict() == linked.cases[0].to_dict()
    assert case_query.case(view, "c-00000000") is None


def test_closing_an_assignment_shows_at_once_on_pages_kept_per_link_generation(archive, database_url):
    from click.testing import CliRunner
    from fastapi.testclient import TestClient

    from protokoll.cli import main
    from protokoll.web.app import create_app

    _, _, entries = archive
    client = TestClient(create_app(database_url, today=TODAY))
    first = client.get("/uppdrag.json", params={"status": "done"}).json()
    assert first["count"] == 0 and client.get("/uppdrag.json", params={"status": "done"}).json() == first
    closed = next(e for e in entries if e.case)  # on a case page too
    case_page = client.get(f"/arenden/{closed.case}.json").json()
    assert {a["id"]: a["status"] for a in case_page["assignments"]}[closed.id] != "done"
    result = CliRunner().invoke(main, ["assignments", "done", closed.id], env={"PROTOKOLL_DB": database_url})
    assert result.exit_code == 0, result.output
    done = client.get("/uppdrag.json", params={"status": "done"}).json()
    assert done["count"] == 1 and [a["id"] for a in done["assignments"]] == [closed.id]
    case_page = client.get(f"/arenden/{closed.case}.json").json()
    assert {a["id"]: a["status"] for a in case_page["assignments"]}[closed.id] == "done"
