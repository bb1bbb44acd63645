"""The store through its public functions, on SQLite and (when reachable) PostgreSQL."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from sqlalchemy import select, text

from conftest import write_minutes
from protokoll.ingest import ingest_paths
from protokoll.export import export_json
from protokoll.pipeline import load, process
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.store import Incoming, current_meetings, find_meetings, record_of, save
from protokoll.store.db import session_factory
from protokoll.store.models import Document, Meeting



def write(folder: Path, name: str, date: str, topic: str = "Budget") -> Path:
    return write_minutes(folder, name, date, topic)


def incoming(path: Path, date: str | None = None) -> Incoming:
    """Read, repair and parse ``path`` the way ingest does; ``date`` pins the record's date.

    Pinning keeps these tests about storing and finding, whatever the parser makes of the text.
    """
    data, sha = load(path)
    doc = process(path, data, sha)
    if date is not None:
        doc.record = dataclasses.replace(doc.record, date=date, year=int(date[:4]))
    return doc


def store(sessions, path: Path, date: str | None = None) -> str:
    with sessions() as session:
        status = save(session, incoming(path, date))
        session.commit()
    return status


def test_same_bytes_again_are_unchanged(sessions, tmp_path):
    path = write(tmp_path / "in", "protokoll-2024-03-12.txt", "2024-03-12")
    copy = tmp_path / "elsewhere" / path.name
    copy.parent.mkdir()
    copy.write_bytes(path.read_bytes())

    assert store(sessions, path) == "inserted"
    assert store(sessions, path) == "unchanged"
    assert store(sessions, copy) == "unchanged"
    with sessions() as session:
        assert session.scalar(select(Document.version)) == 1
        assert len(session.scalars(select(Document)).all()) == 1
        assert len(session.scalars(select(Meeting)).all()) == 1


def test_new_bytes_at_the_same_path_are_version_2_and_keep_version_1(sessions, tmp_path):
    path = write(tmp_path, "protokoll-2024-03-12.txt", "2024-03-12", topic="Budget")
    assert store(sessions, path) == "inserted"
    write(tmp_path, path.name, "2024-03-12", topic="Budget, reviderad")
    assert store(sessions, path) == "updated"

    with sessions() as session:
        docs = session.scalars(select(Document).order_by(Document.version)).all()
        assert [(d.version, d.current) for d in docs] == [(1, False), (2, True)]
        assert docs[0].path == docs[1].path == str(path.resolve())
        assert "reviderad" not in docs[0].text and "reviderad" in docs[1].text
        assert all(d.meeting is not None for d in docs)  # the old record is kept
        current = current_meetings(session)
        assert [m.document.version for m in current] == [2]


def test_export_writes_one_file_per_current_document(sessions, tmp_path):
    a = write(tmp_path / "in", "kallelse-2024-01-10.txt", "2024-01-10")
    b = write(tmp_path / "in", "protokoll-2024-02-14.txt", "2024-02-14")
    same_name = write(tmp_path / "in" / "arkiv", "protokoll-2024-02-14.txt", "2023-02-15", topic="Annat")
    for path in (a, b, same_name):
        store(sessions, path)
    write(tmp_path / "in", a.name, "2024-01-10", topic="Ny version")
    assert store(sessions, a) == "updated"

    out = tmp_path / "out"
    with sessions() as session:
        written = export_json(session, out)
        stored = sorted(json.dumps(record_of(m), sort_keys=True) for m in current_meetings(session))

    names = sorted(p.name for p in out.iterdir())
    assert sorted(p.name for p in written) == names
    assert len(names) == 3
    assert "kallelse-2024-01-10.json" in names and "protokoll-2024-02-14.json" in names
    assert any(n.startswith("protokoll-2024-02-14-") for n in names)  # same stem: hash suffix
    exported = [json.loads(file.read_text(encoding="utf-8")) for file in written]
    assert all(r["schema"] == "meeting-record/1" for r in exported)
    assert sorted(json.dumps(r, sort_keys=True) for r in exported) == stored


def test_find_meetings_by_date_year_id_and_stem(sessions, tmp_path):
    march = write(tmp_path, "protokoll-2024-03-12.txt", "2024-03-12")
    june = write(tmp_path, "kallelse-2024-06-05.txt", "2024-06-05")
    store(sessions, march, date="2024-03-12")
    store(sessions, june, date="2024-06-05")
    write(tmp_path, june.name, "2024-06-06", topic="Flyttat möte")
    assert store(sessions, june, date="2024-06-06") == "updated"

    with sessions() as session:
        def names(key: str) -> list[str]:
            return [m.document.name for m in find_meetings(session, key)]

        assert names("2024-03-12") == ["protokoll-2024-03-12.txt"]
        assert names("2024-06-06") == ["kallelse-2024-06-05.txt"]
        assert names("2024-06-05") == []  # only the old version had that date
        assert names("2024") == ["protokoll-2024-03-12.txt", "kallelse-2024-06-05.txt"]
        assert names("2024-06") == ["kallelse-2024-06-05.txt"]
        assert names("kallelse-2024-06-05") == ["kallelse-2024-06-05.txt"]
        march_id = find_meetings(session, "protokoll-2024-03-12")[0].id
        assert names(str(march_id)) == ["protokoll-2024-03-12.txt"]
        assert names("999999") == [] and names("nothing-here") == []


def test_ingest_paths_reports_per_outcome(sessions, tmp_path):
    folder = tmp_path / "arkiv"
    write(folder, "a.txt", "2024-01-10")
    write(folder, "b.txt", "2024-02-14")
    (folder / "tom.txt").write_bytes(b"")

    first = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert first.counts == {"inserted": 2, "updated": 0, "unchanged": 0, "skipped": 0, "failed": 1}
    assert [Path(name).name for name, _ in first.failures] == ["tom.txt"]
    write(folder, "b.txt", "2024-02-15")
    second = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert second.counts == {"inserted": 0, "updated": 1, "unchanged": 1, "skipped": 0, "failed": 1}


def test_migrations_run_again_without_change(database_url):
    first = session_factory(database_url)
    second = session_factory(database_url)  # opening again migrates an up-to-date schema
    try:
        with second() as session:
            assert session.scalar(text("SELECT count(*) FROM alembic_version")) == 1
            if session.bind.dialect.name == "sqlite":
                assert session.scalar(text("PRAGMA journal_mode")) == "wal"
    finally:
        first.kw["bind"].dispose()
        second.kw["bind"].dispose()
