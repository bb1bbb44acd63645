"""Versions of one path, and what may be stored, the same way on SQLite and PostgreSQL.

PostgreSQL refuses NUL characters and values over a column's width; SQLite
stores both. So ``checked`` removes NUL from every value and refuses an
over-long path or name itself, with a reason, before either backend sees it.
"""

from __future__ import annotations

from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..stored_form import StoreError, checked, clean  # noqa: F401  (defined without the database)
from .models import NAME_MAX, PATH_MAX, Document

UNCHANGED, UPDATED = "unchanged", "updated"




def check_names(path: str, name: str) -> tuple[str, str]:
    return checked(path, PATH_MAX, "the path"), checked(name, NAME_MAX, "the file name")


_KNOWN = text("SELECT id, current, path FROM documents WHERE sha256 = :sha256")


def reuse(session: Session, sha256: str, path: str) -> str | None:
    """What storing these bytes at ``path`` does without reading them again, or None for new bytes.

    ``unchanged`` when the bytes are stored (here, or at another path: deduplicated);
    ``updated`` when they are an earlier version of ``path``, which becomes current
    again (a file restored from a backup). The caller commits.
    """
    found = session.connection().execute(_KNOWN, {"sha256": sha256}).first()  # no object for new bytes
    if found is None:
        return None
    if found.current or found.path != path:
        return UNCHANGED
    restore(session, session.get(Document, found.id))
    return UPDATED


def restore(session: Session, doc: Document) -> None:
    """Make the stored version ``doc`` the current one of its path again (the caller commits)."""
    from .search import drop_meeting, index_meeting

    current = session.scalar(select(Document).where(Document.path == doc.path, Document.current))
    if current is not None:
        current.current = False
        if current.meeting is not None:
            drop_meeting(session, current.meeting.id)
    doc.current = True
    session.flush()
    if doc.meeting is not None:
        index_meeting(session, doc.meeting)
        from .record_corrections import apply_if_corrected

        apply_if_corrected(session, doc.meeting.id, doc.path)  # corrections made meanwhile apply to it too


def begin(session: Session) -> bool:
    """Open the session's transaction for many files' SAVEPOINTs; True if it opened one now.

    On SQLite it takes the write lock at once (``BEGIN IMMEDIATE``): the driver
    would begin only at the first write, so a SAVEPOINT before it would be the
    outermost transaction and its release would commit; and a transaction that
    read first could not write after another process wrote. PostgreSQL begins on
    the first statement by itself.
    """
    conn = session.connection()
    if conn.dialect.name != "sqlite" or conn.connection.dbapi_connection.in_transaction:
        return False
    conn.exec_driver_sql("BEGIN IMMEDIATE")
    return True


def save_in_savepoint(session: Session, doc, save) -> str:
    """``save(session, doc)`` inside a SAVEPOINT of the caller's transaction (opened by :func:`begin`;
    the caller commits, many files at once): a file that fails is undone alone. Bytes another ingest stored
    meanwhile are ``unchanged``: two ingests may both find a file new, and the second insert breaks
    the unique content hash; that is no failure."""
    point = session.begin_nested()
    try:
        status = save(session, doc)
        point.commit()
        return status
    except IntegrityError:
        point.rollback()
        if session.scalar(select(Document.id).where(Document.sha256 == doc.sha256)) is not None:
            return UNCHANGED
        raise
    except BaseException:
        point.rollback()
        raise


def save_committed(session: Session, doc, save) -> str:
    """``save(session, doc)`` in its own transaction: :func:`save_in_savepoint`, then commit."""
    status = save_in_savepoint(session, doc, save)
    session.commit()
    return status
