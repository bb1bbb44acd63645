"""The meeting pages' queries (query/meetings.py) answer as the whole-archive reads they replace, and the
meeting lists page in SQL (``sida``): pages join up to the whole list, in the same order."""

from __future__ import annotations

from datetime import date

from fastapi.testclient import TestClient
from sqlalchemy import event

from protokoll.query import meetings as q
from protokoll.web.app import create_app
from protokoll.web.data import case_json
from protokoll.web.pages import meetings as meetings_page
from example_archive import SITE, TODAY


def test_meeting_list_pages_join_up_to_the_whole_list_newest_first(view):
    whole = sorted(view.chain.nodes, key=lambda n: (n.sort_date or "", n.id), reverse=True)
    assert len(whole) > 6
    paged = [n.id for start in range(0, len(whole), 4) for n in q.meeting_list(view, limit=4, offset=start)]
    assert paged == [n.id for n in whole]
    assert q.meeting_count(view.session) == len(whole)
    year = whole[0].year
    assert [n.id for n in q.meeting_list(view, year=year)] == [n.id for n in whole if n.year == year]
    assert q.years(view.session) == sorted({n.year for n in whole if n.year}, reverse=True)


def test_a_listed_meeting_has_its_documents_and_their_kinds(view):
    for listed in q.meeting_list(view):
        full = view.node(listed.id)
        assert [(s.meeting_id, s.document_name, s.record.get("kind")) for s in listed.sources] == \
               [(s.meeting_id, s.document_name, s.record.get("kind")) for s in full.sources]


def test_a_meetings_cases_and_assignments_are_those_of_its_items(view):
    today = date(2025, 2, 1)
    entries = view.entries(today)
    checked = 0
    for node in view.chain.nodes:
        for src in node.sources:
            keys = [i.id for i in view.items_of_meeting(src.meeting_id)]
            cases = q.item_cases(view.session, keys)
            for key in keys:
                case = view.case_of_item.get(key)
                expected = case_json(case) if case and len(case.items) > 1 else None
                shown = cases.get(key)
                assert (shown and {**shown, "url": f"/arenden/{shown['id']}"}) == (expected or None)
                checked += bool(expected)
            assert q.item_entries(view, today, keys) == {k: e for k, e in entries.items()
                                                         if k.rsplit("/", 1)[0] in keys}
    assert checked  # the examples have cases of several items


def test_the_meetings_list_pages_with_sida(db_url, monkeypatch):
    monkeypatch.setattr(meetings_page, "PER_PAGE", 4)
    web = TestClient(create_app(db_url, today=TODAY, base_url=SITE + "/"))
    first = web.get("/moten.json").json()
    assert first["pages"]["page"] == 1 and first["pages"]["previous_url"] is None
    assert first["pages"]["next_url"] == "/moten?sida=2" and len(first["meetings"]) == 4
    seen, url = [], "/moten"
    while url:
        page = web.get(url.replace("/moten", "/moten.json", 1)).json()
        seen += [m["id"] for m in page["meetings"]]
        url = page["pages"]["next_url"]
    assert len(seen) == len(set(seen)) == first["pages"]["total"]
    assert web.get(f"/moten?sida={first['pages']['pages']}").status_code == 200
    assert web.get("/moten?sida=0").status_code in (400, 422)
    html = web.get("/moten?sida=2").text
    assert 'rel="prev" href="/moten"' in html and "Sida 2 av" in html


def test_a_meeting_page_reads_a_bounded_number_of_statements(db_url, client):
    """Every meeting page of the examples asks the database a few dozen statements at most, whatever
    the archive holds (it read the whole register before)."""
    engine_counts = []

    def count(*args, **kwargs):
        engine_counts[-1] += 1

    event.listen(__import__("sqlalchemy").engine.Engine, "before_cursor_execute", count)
    try:
        for mid in range(1, 13):
            engine_counts.append(0)
            assert client.get(f"/moten/{mid}.json?n={mid}").status_code == 200
    finally:
        event.remove(__import__("sqlalchemy").engine.Engine, "before_cursor_execute", count)
    assert max(engine_counts) <= 40, engine_counts


def test_meetings_of_a_year_month_or_day_are_those_whose_date_begins_so(view):
    whole = view.chain.nodes
    for node in whole:
        if not node.date:
            continue
        for prefix in (node.date[:4], node.date[:7], node.date):
            expected = sorted((n for n in whole if (n.date or "").startswith(prefix)),
                              key=lambda n: (n.sort_date or "", n.id), reverse=True)
            assert [n.id for n in q.meeting_list(view, prefix=prefix)] == [n.id for n in expected]
            assert q.meeting_count(view.session, prefix=prefix) == len(expected)
            assert q.source_count(view.session, prefix=prefix) == sum(len(n.sources) for n in expected)
