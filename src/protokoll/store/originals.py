"""The original bytes of every ingested file, kept content-addressed.

One row per distinct SHA-256 (table ``originals``, migration 0011): a file
ingested twice, or the same bytes at two paths, is kept once; every version
of a document keeps its own bytes, since each version has its own hash.
Rows are only ever added, never changed or deleted, so nothing stored is
lost. Documents ingested before 0011 have no bytes until their file is
ingested again (the same bytes again fill in what is missing and change
nothing else).
"""

from __future__ import annotations

import hashlib

from sqlalchemy import select
from sqlalchemy.orm import Session

from .models import Original

_TABLE = Original.__table__


def keep_original(session: Session, sha256: str, data: bytes) -> bool:
    """Store ``data`` under ``sha256`` unless already there; True if it was added.

    The hash is checked against the bytes: a mismatch is a caller's bug and
    raises ``ValueError`` rather than store bytes under the wrong address.
    """
    if hashlib.sha256(data).hexdigest() != sha256:
        raise ValueError("the bytes do not have the SHA-256 they are stored under")
    conn = session.connection()  # one plain statement: no object for the bytes in the session
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    added = conn.execute(dialect_insert(_TABLE).values(sha256=sha256, data=data).on_conflict_do_nothing()
                         .returning(_TABLE.c.sha256))  # rowcount: -1 on psycopg
    return added.first() is not None


def original_bytes(session: Session, sha256: str) -> bytes | None:
    """The stored bytes with this SHA-256, or None if they were never kept."""
    return session.scalar(select(Original.data).where(Original.sha256 == sha256))
