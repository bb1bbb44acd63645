"""Reads of stored documents and accounts the pages need beside the linked rows: a document's versions,
the archive's counts, the names of accounts, and whether a meeting was ever corrected. The web builds
no SQL of its own: it asks here (and in the other ``query`` modules)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..store.accounts import User
from ..store.linked_tables import ChainMeeting, ChainSource, LinkedCase, PersonRow
from ..store.models import Document, Meeting


def document_versions(session: Session, path: str) -> list:
    """Every stored version of the file at ``path``: (id, version, current), oldest first."""
    return session.execute(select(Document.id, Document.version, Document.current)
                           .where(Document.path == path).order_by(Document.version)).all()


def archive_counts(session: Session) -> dict[str, int]:
    """How many documents, meetings, people and cases the linked archive holds (the status page)."""
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model))
    return {"documents": count(ChainSource), "meetings": count(ChainMeeting),
            "people": count(PersonRow), "cases": count(LinkedCase)}


def account_names(session: Session, logins: set[str]) -> dict[str, str]:
    """Login -> the account's name, for the logins that have an account."""
    if not logins:
        return {}
    return dict(session.execute(select(User.login, User.name).where(User.login.in_(sorted(logins)))).all())


def ever_corrected(session: Session, meeting_id: int) -> bool:
    """Whether a correction was ever applied to the stored meeting (its record as read is then kept)."""
    return bool(session.scalar(select(Meeting.extracted_json.is_not(None)).where(Meeting.id == meeting_id)))
