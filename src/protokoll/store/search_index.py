"""Writing the search index: the searchable units of each current meeting.

A meeting becomes units of four kinds: each ``item`` (title, presenters,
decisions, assignments and its text), its ``decision`` (every "att" clause
of the item's decision in one unit, so that a decision is one hit), each ``assignment``
and each ``person`` (attendees and presenters). A unit keeps its display text
as written and its analysed terms (:func:`protokoll.swedish.stems.index_terms`),
those of its own title (items) or name (people) apart so they can weigh more;
the term index over them is the migration's (FTS5 on SQLite, GIN on
PostgreSQL). Only current document versions are indexed.

The stored terms grow linearly with a unit's text: :mod:`protokoll.swedish.stems`
analyses at most ``MAX_WORD`` letters of a word and gives compound heads only to
words of at most ``MAX_HEAD_WORD`` letters, so one word yields a bounded number
of bounded terms (a run of 40,000 letters is one 64-letter term, not 800 M
characters of heads).

Every change to the index bumps the generation of ``search_state`` (migration
0007) and logs the meeting it changed in ``search_changes`` (migration 0009),
in the same transaction: :func:`generation` names one state of the index,
the key a cache of search results is kept under; the log is what the
embedded engine of a SQLite archive applies (:mod:`.search_engine`).
"""

from __future__ import annotations

import json
from operator import itemgetter

from sqlalchemy import ForeignKey, Integer, String, Text, delete, insert, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..record import MeetingRecord
from ..search_units import (DECISION_JOINT, PRESENTER, Unit, UnitRow, item_units, person_units,  # noqa: F401
                            record_units, unit_rows)
from .models import Base, Document, Meeting
from .search_texts import item_texts

KINDS = ("item", "decision", "assignment", "person")


class SearchUnit(Base):
    """One searchable unit with the display fields a hit shows."""

    __tablename__ = "search_units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))  #: item | decision | assignment | person
    meeting_date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    organization: Mapped[str | None] = mapped_column(String(255))
    body: Mapped[str | None] = mapped_column(String(255))
    item_number: Mapped[str | None] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(Text)  #: as written
    text: Mapped[str] = mapped_column(Text)  #: display text as written (whitespace collapsed)
    title_terms: Mapped[str] = mapped_column(Text)  #: analysed terms of an item's title or a person's name
    terms: Mapped[str] = mapped_column(Text)  #: analysed terms of the rest, space-separated


class SearchPlace(Base):
    """A municipality a unit mentions (the `municipality` facet and filter)."""

    __tablename__ = "search_places"

    unit_id: Mapped[int] = mapped_column(ForeignKey("search_units.id", ondelete="CASCADE"),
                                         primary_key=True)
    municipality: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)


class SearchState(Base):
    """The one row naming the state of the index: a random epoch and a change counter."""

    __tablename__ = "search_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[str] = mapped_column(String(32))  #: new whenever the table is created
    generation: Mapped[int] = mapped_column(Integer)  #: bumped by every change to the index


def index_meeting(session: Session, meeting: Meeting, record: MeetingRecord | None = None, *,
                  rows: list[UnitRow] | None = None, fresh: bool = False) -> int:
    """(Re)index one meeting; ``record`` (as parsed) gives the item texts beside its stored form,
    ``rows`` the units already analysed (:func:`unit_rows` of this meeting); ``fresh``: a meeting
    inserted in this transaction, which has no units to remove.

    Returns the number of units written. The caller commits.
    """
    if fresh:
        bump_generation(session, meeting.id)
    else:
        drop_meeting(session, meeting.id)
    if rows is None:
        data = json.loads(meeting.record_json)
        if record is not None:
            texts = {i: it.text for i, it in enumerate(record.items)}
        else:  # the stored record's item texts (older records: cut from the stored document text)
            texts = item_texts(data, meeting.document.text)
        rows = unit_rows(data, texts, meeting.document.text, meeting.organization, meeting.body)
    return write_units(session, meeting, rows)


def write_units(session: Session, meeting: Meeting, rows: list[UnitRow]) -> int:
    """Insert one meeting's units and their places, one ``executemany`` each; returns how many.

    The meeting has no other units (new, or dropped before), so its unit ids in
    ascending order are the rows in the order given: one statement reads them,
    instead of one ``INSERT ... RETURNING`` per unit.
    """
    if not rows:
        return 0
    common = {"meeting_id": meeting.id, "document_id": meeting.document_id, "meeting_date": meeting.date,
              "year": meeting.year, "organization": meeting.organization, "body": meeting.body}
    conn = session.connection()
    insert_units(conn, [common | {"kind": r.kind, "item_number": r.item_number, "title": r.title,
                                  "text": r.text, "title_terms": r.title_terms, "terms": r.terms}
                        for r in rows])
    if any(r.places for r in rows):
        ids = conn.execute(_UNIT_IDS, {"meeting_id": meeting.id}).scalars().all()
        conn.execute(insert(SearchPlace.__table__),
                     [{"unit_id": i, "municipality": p} for i, r in zip(ids, rows) for p in r.places])
    return len(rows)


