"""What the person and case pages read from stored columns equals what they computed per request
(issue 11: those pages as a few indexed statements), on the examples on SQLite and PostgreSQL; and a
person URL that is no longer one leads where it did."""

from __future__ import annotations

from sqlalchemy import select, text

from protokoll.query.people import assignments_linked_to, merged_into, person_keys, slug_holders
from protokoll.store.db import open_sessions
from protokoll.store.linked_tables import AssignmentRow, LinkedItem, PersonMention, PersonRow
from protokoll.swedish.fold import fold_name, person_slug
from conftest import migration_before, newest_migration


def linked_as_before(session, person_id: int) -> dict[int, str]:
    """``assignments_linked_to`` as the page computed it before 0024: every distinct person-kind
    assignee read and folded in Python, its rows then linked by (folded name, meeting)."""
    own = set(session.scalars(select(PersonMention.folded).where(PersonMention.person_id == person_id)))
    spellings = [a for a in session.scalars(select(AssignmentRow.assignee).distinct()
                                            .where(AssignmentRow.assignee_kind == "person")) if fold_name(a) in own]
    rows = session.execute(select(AssignmentRow.id, AssignmentRow.assignee, LinkedItem.meeting_id)
                           .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
                           .where(AssignmentRow.assignee_kind == "person", AssignmentRow.assignee.in_(spellings))).all()
    keys = person_keys(session, [(fold_name(a), m) for _, a, m in rows])
    key = session.scalar(select(PersonRow.key).where(PersonRow.id == person_id))
    return {i: key for i, a, m in rows if keys.get((fold_name(a), m)) == key}


def test_each_assignment_keeps_its_assignees_folded_name(view):
    rows = view.session.execute(select(AssignmentRow.assignee, AssignmentRow.assignee_folded)).all()
    assert len(rows) > 10
    assert [(a, f) for a, f in rows if f != fold_name(a)] == []
    assert any(f != a for a, f in rows)  # the fold is not the name as written


def test_a_persons_assignments_by_the_stored_fold_are_those_found_by_folding_every_assignee(view):
    checked = 0
    for person_id in view.session.scalars(select(PersonRow.id)):
        expected = linked_as_before(view.session, person_id)
        assert assignments_linked_to(view.session, [person_id])[0] == expected, person_id
        checked += bool(expected)
    assert checked >= 3


#: what each of this module's migrations added, newest last: replaying one undoes it and every later one
UNDO = [("assignee_folded", ["DROP INDEX ix_assignments_kind_folded", "ALTER TABLE assignments DROP COLUMN assignee_folded"]),
        ("case_dates", ["ALTER TABLE cases DROP COLUMN first_date", "ALTER TABLE cases DROP COLUMN last_date"]),
        ("owed_assignments", ["DROP TABLE owed_assignments", "DROP TABLE dissent_municipalities",
                              "DROP INDEX ix_person_mentions_affiliation_person_date",
                              "DROP INDEX ix_chain_meetings_attended"]),
        ("person_runs", ["DROP TABLE person_runs", "DROP TABLE person_meetings",
                         "ALTER TABLE persons DROP COLUMN variants_json"])]


def reopened_from_before(archive: str, name: str, read):
    """``read(session)`` after the archive was set back to before migration ``name`` and opened again
    (which migrates it): the stored data as an older version left it, upgraded."""
    sessions = open_sessions(archive)
    with sessions() as session:
        names = [n for n, _ in UNDO]
        for _, statements in reversed(UNDO[names.index(name):]):
            for statement in statements:
                session.execute(text(statement))
        session.execute(text("UPDATE alembic_version SET version_num = :v"), {"v": migration_before(name)})
        session.commit()
    sessions.kw["bind"].dispose()
    sessions = open_sessions(archive)  # migrates
    with sessions() as session:
        found = read(session), session.scalar(text("SELECT version_num FROM alembic_version"))
    sessions.kw["bind"].dispose()
    return found


def test_opening_an_archive_stored_before_0024_fills_the_folded_names(archive):
    rows, version = reopened_from_before(archive, "assignee_folded", lambda s: s.execute(
        select(AssignmentRow.assignee, AssignmentRow.assignee_folded)).all())
    assert version == newest_migration()
    assert len(rows) > 10 and all(f == fold_name(a) for a, f in rows)


def merged_as_before(session, key: str) -> str | None:
    """``merged_into`` as the page asked it before (every distinct folded name slugged per request)."""
    folded = [f for f in session.scalars(select(PersonMention.folded).distinct()) if person_slug(f) == key]
    if not folded:
        return None
    found = session.scalars(select(PersonRow.key).join(PersonMention)
                            .where(PersonMention.folded.in_(folded)).distinct()).all()
    return found[0] if len(found) == 1 else None


def test_an_old_person_url_leads_where_it_led_with_the_slugs_read_once(view):
    session = view.session
    holders = slug_holders(session)
    slugs = {person_slug(f) for f in session.scalars(select(PersonMention.folded).distinct())}
    assert len(slugs) > 20
    for key in sorted(slugs) + ["nobody-at-all", "person"]:
        assert merged_into(session, key, holders) == merged_into(session, key) == merged_as_before(session, key), key


def test_a_case_keeps_the_count_and_dates_its_page_computed_from_every_item(view):
    from protokoll.query import cases
    from protokoll.store.linked_tables import LinkedCase
    from protokoll.web.data import case_json

    keys = list(view.session.scalars(select(LinkedCase.key)))
    assert len(keys) > 5
    for key in keys:
        expected = case_json(view.case(key))  # as the page made it: every item read, its meeting's date
        found = cases.header(view, key)
        assert {k: found[k] for k in ("id", "title", "items", "first", "last", "corrected")} == \
            {k: expected[k] for k in ("id", "title", "items", "first", "last", "corrected")}, key
    listed = {c["id"]: c for c in cases.summaries(view, True)}
    assert sorted(listed) == sorted(keys)
    assert all(listed[k]["first"] == cases.header(view, k)["first"] for k in keys)


def test_opening_an_archive_stored_before_0025_fills_the_case_dates(archive):
    from protokoll.store.linked_tables import LinkedCase

    def dates(session) -> dict:
        return dict(session.execute(select(LinkedCase.key, LinkedCase.first_date + "/" + LinkedCase.last_date)).all())

    sessions = open_sessions(archive)
    with sessions() as session:
        stored = dates(session)
    sessions.kw["bind"].dispose()
    filled, version = reopened_from_before(archive, "case_dates", dates)
    assert len(stored) > 5 and all(v and len(v) == 21 for v in stored.values())
    assert filled == stored and version == newest_migration()
