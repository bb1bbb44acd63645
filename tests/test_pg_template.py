"""The PostgreSQL test schema set back from its template is the schema a fresh migration gives."""

from __future__ import annotations

import pytest
from conftest import _migrate, drop_every_table
from pg_template import _TEMPLATE, reset_migrated
from sqlalchemy import create_engine, text

STATE = ("SELECT (SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables "
         "WHERE schemaname = current_schema()), "
         "(SELECT string_agg(sequencename || '=' || coalesce(last_value::text, '-'), ',' ORDER BY sequencename) "
         "FROM pg_sequences WHERE schemaname = current_schema()), "
         "(SELECT count(*) FROM documents), (SELECT count(*) FROM search_changes), "
         "(SELECT string_agg(epoch || ':' || generation, ',') FROM search_state)")


def _state(url: str):
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(text(STATE)).one())
    finally:
        engine.dispose()


POSTGRESQL = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


@POSTGRESQL
def test_a_schema_written_to_is_set_back_to_what_the_migrations_left(database_url):
    drop_every_table(database_url)
    _TEMPLATE.pop(database_url, None)
    reset_migrated(database_url, _migrate, drop_every_table)  # from nothing: the template taken
    fresh = _state(database_url)
    from conftest import ROOT

    from protokoll.ingest import ingest_paths
    from protokoll.store.db import session_factory

    sessions = session_factory(database_url)
    ingest_paths(sessions, [ROOT / "examples"], 10_000_000)
    sessions.kw["bind"].dispose()
    assert _state(database_url) != fresh  # documents, search changes and sequences moved
    reset_migrated(database_url, _migrate, drop_every_table)
    assert _state(database_url) == fresh


@POSTGRESQL
def test_a_schema_a_test_took_back_a_migration_is_migrated_again(database_url):
    engine = create_engine(database_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0001_initial'"))
        conn.execute(text("CREATE TABLE stray (id integer)"))
    engine.dispose()
    reset_migrated(database_url, _migrate, drop_every_table)
    engine = create_engine(database_url)
    with engine.connect() as conn:
        tables = set(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
                     .scalars())
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
    engine.dispose()
    assert "stray" not in tables and "documents" in tables
    assert version == _TEMPLATE[database_url].version
