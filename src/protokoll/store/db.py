"""Opening a database: URL resolution and migrations."""

from __future__ import annotations

import os
import re
from functools import cache
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB = "protokoll.sqlite"
MIGRATIONS = Path(__file__).parent / "migrations"
SQLITE_POOL = 40  #: SQLite connections kept open per engine: anyio's default thread limit (FastAPI's sync views)


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``/``PROTOKOLL_DB``: a URL or a plain file path."""
    value = value or os.environ.get("PROTOKOLL_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def open_engine(url: str) -> Engine:
    """An engine on ``url`` with the schema migrated to the newest version."""
    engine = create_engine(url, **pool_options(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        with engine.connect() as conn:  # WAL stays set in the file: once per engine, not per connection
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")
    migrate(engine)
    return engine


def pool_options(url: str) -> dict:
    """Connection pool size: SQLite keeps one connection per thread that may use it at once.

    The web server runs its views in a pool of up to ``SQLITE_POOL`` threads;
    with SQLAlchemy's default pool (5 kept, 10 more opened and closed again)
    busy servers opened a new SQLite connection, with its pragmas and an empty
    page cache, on most requests. SQLite connections are cheap to keep open;
    server databases keep SQLAlchemy's defaults (their connections count
    against the server's limit, per worker process).
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return {}  # in-memory SQLite has one connection per thread (SingletonThreadPool)
    return {"pool_size": SQLITE_POOL, "max_overflow": SQLITE_POOL}


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    """Per new connection (SQLAlchemy's ``connect`` event: once, not per checkout)."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


@cache
def head_revision() -> str | None:
    """The newest migration: the one no other revises (read from the files, without Alembic)."""
    revisions, revised = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M):
            revisions.add(found.group(1))
        revised |= set(re.findall(r"['\"]([^'\"]+)['\"]",
                                  (re.search(r"^down_revision\s*=\s*(.*)$", source, re.M) or ["", ""])[1]))
    heads = revisions - revised
    return heads.pop() if len(heads) == 1 else None


def is_current(engine: Engine) -> bool:
    """Whether the schema is at the newest version already (one cheap query; Alembic is not loaded)."""
    head = head_revision()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            return [r[0] for r in conn.execute(text("SELECT version_num FROM alembic_version"))] == [head]
    except Exception:  # no version table yet: a new archive
        return False


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest version (nothing to do, and Alembic not even imported, when it is).

    SQLite changes a table by copying it (Alembic's batch mode): with foreign
    keys enforced, dropping the old copy of a table others refer to (documents)
    fails. So they are off while migrating (a pragma SQLite takes only outside
    a transaction) and checked once after, as SQLite's own documentation of
    ALTER TABLE advises.
    """
    if is_current(engine):
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            conn.commit()  # ends SQLAlchemy's own begin; SQLite opened no transaction for the pragma
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
                if sqlite and (broken := conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()):
                    raise RuntimeError(f"migration left {len(broken)} broken references, first: {broken[0]}")
        finally:
            if sqlite:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(open_engine(url), expire_on_commit=False)


class ArchiveUnavailable(Exception):
    """The archive cannot be opened: a SQLite file that does not exist (when it must), or a database
    that cannot be reached. The message is one line, with any password hidden."""


def open_sessions(db: str | None, create: bool = True) -> sessionmaker[Session]:
    """Sessions on the archive ``db`` (``--db``/``PROTOKOLL_DB``, see :func:`database_url`).

    Callers that only read pass ``create=False``: a SQLite file that does not
    exist is then an error (a mistyped ``--db`` must not answer from a new,
    empty archive).
    """
    from sqlalchemy.exc import OperationalError

    url = database_url(db)
    parsed = make_url(url)
    path = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if path and path != ":memory:" and not create and not Path(path).exists():
        raise ArchiveUnavailable(f"no archive at {path} (the file does not exist); "
                                 "`protokoll ingest FILES --db ...` creates one")
    try:
        return session_factory(url)
    except OperationalError as err:
        first = str(err.orig or err).strip().splitlines()[0] if str(err.orig or err).strip() else type(err).__name__
        raise ArchiveUnavailable(f"cannot open the database {parsed.render_as_string(hide_password=True)}: "
                                 f"{first}") from None
