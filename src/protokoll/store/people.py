"""Manual corrections of the people linking, kept so that a re-ingest never undoes them."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import DateTime, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..corrections import Correction
from .models import Base


class PersonCorrection(Base):
    """One manual merge or split, applied after every automatic linking in ``id`` order."""

    __tablename__ = "person_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  #: merge | split
    person_id: Mapped[str] = mapped_column(String(255))  #: the person's id when it was made
    other: Mapped[str] = mapped_column(String(255))  #: merge: the other person's id; split: the name variant
    names_json: Mapped[str] = mapped_column(Text)  #: {"person": [variants], "other": [variants]}
    created_at: Mapped[datetime] = mapped_column(DateTime)


def add_correction(session: Session, correction: Correction) -> PersonCorrection:
    """Store one correction (the caller commits)."""
    names = {"person": correction.names, "other": correction.other_names}
    row = PersonCorrection(kind=correction.kind, person_id=correction.person, other=correction.other,
                           names_json=json.dumps(names, ensure_ascii=False),
                           created_at=datetime.now(timezone.utc).replace(tzinfo=None))
    session.add(row)
    session.flush()
    return row


def corrections(session: Session) -> list[Correction]:
    """Every stored correction, oldest first."""
    rows = session.scalars(select(PersonCorrection).order_by(PersonCorrection.id)).all()
    return [_correction(r) for r in rows]


def _correction(row: PersonCorrection) -> Correction:
    names = json.loads(row.names_json)
    return Correction(row.kind, row.person_id, row.other, names.get("person") or [],
                      names.get("other") or [])
