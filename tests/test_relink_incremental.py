"""Incremental relinking gives what a full relink of the same data in a fresh database gives.

The definition of correct: store all documents but a few and link, then
store the few one at a time, each followed by a relink of what it touches;
every linked table must then hold what a full relink of all the documents in
a fresh database holds (every column but ids, references compared by the
natural key of what they point at, meetings by document path), and every row
whose natural key survived a step must have kept its id. People are compared
the same way; what an incremental relink cannot know without a full one (see
``protokoll.linking.people``) is counted and bounded, and ``relink(full=True)``
reconciles it to the exact answer.
"""

from __future__ import annotations

import hashlib
import json
import importlib.util
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from conftest import ROOT
from protokoll.linking import relink
from protokoll.pipeline import process
from protokoll.store import save
from protokoll.store.db import session_factory
from protokoll.store.linked_order import renumber

EXAMPLES = ROOT / "examples"
TABLES = ("chain_meetings", "chain_sources", "cases", "linked_items", "assignments", "organizations",
          "memberships", "bodies", "persons", "person_mentions", "person_runs", "person_meetings",
          "owed_assignments",
          "dissent_municipalities")
PEOPLE = ("persons", "person_mentions", "person_runs", "person_meetings")
REFS = {"chain_meeting_id": "chain_meetings", "case_id": "cases", "item_id": "linked_items", "assignment_id": "assignments",
        "person_id": "persons", "organization_id": "organizations"}


def _documents(paths_and_texts: list[tuple[str, str | bytes]]):
    """Each document read, repaired and parsed once (stored in two databases)."""
    out = []
    for name, body in paths_and_texts:
        data = body.encode("utf-8") if isinstance(body, str) else body
        out.append(process(Path("/archive") / name, data, hashlib.sha256(data).hexdigest()))
    return out


def _store(sessions, docs) -> None:
    with sessions() as s:
        for doc in docs:
            save(s, doc)
        s.commit()


def _relink(sessions, full: bool = False):
    with sessions() as s:
        report = relink(s, full=full)
        s.commit()
        return report


def dump(session) -> dict[str, set[tuple]]:
    """Every linked row without ids: references by natural key, meetings by document path."""
    path = dict(session.execute(text("SELECT m.id, d.path FROM meetings m JOIN documents d ON d.id = m.document_id")).all())
    keys = {t: dict(session.execute(text(f"SELECT id, key FROM {t}")).all()) for t in set(REFS.values())}
    out = {}
    for table in TABLES:
        rows = session.execute(text(f"SELECT * FROM {table}")).mappings().all()
        out[table] = set()
        for row in rows:
            values = []
            for column, value in sorted(row.items()):
                if column == "id":
                    continue
                if column in REFS:
                    value = keys[REFS[column]].get(value)
                elif column == "meeting_id":
                    value = path.get(value)
                elif table == "person_mentions" and column == "key":
                    mid, rest = value.split("|", 1)
                    value = f"{path.get(int(mid))}|{rest}"
                elif table == "dissent_municipalities" and column == "names_json":  # [name, person id]
                    value = str([(n, keys["persons"].get(p)) for n, p in json.loads(value)])
                values.append((column, value))
            out[table].add(tuple(values))
    return out


def ids(session) -> dict[tuple, int]:
    found = {}
    for table in TABLES:
        if table in ("chain_sources", "person_mentions", "person_runs", "person_meetings", "memberships", "bodies", "owed_assignments",
                     "dissent_municipalities"):
            continue
        found.update({(table, k): i for i, k in session.execute(text(f"SELECT id, key FROM {table}"))})
    return found


def _differences(a: dict, b: dict) -> dict[str, int]:
    return {t: len(a[t] ^ b[t]) for t in TABLES if a[t] != b[t]}


def check_incremental(url_a: str, url_b: str, docs: list, late: list[int]):
    """Store all but ``late`` and link; then each of ``late`` with an incremental relink; compare."""
    a, b = session_factory(url_a), session_factory(url_b)
    early = [d for n, d in enumerate(docs) if n not in late]
    _store(a, early)
    _relink(a, full=True)
    reports = []
    for n in late:
        with a() as s:
            before = ids(s)
        _store(a, [docs[n]])
        reports.append(_relink(a))
        with a() as s:
            after = ids(s)
        assert {k: after[k] for k in before if k in after} == {k: before[k] for k in before if k in after}
    _store(b, docs)
    _relink(b, full=True)
    with a() as s, b() as t:
        incremental, full = dump(s), dump(t)
        assert renumber(t) == dict.fromkeys(renumber(t), 0)  # the SQL order is the linkers' order
    return reports, incremental, full, a


def _examples() -> list:
    return _documents([(p.name, p.read_bytes()) for p in sorted(EXAMPLES.iterdir()) if p.is_file()
                       and p.suffix in (".txt", ".docx", ".pdf")])


@pytest.fixture(scope="module")
def examples():
    return _examples()


def test_examples_one_document_at_a_time(database_url, tmp_path, examples):
    late = [len(examples) - 1, 3, 7, 10]
    reports, incremental, full, a = check_incremental(database_url, f"sqlite:///{tmp_path}/full.sqlite",
                                                      examples, late)
    assert all(not r.scope.startswith("full") for r in reports), [r.scope for r in reports]
    differ = _differences(incremental, full)
    assert {t: n for t, n in differ.items() if t not in PEOPLE} == {}
    people = sum(len(full[t]) for t in PEOPLE)
    assert sum(differ.get(t, 0) for t in PEOPLE) <= 0.05 * people, differ
    _relink(a, full=True)  # the reconcile path
    with a() as s:
        assert _differences(dump(s), full) == {}


