"""An archive made by an older version opens in this one: migrations keep its data (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text

from protokoll.store.db import MIGRATIONS, _sqlite_pragmas, open_engine


@pytest.mark.pg_empty  # the schema is built from nothing up to 0009
def test_a_filled_archive_of_an_old_schema_is_migrated_with_its_data(database_url):
    engine = create_engine(database_url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)  # foreign keys on, as every connection has them
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0009")  # before accounts (0010) rebuilt the documents table
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO documents (id, sha256, path, name, size, format, version, current, ingested_at, "
            "pages_json, text) VALUES (1, 'ab', 'a.txt', 'a.txt', 3, 'txt', 1, true, '2025-01-01 00:00:00', "
            "'[]', 'abc')"))
        conn.execute(text("INSERT INTO meetings (id, document_id, record_json, evidence_json) "
                          "VALUES (1, 1, '{}', '[]')"))
    engine.dispose()
    migrated = open_engine(database_url)
    try:
        with migrated.connect() as conn:
            assert conn.execute(text("SELECT name, published FROM documents")).one() == ("a.txt", True)
            assert conn.execute(text("SELECT document_id FROM meetings")).scalar() == 1
            assert conn.execute(text("SELECT count(*) FROM linked_items")).scalar() == 0
    finally:
        migrated.dispose()


def test_the_order_keys_of_0021_are_made_in_sql_from_stored_rows(database_url):
    """Down to 0020 (numbers again) and up to 0021: the keys made in SQL are the ones a relink writes."""
    from conftest import ROOT
    from protokoll.ingest import ingest_paths
    from protokoll.linking import relink
    from protokoll.store.db import session_factory

    sessions = session_factory(database_url)
    ingest_paths(sessions, [ROOT / "examples"], 10_000_000)
    with sessions() as s:
        relink(s, full=True)
        s.commit()
    query = text("SELECT 'i', key, rank FROM linked_items UNION ALL SELECT 'a', key, position FROM assignments "
                 "UNION ALL SELECT 'c', key, position FROM cases")
    engine = sessions.kw["bind"]
    with engine.connect() as conn:
        written = set(conn.execute(query).all())
    assert len(written) > 20 and all("\x01" in str(r[2]) for r in written)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    for target in ("0020_attendance_dissent", "0021_order_keys"):
        with engine.begin() as conn:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            cfg.attributes["connection"] = conn
            (command.downgrade if target.startswith("0020") else command.upgrade)(cfg, target)
        if target.startswith("0020"):
            with engine.connect() as conn:
                numbers = conn.execute(text("SELECT rank FROM linked_items ORDER BY rank")).scalars().all()
            assert sorted(int(n) for n in numbers) == list(range(len(numbers)))
    with engine.connect() as conn:
        assert set(conn.execute(query).all()) == written
    engine.dispose()


def test_a_new_archive_is_made_without_a_warning(tmp_path):
    """Every migration runs on a new archive: none may warn (a warning on every `protokoll ingest` of a new
    archive teaches users to ignore warnings). SQLAlchemy warns when it reflects an index on an expression."""
    import warnings

    from protokoll.store.db import session_factory

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        sessions = session_factory(f"sqlite:///{tmp_path / 'new.sqlite'}")
        with sessions() as session:
            assert session.execute(text("SELECT version_num FROM alembic_version")).scalar().startswith("00")
        sessions.kw["bind"].dispose()
