"""How long a search waits for the embedded index, and the connection its statements run on
(:mod:`.search_engine` holds the engine; these are imported from there)."""

from __future__ import annotations

import logging
import os

from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
WAIT_ENV = "PROTOKOLL_SEARCH_WAIT"  #: seconds a search waits for the index (:func:`wait_seconds`)
WAIT = 600.0  #: the default: longer than a full build of 20,000 meetings (bench/results.md)


def wait_seconds() -> float:
    """How long a search waits for the index to reach the database (``PROTOKOLL_SEARCH_WAIT``)."""
    value = os.environ.get(WAIT_ENV, "")
    try:
        return max(float(value), 0.0) if value else WAIT
    except ValueError:
        log.warning("%s=%r is not a number of seconds: waiting %s s", WAIT_ENV, value, WAIT)
        return WAIT


def raw(session: Session):
    """The session's own SQLite connection (same transaction), for the statements of every search.

    Kept in the session's ``info`` with the transaction it is of, and given again while that transaction is
    the session's and active (a transaction keeps its connection): ``session.connection()`` walks the
    session's transaction objects, ~5-20 us a search, cold after tantivy's work (bench/results.md "h120")."""
    transaction = session.get_transaction()
    kept = session.info.get(_KEPT)
    if kept is not None and transaction is not None and kept[0] is transaction and transaction.is_active:
        return kept[1]
    connection = session.connection().connection.dbapi_connection
    session.info[_KEPT] = (session.get_transaction(), connection)
    return connection


_KEPT = "protokoll.search.connection"  #: the key of :func:`raw`'s (transaction, connection) in ``session.info``