def _generated(orgs: int = 4, per_org: int = 40) -> list:
    spec = importlib.util.spec_from_file_location("bench_web", ROOT / "bench" / "web.py")
    web = importlib.util.module_from_spec(spec)
    sys.modules["bench_web"] = web
    spec.loader.exec_module(web)
    material = web.Material.load()
    per = web.CYCLES * len(material.templates)
    return _documents([material.text(o * per + j) for o in range(orgs) for j in range(per_org)])


def test_generated_archive_of_several_organisations(tmp_path):
    docs = _generated()
    late = [len(docs) - 1, 10, 45, 90, 125]
    reports, incremental, full, a = check_incremental(f"sqlite:///{tmp_path}/a.sqlite",
                                                      f"sqlite:///{tmp_path}/b.sqlite", docs, late)
    assert all(r.scope.startswith("1 organisation") for r in reports), [r.scope for r in reports]
    differ = _differences(incremental, full)
    assert {t: n for t, n in differ.items() if t not in PEOPLE} == {}
    people = sum(len(full[t]) for t in PEOPLE)
    assert sum(differ.get(t, 0) for t in PEOPLE) <= 0.05 * people, differ
    print("people rows differing before a full relink:", differ, "of", people)


def test_order_columns_renumber_in_runs_and_by_id():
    """``_apply`` moves long runs in one statement and the rest by id, never landing on a run to move."""
    import random

    from sqlalchemy import Column, Integer, MetaData, Table, create_engine
    from sqlalchemy.orm import Session

    from protokoll.store.linked_order import _apply

    engine = create_engine("sqlite://")
    meta = MetaData()
    t = Table("t", meta, Column("id", Integer, primary_key=True), Column("position", Integer))
    meta.create_all(engine)
    for trial in range(120):
        rng = random.Random(trial)
        with Session(engine) as s:
            s.execute(t.delete())
            ids = list(range(1, rng.randint(2, 400)))
            s.execute(t.insert(), [{"id": i, "position": i - 1} for i in ids])
            gone = set(rng.sample(ids, rng.randint(0, min(4, len(ids) - 1))))
            s.execute(t.delete().where(t.c.id.in_(gone)))
            order = [i for i in ids if i not in gone]
            new = [1000 + k for k in range(rng.randint(1, 5))]
            s.execute(t.insert(), [{"id": i, "position": rng.randint(0, 3)} for i in new])  # provisional
            for i in new:
                order.insert(rng.randint(0, len(order)), i)
            want = {i: n for n, i in enumerate(order)}
            old = dict(s.execute(select(t.c.id, t.c.position)).all())
            _apply(s, t, "position", [(i, old[i], n) for i, n in want.items() if old[i] != n])
            assert dict(s.execute(select(t.c.id, t.c.position)).all()) == want, trial


def test_a_new_version_and_a_correction(tmp_path, examples):
    """A changed document (its old meeting leaves, its new one comes) relinks in part; a new
    correction makes the next relink full."""
    from protokoll.store.cases import add_case_correction

    a, b = session_factory(f"sqlite:///{tmp_path}/a.sqlite"), session_factory(f"sqlite:///{tmp_path}/b.sqlite")
    _store(a, examples)
    _relink(a, full=True)
    first = examples[0]
    changed = _documents([(Path(first.path).name, Path(EXAMPLES / Path(first.path).name).read_bytes() + b"\n\n")])[0]
    _store(a, [changed])
    report = _relink(a)
    assert report.scope.startswith("1 organisation"), report.scope
    assert report.tables["chain_sources"].inserted == 1 and report.tables["chain_sources"].deleted == 1
    _store(b, [changed] + examples[1:])
    _relink(b, full=True)
    with a() as s, b() as t:
        assert _differences(dump(s), dump(t)) == {}
        item = s.scalar(text("SELECT key FROM linked_items WHERE routine = :no ORDER BY rank LIMIT 1"), {"no": False})
        add_case_correction(s, "rename", item, title="Ett nytt namn")
        s.commit()
    again = _relink(a)
    assert again.scope == "full (the corrections changed)"
    assert _relink(a).scope == "unchanged"


def test_documents_of_one_name_in_two_folders(tmp_path, examples):
    """Two and then three current documents of one file name (other folders): each item keeps its own
    meeting, its items unique keys, and the incremental answer is the full one."""
    source = next(p for p in sorted(EXAMPLES.glob("*.txt")))
    copies = _documents([(f"{n}/{source.name}", source.read_bytes() + b"\n" * n) for n in (1, 2)])
    url_b = f"sqlite:///{tmp_path}/b.sqlite"
    docs = examples + copies
    reports, incremental, full, _ = check_incremental(f"sqlite:///{tmp_path}/a.sqlite", url_b, docs,
                                                      [len(docs) - 1])
    assert _differences(incremental, full) == {}
    with session_factory(url_b)() as s:
        rows = s.execute(text("SELECT li.key, li.meeting_id, d.path FROM linked_items li JOIN meetings m "
                              "ON m.id = li.meeting_id JOIN documents d ON d.id = m.document_id")).all()
    stem = source.name.rsplit(".", 1)[0]
    paths = {path for key, _, path in rows if key.startswith(stem + ":")}
    assert len(paths) == 3  # every copy's items point at its own document
    mine = [(key, mid, path) for key, mid, path in rows if key.startswith(stem + ":")]
    plain = {path for key, _, path in mine if "~" not in key}
    assert len(plain) == 1  # the first of them keeps the plain keys; the others' end in their own meeting id
    assert all(key.endswith(f"~{mid}") for key, mid, path in mine if path not in plain)
