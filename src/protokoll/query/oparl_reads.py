"""What the OParl API (:mod:`protokoll.web.oparl`) reads beside the linked view: the current document
behind each meeting (a ``File``, and the times of the objects made from it), and who each meeting names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.linked_tables import ChainMeeting, ChainSource, PersonMention, PersonRow
from ..store.models import Document, Meeting


@dataclass
class Stored:
    """What the database says of one current document: the File's facts and its times."""

    document_id: int
    name: str
    size: int
    format: str
    ingested_at: datetime


class StoredDocuments:
    """Stored meeting id -> the ``Stored`` facts of its current document, read for the meetings asked
    (``want`` reads many in one statement); a meeting without a current document has none."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._memo: dict[int, Stored | None] = {}

    def want(self, meeting_ids) -> None:
        missing = sorted({m for m in meeting_ids if m not in self._memo})
        for start in range(0, len(missing), 2000):
            chunk = missing[start:start + 2000]
            self._memo.update(dict.fromkeys(chunk))
            for r in self.session.execute(
                    select(Meeting.id, Document.id, Document.name, Document.size, Document.format,
                           Document.ingested_at).join(Document)
                    .where(Document.current, Meeting.id.in_(chunk))):
                self._memo[r[0]] = Stored(r[1], r[2], r[3], r[4], r[5])

    def get(self, meeting_id: int, default=None):
        self.want([meeting_id])
        found = self._memo.get(meeting_id)
        return default if found is None else found

    def __contains__(self, meeting_id: int) -> bool:
        return self.get(meeting_id) is not None

    def __getitem__(self, meeting_id: int) -> Stored:
        found = self.get(meeting_id)
        if found is None:
            raise KeyError(meeting_id)
        return found

    def meeting_of(self, document_id: int) -> int | None:
        """The stored meeting of a current document."""
        return self.session.scalar(select(Meeting.id).join(Document)
                                   .where(Document.current, Document.id == document_id))

    def span(self, organisations: set[str]) -> tuple[datetime | None, datetime | None]:
        """The first and last time a current document of a meeting of the organisations was stored."""
        return self.session.execute(
            select(func.min(Document.ingested_at), func.max(Document.ingested_at))
            .select_from(Document).join(Meeting).join(ChainSource, ChainSource.meeting_id == Meeting.id)
            .join(ChainMeeting, ChainMeeting.id == ChainSource.chain_meeting_id)
            .where(Document.current, ChainMeeting.organization.in_(sorted(organisations)))).one()


def mentions_at(session: Session, meeting_ids: list[int]):
    """(meeting id, attendance group or None, person key) of everyone the meetings name."""
    return session.execute(select(PersonMention.meeting_id, PersonMention.grp, PersonRow.key).join(PersonRow)
                           .where(PersonMention.meeting_id.in_(meeting_ids)))


def keys_in_order(session: Session, keys) -> list[str]:
    """The person keys, in the archive's order of people."""
    return list(session.scalars(select(PersonRow.key).where(PersonRow.key.in_(keys))
                                .order_by(PersonRow.position))) if keys else []
