"""Opening a database: URL resolution and migrations."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

DEFAULT_DB = "protokoll.sqlite"
MIGRATIONS = Path(__file__).parent / "migrations"


def database_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``/``PROTOKOLL_DB``: a URL or a plain file path."""
    value = value or os.environ.get("PROTOKOLL_DB") or DEFAULT_DB
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def open_engine(url: str) -> Engine:
    """An engine on ``url`` with the schema migrated to the newest version."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def migrate(engine: Engine) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "heads")


def session_factory(url: str) -> sessionmaker[Session]:
    return sessionmaker(open_engine(url), expire_on_commit=False)
