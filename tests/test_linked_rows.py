"""What linking decides, stored as rows: read back equal, ids kept across relinks, a diff report."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from sqlalchemy import select, text

from conftest import ROOT
from protokoll.link.assignments import register
from protokoll.linking import link_all, relink
from protokoll.query.linked import LinkedView
from protokoll.store.cases import mark_done
from protokoll.store.db import session_factory
from protokoll.store.linked import link_generation, redirect_of
from protokoll.store.linked_tables import LinkedItem, PersonRow

EXAMPLES = ROOT / "examples"
DAYS = (date(2024, 1, 1), date(2025, 3, 1), date(2026, 12, 4))


def _ingest(url: str):
    from protokoll.ingest import ingest_paths

    sessions = session_factory(url)
    report = ingest_paths(sessions, [EXAMPLES], 10_000_000)
    assert report.counts["inserted"] > 5 and not report.failures
    return sessions


def test_rows_read_back_as_the_linkers_answer(database_url):
    sessions = _ingest(database_url)
    with sessions() as s:
        linked = link_all(s)
        view = LinkedView(s)
        nodes = view.nodes()
        assert [(n.to_dict(), [x.meeting_id for x in n.sources]) for n in nodes] == \
            [(n.to_dict(), [x.meeting_id for x in n.sources]) for n in linked.chain.nodes]
        assert [c.to_dict() for c in view.case_list()] == [c.to_dict() for c in linked.cases]
        assert [(p.id, p.name, p.possible, p.possible_same_as, [asdict(m) for m in p.mentions])
                for p in view.persons()] == \
            [(p.id, p.name, p.possible, p.possible_same_as, [asdict(m) for m in p.mentions]) for p in linked.people]
        assert [asdict(o) for o in view.organizations()] == [asdict(o) for o in linked.orgs]
        for today in DAYS:  # the status of a day is computed by the query, not stored
            expected = register(linked.chain, linked.items, linked.cases, today, set())
            assert [e.to_dict() for e in view.register(today)] == [e.to_dict() for e in expected], today


def test_a_closed_assignment_is_done_in_the_query(database_url):
    sessions = _ingest(database_url)
    with sessions() as s:
        first = LinkedView(s).register(DAYS[-1])[0]
        mark_done(s, first.id)
        s.commit()
        assert LinkedView(s).entry(first.id, DAYS[-1]).status == "done"


def test_relinking_unchanged_data_changes_no_row_and_keeps_ids(database_url):
    sessions = _ingest(database_url)
    with sessions() as s:
        before = dict(s.execute(select(LinkedItem.key, LinkedItem.id)).all())
        generation = link_generation(s)
        unchanged = relink(s)  # nothing added or removed: nothing relinked, nothing written
        assert unchanged.scope == "unchanged" and not unchanged.tables and unchanged.generation == generation
        report = relink(s, full=True)
        s.commit()
        assert not report.changed, report.to_dict()
        assert all(c.unchanged for c in report.tables.values())
        assert report.generation == generation + 1
        assert dict(s.execute(select(LinkedItem.key, LinkedItem.id)).all()) == before


def test_a_person_keeps_the_key_when_the_linker_would_rename_them(database_url):
    sessions = _ingest(database_url)
    with sessions() as s:
        row = s.scalars(select(PersonRow).order_by(PersonRow.position)).first()
        # as if an earlier link had named this person differently: the next relink keeps that key
        s.execute(text("UPDATE persons SET key = 'an-earlier-key' WHERE id = :id"), {"id": row.id})
        s.commit()
        report = relink(s, full=True)
        s.commit()
        assert s.scalar(select(PersonRow.key).where(PersonRow.id == row.id)) == "an-earlier-key"
        assert report.tables["persons"].inserted == 0 and report.tables["persons"].deleted == 0


def test_a_person_merged_away_leaves_a_redirect(database_url):
    sessions = _ingest(database_url)
    with sessions() as s:
        rows = s.scalars(select(PersonRow).order_by(PersonRow.position)).all()
        keep, gone = rows[0], rows[1]
        # a stored person whose mentions the linker now gives to another: their key redirects there
        s.execute(text("DELETE FROM person_mentions WHERE person_id = :gone"), {"gone": gone.id})
        s.execute(text("UPDATE person_mentions SET person_id = :gone WHERE person_id = :keep AND position = 0"),
                  {"gone": gone.id, "keep": keep.id})
        s.execute(text("UPDATE persons SET key = 'merged-away' WHERE id = :id"), {"id": gone.id})
        s.commit()
        relink(s, full=True)
        s.commit()
        assert redirect_of(s, "merged-away") == keep.key
        assert redirect_of(s, keep.key) is None


def test_chain_positions_are_numbered_by_body_the_same_in_link_and_store():
    from protokoll.link import rows
    from protokoll.store import linked_order

    assert (rows.GROUP_STRIDE, rows.MAX_GROUPS) == (linked_order.GROUP_STRIDE, linked_order.MAX_GROUPS)
    groups = [("a", "x"), ("a", "x"), ("b", "y"), ("b", "y"), ("b", "y")]
    assert rows.chain_positions(groups) == [0, 1, rows.GROUP_STRIDE, rows.GROUP_STRIDE + 1, rows.GROUP_STRIDE + 2]


def test_order_keys_are_the_same_in_link_and_store_and_sort_as_the_linkers_sort(database_url):
    """The keys ``link.rows`` writes are what ``store.linked_order`` makes in SQL (migration 0017), and
    items, the register and cases read in key order are in the linkers' order."""
    from protokoll.store.linked_order import assignment_key_sql, item_key_sql

    sessions = _ingest(database_url)
    with sessions() as s:
        linked = link_all(s)
        pg = s.get_bind().dialect.name == "postgresql"
        items = s.execute(text(f"""SELECT li.rank, {item_key_sql(pg)} FROM linked_items li
            JOIN chain_meetings cm ON cm.id = li.chain_meeting_id JOIN chain_sources cs ON cs.meeting_id = li.meeting_id
            ORDER BY li.rank""")).all()
        assert len(items) == len(linked.items) > 20 and all(stored == made for stored, made in items)
        assignments = s.execute(text(f"""SELECT a.position, {assignment_key_sql(pg)} FROM assignments a
            JOIN linked_items li ON li.id = a.item_id""")).all()
        assert assignments and all(stored == made for stored, made in assignments)
        ordered = [k.split("~")[0] for k in s.scalars(select(LinkedItem.key).order_by(LinkedItem.rank))]
        assert ordered == [i.id for i in sorted(linked.items, key=lambda i: i.order)]
        cases = s.scalars(text("SELECT key FROM cases ORDER BY position")).all()
        assert cases == [c.id for c in linked.cases]
        view = LinkedView(s)
        expected = register(linked.chain, linked.items, linked.cases, DAYS[-1], set())
        assert [e.to_dict() for e in view.register(DAYS[-1])] == [e.to_dict() for e in expected]
