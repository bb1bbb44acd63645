"""What an ingest spends per document beside parsing (issue 12): work that grew with every row or word
is done once, and what is stored stays the same (the values compared with the plain computation)."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, select, text
from sqlalchemy.orm import Session

from protokoll.link import text_json
from protokoll.link import reports as reports_mod
from protokoll.link.cases import build_cases, collect_items
from protokoll.link.chain import Source, build_chain
from protokoll.link.person_history import add_history
from protokoll.link.reports import Reporters, task_terms
from protokoll.store.linked_sync import Count, Sync
from protokoll.swedish import stems

ORG = "Kustlandets samordningsråd"


def _python_calls(fn, *args) -> int:
    """How many Python functions (and generator resumptions) ``fn(*args)`` runs. The collector is run before and
    held off during the call: earlier tests' garbage (finalizers, weakref callbacks of pools and connections) would
    otherwise be collected in the middle of it and its calls counted as ``fn``'s (seen in the full suite)."""
    calls = Counter()

    def profile(frame, event, arg):
        if event == "call":
            calls[frame.f_code.co_name] += 1

    gc.collect()
    gc.disable()
    sys.setprofile(profile)
    try:
        fn(*args)
    finally:
        sys.setprofile(None)
        gc.enable()
    return sum(calls.values())


# --- JSON of the linked rows ------------------------------------------------------------------------


def test_text_json_is_json_dumps_without_ascii_escapes():
    for value in ([], ["Åsa Ekdahl", "Örjan Nyqvist"], {"namn": "Märta", "år": 2031, "lista": [None, 1.5]},
                  [["Älvbyn", 3]], "citat \"inom\" text", 0):
        assert text_json(value) == json.dumps(value, ensure_ascii=False)


def test_person_rows_make_no_encoder_per_value(monkeypatch):
    made = []
    init = json.JSONEncoder.__init__

    def counted(self, *args, **kwargs):
        made.append(1)
        init(self, *args, **kwargs)

    monkeypatch.setattr(json.JSONEncoder, "__init__", counted)
    persons = [{"key": f"person-{n}"} for n in range(30)]
    mentions = [{"person": f"person-{n}", "position": 0, "name": f"Vera Dalgren{n}", "meeting_id": n,
                 "date": "2031-02-03", "year": 2031, "organization": ORG, "body": "Presidiet", "role": "ledamot",
                 "grp": "present", "affiliation": "Strandvik", "title": None} for n in range(30)]
    runs, dated = add_history(persons, mentions)
    assert persons[0]["variants_json"] == '["Vera Dalgren0"]' and dated
    assert made == []  # before: one JSONEncoder per json.dumps(..., ensure_ascii=False), 60 here


# --- the driver's insert of the linked tables -------------------------------------------------------


def _table() -> tuple[Session, Table]:
    meta = MetaData()
    table = Table("notes", meta, Column("id", Integer, primary_key=True), Column("key", String),
                  Column("body", String), Column("weight", Integer), Column("flag", String, default="n"))
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    return Session(engine), table


def test_the_linked_insert_writes_given_values_and_defaults_without_python_per_row():
    session, table = _table()
    rows = [{"key": f"k{n}", "body": f"anteckning {n}", "weight": n} for n in range(400)]
    sync = Sync(session, table, ("key",), Count())
    calls = _python_calls(sync._insert, rows)
    stored = session.execute(select(table.c.key, table.c.body, table.c.weight, table.c.flag)
                             .order_by(table.c.id)).all()
    assert [tuple(r) for r in stored] == [(r["key"], r["body"], r["weight"], "n") for r in rows]
    assert calls < 400  # before: a generator of each row's values (four resumptions a row)


def test_the_linked_insert_of_one_column():
    session, table = _table()
    Sync(session, table, ("key",), Count())._insert([{"key": "a"}, {"key": "b"}])
    assert session.execute(select(table.c.key, table.c.flag).order_by(table.c.id)).all() == [("a", "n"), ("b", "n")]


def _indexed_table() -> tuple[Session, Table]:
    """A table with two indexes (one unique, one on two columns), in a SQLite file's own connection."""
    from sqlalchemy import Index

    meta = MetaData()
    table = Table("notes", meta, Column("id", Integer, primary_key=True), Column("key", String),
                  Column("body", String), Column("weight", Integer), Column("flag", String, default="n"),
                  Index("ix_notes_key", "key", unique=True), Index("ix_notes_weight_body", "weight", "body"))
    engine = create_engine("sqlite://")
    meta.create_all(engine)
    return Session(engine), table


