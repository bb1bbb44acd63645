"""Tables of the manual corrections to linking: case corrections and closed assignments.

Cases and the assignment register are computed from the stored records on
demand; only what a person decided is stored here, keyed by item and
assignment ids (which a re-ingest of the same documents keeps), so it is
applied again after every automatic linking.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .models import Base


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class CaseCorrection(Base):
    """One merge, split or rename of cases, applied in id order."""

    __tablename__ = "case_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action: Mapped[str] = mapped_column(String(16))  #: merge | split | rename
    item: Mapped[str] = mapped_column(String(255))  #: an item id of the case concerned
    other: Mapped[str | None] = mapped_column(String(255))  #: merge: an item of the other case
    title: Mapped[str | None] = mapped_column(String(500))  #: rename: the new title
    batch: Mapped[int | None] = mapped_column(Integer)  #: split: items split off together
    created_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


class AssignmentMark(Base):
    """An assignment closed by hand."""

    __tablename__ = "assignment_marks"

    assignment_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    status: Mapped[str] = mapped_column(String(16))  #: done
    marked_at: Mapped[datetime] = mapped_column(DateTime, default=_now)


def case_corrections(session: Session) -> list[CaseCorrection]:
    """Every case correction, oldest first."""
    return list(session.scalars(select(CaseCorrection).order_by(CaseCorrection.id)))


def add_case_correction(session: Session, action: str, item: str, other: str | None = None,
                        title: str | None = None, batch: int | None = None) -> None:
    session.add(CaseCorrection(action=action, item=item, other=other, title=title, batch=batch,
                               created_at=_now()))


def next_split_batch(session: Session) -> int:
    return (session.scalar(select(func.max(CaseCorrection.batch))) or 0) + 1


def done_assignments(session: Session) -> set[str]:
    """Ids of the assignments closed by hand."""
    return set(session.scalars(select(AssignmentMark.assignment_id).where(AssignmentMark.status == "done")))


def mark_done(session: Session, assignment_id: str) -> None:
    """Close an assignment by hand (again is a no-op)."""
    row = session.get(AssignmentMark, assignment_id)
    if row is None:
        session.add(AssignmentMark(assignment_id=assignment_id, status="done", marked_at=_now()))
    else:
        row.status, row.marked_at = "done", _now()
