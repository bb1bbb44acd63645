"""Stage `store`: documents and their meeting records in a SQL database.

``save`` is the only writer. It is idempotent by content hash: the same bytes
again change nothing; new bytes at a known path become a new version and the
old version is kept (no longer current).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import datetime, timezone
from typing import NamedTuple

import orjson
from sqlalchemy import Boolean, DateTime, bindparam, select, text, update
from sqlalchemy.orm import Session, contains_eager

from ..stored_form import (CurrentRecord, Facts, Incoming, Prepared, _name, facts_of, prepared,  # noqa: F401
                           records_of)  # (the store's names)
from .models import Document, Meeting

INSERTED, UPDATED, UNCHANGED = "inserted", "updated", "unchanged"


def find_by_hash(session: Session, sha256: str) -> Document | None:
    return session.scalar(select(Document).where(Document.sha256 == sha256))


def holds(session: Session, sha256: str) -> bool:
    """Whether a document with these bytes is stored (one indexed column read, no object)."""
    return session.connection().execute(_HOLDS, {"sha256": sha256}).first() is not None


def holds_any(session: Session) -> bool:
    """Whether any document is stored."""
    return session.connection().execute(_HOLDS_ANY).first() is not None


# Statements run once per stored file, as plain SQL (the same on SQLite and PostgreSQL): a Core or
# ORM statement costs several times the database's own work for rows this small.
_HOLDS = text("SELECT id FROM documents WHERE sha256 = :sha256")
_HOLDS_ANY = text("SELECT id FROM documents LIMIT 1")
_VERSIONS = text("SELECT d.id, d.version, d.current, m.id FROM documents d LEFT JOIN meetings m "
                 "ON m.document_id = d.id WHERE d.path = :path")
_INSERT_DOCUMENT = text(
    "INSERT INTO documents (sha256, path, name, size, format, version, current, published, ingested_at, "
    "pages_json, text, raw_text, changes_json) VALUES (:sha256, :path, :name, :size, :format, :version, "
    ":current, :published, :ingested_at, :pages_json, :text, :raw_text, :changes_json) RETURNING id"
).bindparams(bindparam("ingested_at", type_=DateTime()), bindparam("current", type_=Boolean()),
             bindparam("published", type_=Boolean()))
_INSERT_MEETING = text(
    "INSERT INTO meetings (document_id, kind, organization, body, date, year, record_json, evidence_json) "
    "VALUES (:document_id, :kind, :organization, :body, :date, :year, :record_json, :evidence_json) RETURNING id")


def save(session: Session, doc: Incoming) -> str:
    """Store one document and its record; returns inserted | updated | unchanged.

    Known bytes are ``unchanged``, or ``updated`` when they are an earlier version
    of the same path (it becomes current again). Raises ``StoreError`` for a path
    or name longer than the archive keeps; NUL characters are removed.
    """
    from .originals import keep_original
    from .record_corrections import apply_if_corrected
    from .search import drop_meeting, index_meeting
    from .versions import check_names, reuse

    path, name = check_names(doc.path, doc.name)
    rec = doc.record
    organization, body = _name(rec.organization), _name(rec.body)  # refused before anything is written
    if doc.data is not None:
        keep_original(session, doc.sha256, doc.data)
    known = reuse(session, doc.sha256, path)
    if known is not None:
        return known
    conn = session.connection()
    versions = conn.execute(_VERSIONS, {"path": path}).all()
    previous = next((r for r in versions if r[2]), None)
    if previous is not None:
        session.execute(update(Document).where(Document.id == previous[0]).values(current=False))
    form = doc.stored or prepared(doc)
    document_id = conn.execute(_INSERT_DOCUMENT, _document_row(doc, path, name, versions)).scalar_one()
    key = MeetingKey(None, document_id, rec.date, rec.year, organization, body)
    meeting_id = conn.execute(_INSERT_MEETING, {
        "document_id": document_id, "kind": rec.kind, "organization": organization, "body": body,
        "date": rec.date, "year": rec.year, "record_json": form.record_json,
        "evidence_json": form.evidence_json}).scalar_one()
    if previous is not None and previous[3] is not None:
        drop_meeting(session, previous[3])
    index_meeting(session, key._replace(id=meeting_id), rows=form.units, fresh=True)
    apply_if_corrected(session, meeting_id, path)  # corrections made by hand outlive the version
    return UPDATED if previous is not None else INSERTED


class MeetingKey(NamedTuple):
    """What a meeting's search units repeat of it (:func:`.search_index.write_units`)."""

    id: int | None
    document_id: int
    date: str | None
    year: int | None
    organization: str | None
    body: str | None