def _schema(session) -> list[tuple]:
    return sorted(session.execute(text("SELECT type, name, tbl_name, sql FROM sqlite_master")).all())


@pytest.mark.parametrize("stored", [0, 1])
def test_many_rows_into_an_empty_table_build_its_indexes_after_them(stored):
    """A first link writes thousands of mentions into a table of nine indexes: the indexes are dropped and
    made again (the same SQL) after the rows, in the same transaction; a table that holds rows keeps them."""
    from sqlalchemy import event

    from protokoll.store.linked_sync import BULK

    session, table = _indexed_table()  # integrity_check: each index holds exactly the table's rows
    schema = _schema(session)
    rows = [{"key": f"k{n}", "body": f"anteckning {n % 7}", "weight": (n * 37) % 101, "flag": "j"} for n in range(BULK)]
    Sync(session, table, ("key",), Count()).run(rows[:stored], referred=False)
    statements: list[str] = []
    event.listen(session.get_bind(), "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(" ".join(sql.split()[:2]).upper()))
    Sync(session, table, ("key",), Count()).run(rows, referred=False)
    assert statements.count("DROP INDEX") == (2 if not stored else 0)
    assert statements.count("CREATE INDEX") + statements.count("CREATE UNIQUE") == (2 if not stored else 0)
    assert _schema(session) == schema
    assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    assert session.execute(text("SELECT count(*) FROM notes INDEXED BY ix_notes_weight_body WHERE weight = 5")).scalar() == sum(
        r["weight"] == 5 for r in rows)
    assert session.execute(select(table.c.key).order_by(table.c.id)).scalars().all() == [r["key"] for r in rows]


def test_few_rows_into_an_empty_table_keep_its_indexes():
    from sqlalchemy import event

    session, table = _indexed_table()
    statements: list[str] = []
    event.listen(session.get_bind(), "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(sql.split()[0].upper()))
    Sync(session, table, ("key",), Count()).run([{"key": "a", "body": "b", "weight": 1}], referred=False)
    assert "DROP" not in statements and statements.count("SELECT") == 1


# --- index terms -------------------------------------------------------------------------------------


def test_index_terms_are_the_terms_of_the_folded_words():
    text = ("Nämnden för vattenförsörjning i Ekvik godkände e-tjänsten och VA-planen 2031; "
            "Ödmjuka återrapporter, \u00e9tude och " + "a" * 90 + " slutade.")
    expected = [t for w in stems.tokens(text) for t in stems.word_terms(w)]
    expected += [t for w in stems.joined_words(text) for t in stems.word_terms(w)]
    assert stems.index_terms(text) == expected


def test_index_terms_look_each_word_up_once():
    text = " ".join(["Samverkansrådet beslutade om vattenförsörjningen"] * 125)
    stems.index_terms(text)  # the words' terms are kept after the first text
    assert _python_calls(stems.index_terms, text) < 20  # before: a generator step per word (500)


# --- reports within a case ---------------------------------------------------------------------------


def _record(day: str, items: list[dict], kind: str = "minutes") -> dict:
    return {"source": f"{kind}-{day}.txt", "kind": kind, "organization": ORG, "body": "Presidiet",
            "date": day, "year": int(day[:4]), "items": items}


def _item(number: str, decisions: list[str], assignments=()) -> dict:
    return {"number": number, "title": "Hamnutveckling", "decisions": decisions, "assignments": list(assignments)}


TASK = {"assignee": "Tove Granlund", "task": "kartlägga kajreparationerna i hamnen"}


def _case_with_later_items(later: int, named_at: int | None):
    records = [_record("2031-01-10", [_item("1", ["Tove Granlund får i uppdrag att kartlägga."], [TASK])])]
    for n in range(later):
        words = "Kajreparationerna redovisades." if n == named_at else f"Informationen noterades, punkt {n}."
        records.append(_record(f"2031-02-{n + 1:02d}", [_item(str(n + 2), [words])]))
    records.append(_record("2031-02-15", [_item("9", ["Kajreparationerna nämndes."])], kind="agenda"))
    chain = build_chain([Source(n, r["source"], r) for n, r in enumerate(records, 1)])
    items = collect_items(chain)
    (case,) = [c for c in build_cases(chain, (), items) if len(c.items) > 1]
    ordered = sorted(items, key=lambda i: i.order)
    return Reporters(ordered, "9999-12-31"), ordered[0], case


def _in_case(monkeypatch, later: int, named_at: int | None):
    reporters, item, case = _case_with_later_items(later, named_at)
    calls = []
    naming_in = reports_mod._naming_in
    monkeypatch.setattr(reports_mod, "_naming_in", lambda *a: calls.append(1) or naming_in(*a))
    found, first = reporters._in_case(item, task_terms(TASK["task"]), case, None)
    return found, first, len(calls)


def test_a_case_item_naming_the_task_is_found_without_reading_every_later_item(monkeypatch):
    found, first, calls = _in_case(monkeypatch, 12, 9)
    assert found.item.id == "minutes-2031-02-10:11" and "kajreparationerna" in found.evidence
    assert first.item.id == "minutes-2031-02-01:2" and first.evidence == ()
    assert calls == 1  # before: each of the ten later items up to it was read for the task's words


def test_the_first_later_item_naming_the_task_has_no_other_mention(monkeypatch):
    found, first, _ = _in_case(monkeypatch, 5, 0)
    assert found.item.id == "minutes-2031-02-01:2" and first is None


def test_a_case_whose_later_items_never_name_the_task_gives_the_first_as_mentioned(monkeypatch):
    found, first, calls = _in_case(monkeypatch, 6, None)
    assert found is None and first.item.id == "minutes-2031-02-01:2" and calls == 0


# --- the worker pool --------------------------------------------------------------------------------


def test_the_fork_server_starts_while_the_entries_are_collected(tmp_path):
    """The workers' imports (a few hundred ms) overlap the collecting of the entries, not the first job."""
    (tmp_path / "docs").mkdir()
    program = f"""
import multiprocessing.forkserver as fs
from pathlib import Path
import protokoll.ingest as ingest
from protokoll.store.db import session_factory
seen = []
collect = ingest.collect_sources
ingest.collect_sources = lambda *a: seen.append(fs._forkserver._forkserver_pid) or collect(*a)
ingest.ingest_paths(session_factory("sqlite:///{tmp_path / 'a.sqlite'}"), [Path("{tmp_path / 'docs'}")], 10**6)
print(seen[0] is not None)
"""
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "True", out.stderr


def test_ids_of_rows_no_row_refers_to_are_not_read_back():
    """Mentions, runs and the other leaf tables of a relink: their new rows' ids were read back and unused."""
    from sqlalchemy import event

    session, table = _table()
    statements: list[str] = []
    event.listen(session.get_bind(), "before_cursor_execute",
                 lambda conn, cursor, sql, *rest: statements.append(sql.split()[0].upper()))
    rows = [{"key": f"k{n}", "body": "text", "weight": n, "flag": "j"} for n in range(600)]
    assert Sync(session, table, ("key",), Count()).run(rows, referred=False) == {}
    assert statements.count("SELECT") == 1  # the stored rows; before: a second one for the new ids
    assert session.execute(select(table.c.key).order_by(table.c.id)).scalars().all() == [r["key"] for r in rows]
    statements.clear()
    more = [{"key": f"m{n}", "body": "text", "weight": n, "flag": "j"} for n in range(3)]
    ids = Sync(session, table, ("key",), Count()).run(rows + more)  # others refer to them: read back
    assert sorted(ids) == sorted((r["key"],) for r in rows + more) and statements.count("SELECT") == 2


def test_search_units_are_staged_without_python_per_unit():
    from protokoll.store.search_index import _COLUMNS, SearchUnit, insert_units

    engine = create_engine("sqlite://")
    SearchUnit.__table__.create(engine)
    units = [{"meeting_id": 1 + n // 10, "document_id": 1 + n // 10, "kind": "item", "meeting_date": "2031-05-06",
              "year": 2031, "organization": ORG, "body": None, "item_number": str(n), "title": f"Punkt {n}",
              "text": "Bryggan byggs om.", "title_terms": "punkt", "terms": "brygg bygg"} for n in range(300)]
    with engine.begin() as conn:
        calls = _python_calls(insert_units, conn, units)
        stored = conn.execute(select(*[SearchUnit.__table__.c[c] for c in _COLUMNS])
                              .order_by(SearchUnit.__table__.c.id)).all()
    assert [tuple(r) for r in stored] == [tuple(u[c] for c in _COLUMNS) for u in units]
    assert calls < 300  # before: a generator of each unit's twelve values
