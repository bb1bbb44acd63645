"""A PostgreSQL test schema set back to "freshly migrated, empty" without migrating it again.

Migrating a PostgreSQL schema from nothing costs ~2-3 s of wall time (alembic runs every migration, each a
round of DDL), and dropping every table first ~1 s more; ~170 store tests did both, a third of the suite's
wall time. The first test of a worker process still drops and migrates from nothing; what the migrations
leave behind is then remembered (the tables, the rows some migrations write, each sequence's position), and
every later test gets the same state back by emptying the tables in one TRUNCATE and writing those rows
again. When the schema is not what was remembered (a test replayed or undid a migration, or created a table),
it is dropped and migrated from nothing as before. A test that needs a schema without any table asks for
it with the ``pg_empty`` marker.
"""

from __future__ import annotations

from dataclasses import dataclass

#: what the migrations left in the worker's schema, taken once per process (None until then)
_TEMPLATE: dict[str, "Template"] = {}


@dataclass(frozen=True)
class Template:
    version: str
    tables: frozenset[str]
    rows: tuple[tuple[object, tuple[dict, ...]], ...]  # (sqlalchemy Table, rows) in the order they can be inserted
    sequences: tuple[tuple[str, int | None], ...]  # (sequence, last value or None when never used)


def _tables(conn) -> frozenset[str]:
    from sqlalchemy import text

    return frozenset(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"))
                     .scalars())


def _version(conn) -> str | None:
    from sqlalchemy import text

    if "alembic_version" not in _tables(conn):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _take(conn) -> Template:
    """The migrated schema's state: its tables, their rows (few: search state, change markers), sequences."""
    from sqlalchemy import MetaData

    meta = MetaData()
    meta.reflect(conn)
    rows = tuple((t, tuple(dict(r._mapping) for r in conn.execute(t.select())))
                 for t in meta.sorted_tables if t.name != "alembic_version")
    return Template(_version(conn), _tables(conn), tuple((n, r) for n, r in rows if r), _sequences(conn))


def _sequences(conn) -> tuple[tuple[str, int | None], ...]:
    from sqlalchemy import text

    found = conn.execute(text("SELECT sequencename, last_value FROM pg_sequences "
                              "WHERE schemaname = current_schema() ORDER BY sequencename")).all()
    return tuple((name, last) for name, last in found)


def _written(conn, template: Template) -> list[str]:
    """The tables whose rows are not the template's: any row in a table the migrations left empty, other
    rows than the migrations' in the others (one statement for the first, a read of a few rows for the second)."""
    from sqlalchemy import text

    kept = {table.name: rows for table, rows in template.rows}
    empty = sorted(template.tables - {"alembic_version"} - set(kept))
    probe = " UNION ALL ".join(f"SELECT '{n}' WHERE EXISTS (SELECT 1 FROM \"{n}\")" for n in empty)
    written = list(conn.execute(text(probe)).scalars()) if empty else []
    for table, rows in template.rows:
        if tuple(dict(r._mapping) for r in conn.execute(table.select())) != rows:
            written.append(table.name)
    return written


def _restore(conn, template: Template) -> None:
    """The tables written to emptied in one TRUNCATE (each table costs PostgreSQL new files, so only those),
    the migrations' rows written back, each sequence set back where the migrations left it."""
    from sqlalchemy import text

    written = _written(conn, template)
    if written:
        conn.execute(text(f"TRUNCATE {', '.join(chr(34) + n + chr(34) for n in written)} CASCADE"))
        for table, rows in template.rows:
            if table.name in written or not conn.execute(table.select().limit(1)).first():
                conn.execute(table.insert(), list(rows))
    if _sequences(conn) == template.sequences:
        return
    for sequence, last in template.sequences:
        if last is None:
            conn.execute(text("SELECT setval(CAST(:s AS regclass), 1, false)"), {"s": f'"{sequence}"'})
        else:
            conn.execute(text("SELECT setval(CAST(:s AS regclass), :v, true)"), {"s": f'"{sequence}"', "v": last})


def reset_migrated(url: str, migrate, drop, **engine_options) -> None:
    """The schema at ``url`` freshly migrated and empty: restored from the template when it is still the
    template's schema, else ``drop(url)`` and ``migrate(url)`` and the template taken (again)."""
    from sqlalchemy import create_engine, text

    engine = create_engine(url, **engine_options)
    try:
        with engine.begin() as conn:
            conn.execute(text("SET LOCAL lock_timeout = '60s'"))
            template = _TEMPLATE.get(url)
            if template and _version(conn) == template.version and _tables(conn) == template.tables:
                _restore(conn, template)
                return
    finally:
        engine.dispose()
    drop(url, **engine_options)
    migrate(url)
    engine = create_engine(url, **engine_options)
    try:
        with engine.begin() as conn:
            _TEMPLATE[url] = _take(conn)
    finally:
        engine.dispose()