def _document_row(doc: Incoming, path: str, name: str, versions: list) -> dict:
    """The ``documents`` row of a new version of ``path`` (``versions``: those stored)."""
    from .versions import clean

    pages = [{"number": p.number, "method": p.method, "confidence": p.confidence, "chars": len(p.text)}
             for p in doc.text.pages]
    raw = clean(doc.text.text)
    text = clean(doc.parsed_text)
    return {"sha256": doc.sha256, "path": path, "name": name, "size": doc.size, "format": doc.text.format,
            "version": max((r[1] for r in versions), default=0) + 1, "current": True, "published": True,
            "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
            "pages_json": json.dumps(pages), "text": text, "raw_text": raw if raw != text else None,
            "changes_json": json.dumps([asdict(c) for c in doc.changes], ensure_ascii=False)}


def _order(date: str | None, year: int | None, name: str, path: str) -> tuple[str, str, str]:
    """By date (undated: by year), then source name; the path only orders equal names."""
    return date or f"{year or 0:04d}", name, path


def current_meetings(session: Session) -> list[Meeting]:
    """The records of every current document version, by date then source name.

    Each meeting's document is read in the same statement (not one statement per meeting).
    """
    rows = session.scalars(select(Meeting).join(Document).where(Document.current)
                           .options(contains_eager(Meeting.document))).all()
    return sorted(rows, key=lambda m: _order(m.date, m.year, m.document.name, m.document.path))


def current_records(session: Session, text: bool = False, published: bool = False) -> list[CurrentRecord]:
    """What linking reads of every current meeting, in the order of ``current_meetings``.

    Linking reads every record at once: plain rows of the columns it needs
    cost a fraction of ORM objects, and the document text (most of a
    document's bytes) is read only when asked for.
    """
    return records_of(current_rows(session, text, published))


def current_rows(session: Session, text: bool = False, published: bool = False) -> list[tuple]:
    """The rows :func:`current_records` makes its records of, in its order, the record still JSON text:
    (meeting id, document name, date, organization, body, year, path, record JSON[, text])."""
    columns = [Meeting.id, Document.name, Meeting.date, Meeting.organization, Meeting.body,
               Meeting.year, Document.path, Meeting.record_json] + ([Document.text] if text else [])
    query = select(*columns).join(Document).where(Document.current)
    if published:  # drafts (``store.visibility``) are seen only by their organisation's accounts
        query = query.where(Document.published)
    rows = [tuple(r) for r in session.execute(query).all()]
    rows.sort(key=lambda r: _order(r[2], r[5], r[1], r[6]))
    return rows


def known_bodies(session: Session) -> list[tuple[str, str | None, str | None, str | None]]:
    """(organization, body, date, next meeting date) of every current meeting that names its organisation."""
    rows = session.execute(select(Meeting.organization, Meeting.body, Meeting.date, Meeting.record_json)
                           .join(Document).where(Document.current, Meeting.organization.is_not(None))).all()
    return [(o, b, d, (orjson.loads(r).get("next_meeting") or {}).get("date")) for o, b, d, r in rows]


def find_meetings(session: Session, key: str) -> list[Meeting]:
    """Meetings by id (``12``), ISO date (``2019-01-29``), year or file name stem."""
    rows = current_meetings(session)
    if key.isdigit() and len(key) != 4:
        return [m for m in rows if m.id == int(key)]
    return [m for m in rows if (m.date or "").startswith(key) or str(m.year) == key
            or m.document.name.rsplit(".", 1)[0] == key]


def record_of(meeting: Meeting) -> dict:
    return orjson.loads(meeting.record_json)