_UNITS = SearchUnit.__table__
_UNIT_IDS = text("SELECT id FROM search_units WHERE meeting_id = :meeting_id ORDER BY id")
_COLUMNS = ("meeting_id", "document_id", "kind", "meeting_date", "year", "organization", "body", "item_number",
            "title", "text", "title_terms", "terms")
_VALUES = itemgetter(*_COLUMNS)  #: a unit's values in the order of :data:`_COLUMNS` (a tuple)
_STAGE = text(f"CREATE TEMP TABLE IF NOT EXISTS staged_units ({', '.join(_COLUMNS)})")
_STAGED = f"INSERT INTO staged_units ({', '.join(_COLUMNS)}) VALUES ({', '.join('?' for _ in _COLUMNS)})"
_FROM_STAGE = text(f"INSERT INTO search_units ({', '.join(_COLUMNS)}) SELECT {', '.join(_COLUMNS)} "
                   "FROM staged_units ORDER BY rowid")
_UNSTAGE = text("DELETE FROM staged_units")


def insert_units(conn, units: list[dict]) -> None:
    """Insert ``units`` (dicts of :data:`_COLUMNS`) in the order given, so their ids ascend in that order.

    On SQLite the rows go through a connection-local staging table and reach
    ``search_units`` in one ``INSERT ... SELECT``: the FTS5 trigger then adds
    them to the term index within one statement, about six times cheaper than
    one trigger statement per row (bench/results.md, issue 12, h3, session 5).
    The same rows, ids and index either way (the index is the trigger's).
    """
    if not units:
        return
    if conn.dialect.name != "sqlite":
        conn.execute(insert(_UNITS), units)
        return
    conn.execute(_STAGE)
    conn.exec_driver_sql(_STAGED, list(map(_VALUES, units)))  # plain values: no bind types
    conn.execute(_FROM_STAGE)
    conn.execute(_UNSTAGE)


def drop_meeting(session: Session, meeting_id: int) -> None:
    """Remove one meeting's units (e.g. of a document version that was replaced)."""
    bump_generation(session, meeting_id)
    units = select(SearchUnit.id).where(SearchUnit.meeting_id == meeting_id)
    session.execute(delete(SearchPlace).where(SearchPlace.unit_id.in_(units)))
    session.execute(delete(SearchUnit).where(SearchUnit.meeting_id == meeting_id))


def reindex(session: Session) -> int:
    """Rebuild the whole index from the current meetings' stored records (nothing is parsed again,
    :mod:`.search_texts`); returns the number of units. The caller commits."""
    bump_generation(session, None)
    session.execute(delete(SearchPlace))
    session.execute(delete(SearchUnit))
    meetings = session.scalars(select(Meeting).join(Document).where(Document.current, Document.published)
                               .order_by(Meeting.id)).all()  # drafts are not searched (store.visibility)
    return sum(index_meeting(session, m) for m in meetings)


def is_empty(session: Session) -> bool:
    """True when nothing is indexed although current meetings exist (e.g. right after the migration)."""
    if session.scalar(select(SearchUnit.id).limit(1)) is not None:
        return False
    return session.scalar(select(Meeting.id).join(Document).where(Document.current).limit(1)) is not None


_CHANGED = text("INSERT INTO search_changes (meeting_id) VALUES (:meeting_id)")
_BUMP = text("UPDATE search_state SET generation = generation + 1 WHERE id = 1")


def bump_generation(session: Session, meeting_id: int | None) -> None:
    """Mark the index as changed (in the caller's transaction) and log whose units changed (None: all).

    The log (migration 0009) is what the embedded engine applies (:mod:`.search_engine`).
    """
    conn = session.connection()
    conn.execute(_BUMP)
    conn.execute(_CHANGED, {"meeting_id": meeting_id})


_GENERATION = text("SELECT epoch, generation FROM search_state WHERE id = 1")  #: plain SQL: read per request


def generation(session: Session) -> str | None:
    """The name of the index's current state (``epoch:generation``), None without ``search_state``."""
    row = session.execute(_GENERATION).first()
    return f"{row[0]}:{row[1]}" if row else None
