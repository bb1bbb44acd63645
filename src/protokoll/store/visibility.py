"""Who may see which documents: drafts only within their organisation, published ones by everyone.

Every ingested document is published. A draft (``Document.published`` false,
made by the secretariat's own tools) is seen by the accounts holding a role
in the organisation its meeting names (spelt as the record spells it), and
by no one else: not on a page,
its ``.json`` twin, in search, feeds, calendars or the API. Each query that
reads documents or meetings for a reader goes through :func:`visible`.
"""

from __future__ import annotations

from sqlalchemy import Select, and_, false, or_

from .accounts import Account
from .models import Document, Meeting


def visible(query: Select, reader: Account | None = None) -> Select:
    """``query`` (over documents joined with meetings) kept to what ``reader`` may see (None: the public)."""
    return query.where(visible_clause(reader))


def visible_clause(reader: Account | None = None):
    """The condition of :func:`visible`: published, or a draft of an organisation the reader has a role in."""
    organisations = reader.organisations() if reader else []
    own = Meeting.organization.in_(organisations) if organisations else false()
    return or_(Document.published.is_(True), and_(Document.published.is_(False), own))
