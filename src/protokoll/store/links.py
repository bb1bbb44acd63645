"""The stored snapshot of the linked archive (migration 0008).

One row is kept: the newest answer of linking, with the state of the data it
was made from. :mod:`protokoll.linking` decides when to make one and
:mod:`protokoll.link.snapshot` what is in it; this module only stores bytes.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Float, Integer, LargeBinary, String, delete, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .models import Base


class LinkSnapshot(Base):
    """The linkers' answer for one state of the stored data."""

    __tablename__ = "link_snapshots"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    archive_key: Mapped[str] = mapped_column(String(500))  #: the state of the data it was made from
    made_at: Mapped[datetime] = mapped_column(DateTime)
    seconds: Mapped[float] = mapped_column(Float)  #: how long linking took
    data: Mapped[bytes] = mapped_column(LargeBinary)  #: see protokoll.link.snapshot


def stored_snapshot(session: Session, key: str) -> bytes | None:
    """The stored snapshot made from the state ``key``, if there is one."""
    return session.scalar(select(LinkSnapshot.data).where(LinkSnapshot.archive_key == key)
                          .order_by(LinkSnapshot.id.desc()).limit(1))


def has_snapshot(session: Session, key: str) -> bool:
    """Whether a snapshot of the state ``key`` is stored."""
    return session.scalar(select(LinkSnapshot.id).where(LinkSnapshot.archive_key == key).limit(1)) is not None


def snapshot_info(session: Session) -> LinkSnapshot | None:
    """The newest stored snapshot's row, without its data (for the status page and the CLI)."""
    row = session.execute(select(LinkSnapshot.archive_key, LinkSnapshot.made_at, LinkSnapshot.seconds,
                                 LinkSnapshot.id).order_by(LinkSnapshot.id.desc()).limit(1)).first()
    return LinkSnapshot(id=row.id, archive_key=row.archive_key, made_at=row.made_at,
                        seconds=row.seconds) if row else None


def save_snapshot(session: Session, key: str, data: bytes, seconds: float) -> None:
    """Store the snapshot of state ``key`` in place of every older one (the caller commits)."""
    session.execute(delete(LinkSnapshot))
    session.add(LinkSnapshot(archive_key=key, made_at=datetime.now(timezone.utc).replace(tzinfo=None),
                             seconds=seconds, data=data))


def forget_snapshots(session: Session) -> None:
    """Drop every stored snapshot: the data changed in a way the archive key does not see (the caller commits)."""
    session.execute(delete(LinkSnapshot))
