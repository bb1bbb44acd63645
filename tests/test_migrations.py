"""An archive made by an older version opens in this one: migrations keep its data (SQLite and PostgreSQL)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, event, text

from protokoll.store.db import MIGRATIONS, _sqlite_pragmas, open_engine


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
