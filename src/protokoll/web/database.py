"""The web app's database access: every session reads one snapshot, and a lost SQLite file says so.

Snapshots: a page reads several statements (the archive key, then the linked
archive and the meeting -> document map; a search's matching ids, then their
rows). Between two statements an ingest may commit, and a page built from
both halves fails (an id that is no longer there). So each session is one
transaction that reads one state of the data: on SQLite a ``BEGIN`` as the
first statement of the session (Python's sqlite3 module starts none before
a SELECT, so without it each statement reads the newest state); in WAL mode
that read transaction sees the database as of its first read and does not
block writers. On PostgreSQL the sessions run at REPEATABLE READ (one
snapshot per transaction). A session that writes (the link snapshot a
reader stores) commits as usual.

The SQLite file: a server keeps connections open, and they keep reading the
file they opened. When the file is deleted, replaced by a rename or
overwritten in place (a restored backup), those connections serve the old
data or fail ("database disk image is malformed"). Before each request
:meth:`Database.check` looks at the file (one ``stat``): gone -> the request
gets 503 with a message; another file at the path -> every connection is
closed and the caches dropped, so the new file is read. An error that shows
the file is unusable does the same (:func:`unusable`). Connections open the
file read-write but never create it (``mode=rw``), so a missing file is not
replaced by an empty one.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..store.db import open_engine, pool_options

#: sqlite3 messages that mean the file itself cannot be used (gone, replaced, damaged, not a database)
_FILE_TROUBLE = ("malformed", "not a database", "unable to open", "disk i/o error", "no such table",
                 "file is encrypted", "database disk image",
                 "vtable constructor failed",  # an FTS5 table whose shadow tables went with a replaced file
                 "could not decode to utf-8")  # a text the store wrote as UTF-8 read torn from a file written over


_CHANGED = "Databasen kan inte läsas just nu (filen kan ha bytts ut eller skadats). Försök igen om en stund."


class Unavailable(Exception):
    """The database cannot be read now; the message (Swedish) says why."""


class Database:
    """Sessions on ``url`` that each read one snapshot; for a SQLite file, a watch on that file."""

    def __init__(self, url: str, migrate: bool = True) -> None:
        """``migrate`` False: a SQLite file is neither created nor migrated here (a server worker: the
        server migrated it before starting any; a worker started while the file is gone would make an
        empty database there, which a restored file's WAL then mixes with)."""
        self.url = url
        parsed = make_url(url)
        database = parsed.database if parsed.get_backend_name() == "sqlite" else None
        self.path = Path(database) if database and database != ":memory:" and "mode=" not in url else None
        if self.path is not None:
            if migrate:
                open_engine(url).dispose()  # creates and migrates
            engine = _sqlite_engine(url, self.path)
        else:
            engine = open_engine(url)  # migrates
            if engine.dialect.name == "sqlite":
                _snapshot_sessions(engine)
            else:
                engine = engine.execution_options(isolation_level="REPEATABLE READ")
        self.engine: Engine = engine
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._identity = self._file_identity()
        self._lock = threading.Lock()
        self.on_reopen: list[Callable[[], None]] = []  #: called when the file changed (caches to drop)
        self.reopened = 0  #: how often the connections were dropped for another file (tests read it)

    def check(self) -> tuple | None:
        """Raise :class:`Unavailable` when the SQLite file is gone; reopen it when it was replaced. Returns the
        file's mark (:meth:`mark`) as the request's reads begin on it (None: no file to watch)."""
        if self.path is None:
            return None
        mark = self.mark()
        identity = mark[:2] if mark else None
        if identity is None:
            self._drop(None)
            raise Unavailable("Databasfilen finns inte (flyttad eller borttagen). Sidorna visas igen "
                              "när den är tillbaka.")
        if identity != self._identity:
            self._drop(identity)
        return mark

    def mark(self) -> tuple | None:
        """The file at the path: device, inode, size and modification time (None when there is none)."""
        try:
            st = os.stat(self.path) if self.path is not None else None
        except OSError:
            return None
        return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) if st else None

    def written_over(self, mark: tuple | None) -> str | None:
        """Why (Swedish) a read that began at ``mark`` failed, when the file was written over or replaced since
        (a restored backup copied onto it while a page read it: torn pages read as wrong values, not as an SQLite
        error); its connections and caches are dropped then. None when the file is as the read found it."""
        if self.path is None or mark is None or self.mark() == mark:
            return None
        self._drop(self._file_identity())
        return _CHANGED

    def failed(self, exc: BaseException) -> str | None:
        """Why (Swedish) when ``exc`` shows the database unusable; unless busy, connections and caches are dropped."""
        reason = unusable(exc)
        if reason is not None and not _busy(exc):
            self._drop(self._file_identity())
        return reason

    def _drop(self, identity: tuple | None) -> None:
        with self._lock:
            self._identity = identity
            self.engine.dispose()  # connections in use are closed when they come back
            self.reopened += 1
            for callback in self.on_reopen:
                callback()

    def _file_identity(self) -> tuple | None:
        """Which file is at the path (device and inode), or None when there is none (or no file at all)."""
        if self.path is None:
            return None
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return st.st_dev, st.st_ino


def unusable(exc: BaseException) -> str | None:
    """The Swedish reason when ``exc`` says the database cannot be read at all (not a bug in a query)."""
    if isinstance(exc, Unavailable):
        return str(exc)
    orig = _driver_error(exc)
    if orig is None:
        return None
    if _busy(exc):
        return "Databasen är upptagen av en annan skrivning. Försök igen om en stund."
    if isinstance(orig, sqlite3.DatabaseError) and any(t in str(orig).lower() for t in _FILE_TROUBLE):
        return _CHANGED
    if isinstance(exc, OperationalError) and not isinstance(orig, sqlite3.Error):
        return "Databasservern svarar inte just nu. Försök igen om en stund."
    return None


def _busy(exc: BaseException) -> bool:
    """SQLite's lock timeout: another process writes for longer than a reader waits (passes by itself)."""
    orig = _driver_error(exc)
    return isinstance(orig, sqlite3.OperationalError) and "database is locked" in str(orig).lower()


def _driver_error(exc: BaseException) -> BaseException | None:
    """The driver's error: wrapped by SQLAlchemy, or raised by sqlite3 itself on a statement run
    on the driver's connection (the search's statements: :func:`protokoll.store.search_engine.raw`)."""
    if isinstance(exc, DBAPIError):
        return exc.orig
    return exc if isinstance(exc, sqlite3.Error) else None


def _sqlite_engine(url: str, path: Path) -> Engine:
    """An engine on the existing file at ``path`` (never creating it), sessions reading snapshots."""
    uri = f"{path.as_uri()}?mode=rw"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=5.0)

    engine = create_engine(url, creator=connect, **pool_options(url))  # the URL picks the dialect and pool
    _snapshot_sessions(engine)
    return engine


def _snapshot_sessions(engine: Engine) -> None:
    """SQLite: each transaction starts with BEGIN (SQLAlchemy's documented recipe for pysqlite)."""
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None  # the driver starts no transactions of its own
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:  # on the driver's connection: not one of the statements the app runs
        conn.connection.driver_connection.execute("BEGIN")
