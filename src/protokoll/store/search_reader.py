"""The connection a search's one statement runs on when its session has read nothing yet (issue 12).

An uncached search page of an index that is current reads the database once: the page's rows and the
database's newest change in one statement (:func:`.search._quick`). Through the session, that statement
first checked a connection out of SQLAlchemy's pool, ran the ``begin`` event's ``BEGIN`` and, when the
page was made, rolled back and returned it: ~0.13 ms of a 20,000-meeting search's ~3.5 ms of server CPU
spent on a transaction that held one statement (bench/results.md "h171").

A statement in SQLite's autocommit mode reads one snapshot by itself, so a session that has not begun
a transaction -- whose first statement would begin a new snapshot anyway -- gets the same answer from
a connection of its own thread: kept open per thread and per SQLAlchemy pool (a pool replaced, as
:meth:`protokoll.web.database.Database` replaces it when the file at the path is another one, opens a
new connection, as the pool's own connections are). A session inside a transaction (it wrote, or it read
before) is asked through its own connection, as before (:func:`.search_engine_wait.raw`).
"""

from __future__ import annotations

import os
import sqlite3
import threading
import weakref
from pathlib import Path

from sqlalchemy.orm import Session

from .search_engine_wait import raw

TIMEOUT = 5.0  #: seconds a statement waits for a writer's lock (as the web's connections: web.database)
#: ``kept``: (weak reference to the pool, the path, the connection, the process id) of the thread
_HELD = threading.local()


def reader(session: Session, bind):
    """A DB-API connection for a statement of ``session`` (bound to the SQLite file engine ``bind``): the
    thread's own when the session is in no transaction, else the session's (:func:`.search_engine_wait.raw`;
    also for a URL with options of its own, such as ``?mode=ro``: its connections are the engine's to make)."""
    if session.in_transaction() or bind.url.query:
        return raw(session)
    pool, path, pid = bind.pool, bind.url.database, os.getpid()
    kept = getattr(_HELD, "kept", None)
    if kept is not None and kept[0]() is pool and kept[1] == path and kept[3] == pid:
        return kept[2]
    if kept is not None:
        _HELD.kept = None
        if kept[3] == pid:  # (a connection of the process this one was forked from is left alone)
            kept[2].close()
    connection = sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=rw", uri=True, timeout=TIMEOUT,
                                 check_same_thread=False, isolation_level=None)
    _HELD.kept = (weakref.ref(pool), path, connection, pid)
    return connection
