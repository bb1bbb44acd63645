"""Who may see which documents: drafts only within their organisation, published ones by everyone.

Every ingested document is published. A draft (``Document.published`` false,
made by the secretariat's own tools) is seen by the accounts holding a role
in the organisation its meeting names (compared without regard to case and
spacing: a role granted for "Kommunalförbundet Sydkusten" covers records that
spell it "KOMMUNALFÖRBUNDET SYDKUSTEN"), and by no one else: not on a page,
its ``.json`` twin, in search, feeds, calendars or the API. Each query that
reads documents or meetings for a reader goes through :func:`visible`.
"""

from __future__ import annotations

from sqlalchemy import Select, false, or_, select
from sqlalchemy.orm import Session

from .accounts import Account, same_organisation
from .models import Document, Meeting


def visible(session: Session, query: Select, reader: Account | None = None) -> Select:
    """``query`` (over documents joined with meetings) kept to what ``reader`` may see (None: the public)."""
    return query.where(visible_clause(session, reader))


def visible_clause(session: Session, reader: Account | None = None):
    """The condition of :func:`visible`: published, or a draft of an organisation the reader has a role in."""
    spelt = stored_spellings(session, reader.organisations()) if reader else []
    return or_(Document.published.is_(True), Meeting.organization.in_(spelt) if spelt else false())


def stored_spellings(session: Session, organisations: list[str]) -> list[str]:
    """Every spelling of ``organisations`` the stored meetings use."""
    if not organisations:
        return []
    stored = session.scalars(select(Meeting.organization).distinct().where(Meeting.organization.is_not(None)))
    return [o for o in stored if any(same_organisation(o, wanted) for wanted in organisations)]
