"""Many new documents stored with one statement per table, as ``save`` would store them one by one.

An ingest stores files in input order, many per transaction. Most of them are
new bytes at a new path, and for those ``save`` runs the same dozen small
statements per file; here a run of such files is written with one statement
per table (documents, meetings, originals, search units and places, the
index's change log), which leaves the database the same rows in the same
order. A file that is not simply new (its bytes or path are stored, its path
has corrections made by hand, or it repeats an earlier file of the group)
is stored by ``save`` itself, in its place in the order.

The caller wraps the call in a SAVEPOINT: when anything fails, it undoes the
group and stores its files one by one, so a failing file is named alone.
"""

from __future__ import annotations

import hashlib
from typing import Callable

from sqlalchemy import bindparam, insert, text
from sqlalchemy.orm import Session

from . import INSERTED, Incoming, MeetingKey, _document_row, _name, prepared
from .models import Document, Meeting
from .search_index import SearchPlace, insert_units
from .versions import check_names

_CHUNK = 500  #: values in one ``IN (...)``
_ORIGINAL = text("INSERT INTO originals (sha256, data) VALUES (:sha256, :data) ON CONFLICT DO NOTHING")
_STORED_SHA = text("SELECT sha256 FROM documents WHERE sha256 IN :values").bindparams(bindparam("values", expanding=True))
_STORED_PATH = text("SELECT path FROM documents WHERE path IN :values").bindparams(bindparam("values", expanding=True))
_CORRECTED = text("SELECT DISTINCT document_path FROM record_corrections WHERE document_path IN :values").bindparams(
    bindparam("values", expanding=True))
_UNIT_IDS = text("SELECT id, meeting_id FROM search_units WHERE meeting_id IN :values ORDER BY id").bindparams(
    bindparam("values", expanding=True))
_BUMP = text("UPDATE search_state SET generation = generation + :n WHERE id = 1")
_CHANGED = text("INSERT INTO search_changes (meeting_id) VALUES (:meeting_id)")


def save_many(session: Session, docs: list[Incoming], save: Callable[[Session, Incoming], str]) -> list[str]:
    """Store ``docs`` in order; -> each one's status (inserted | updated | unchanged), as ``save`` one by one
    would. Raises what ``save`` raises (``StoreError``, database errors); the caller commits or undoes."""
    conn = session.connection()
    shas = _found(conn, _STORED_SHA, [d.sha256 for d in docs])
    paths = _found(conn, _STORED_PATH, [d.path for d in docs]) | _found(conn, _CORRECTED, [d.path for d in docs])
    statuses: list[str] = []
    run: list[Incoming] = []
    for doc in docs:
        if doc.sha256 in shas or doc.path in paths or doc.data is None:
            _insert_new(session, run)
            statuses += [INSERTED] * len(run)
            run = []
            statuses.append(save(session, doc))
        else:
            run.append(doc)
        shas.add(doc.sha256)  # the same bytes or path again later in the group: ``save`` decides
        paths.add(doc.path)
    _insert_new(session, run)
    return statuses + [INSERTED] * len(run)


def _found(conn, statement, values: list[str]) -> set[str]:
    found: set[str] = set()
    for start in range(0, len(values), _CHUNK):
        found.update(conn.execute(statement, {"values": values[start:start + _CHUNK]}).scalars())
    return found


def _insert_new(session: Session, docs: list[Incoming]) -> None:
    """New bytes at new paths: their rows, one statement per table, in the order given."""
    if not docs:
        return
    conn = session.connection()
    documents, meetings, forms = [], [], []
    for doc in docs:
        path, name = check_names(doc.path, doc.name)
        rec = doc.facts  # the record itself is not read: its stored form is made
        organization, body = _name(rec.organization), _name(rec.body)
        if hashlib.sha256(doc.data).hexdigest() != doc.sha256:
            raise ValueError("the bytes do not have the SHA-256 they are stored under")
        form = doc.stored or prepared(doc)
        forms.append(form)
        documents.append(_document_row(doc, path, name, []))
        meetings.append({"kind": rec.kind, "organization": organization, "body": body, "date": rec.date,
                         "year": rec.year, "record_json": form.record_json, "evidence_json": form.evidence_json})
    conn.execute(_ORIGINAL, [{"sha256": d.sha256, "data": d.data} for d in docs])
    table = Document.__table__
    ids = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True), documents).scalars().all()
    for row, document_id in zip(meetings, ids):
        row["document_id"] = document_id
    table = Meeting.__table__
    meeting_ids = conn.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                               meetings).scalars().all()
    conn.execute(_BUMP, {"n": len(docs)})
    conn.execute(_CHANGED, [{"meeting_id": m} for m in meeting_ids])
    keys = [MeetingKey(m, row["document_id"], row["date"], row["year"], row["organization"], row["body"])
            for m, row in zip(meeting_ids, meetings)]
    _write_units(conn, keys, forms)


def _write_units(conn, keys: list[MeetingKey], forms: list) -> None:
    """Every unit of the meetings in one ``insert_units``, then their places (``search_index.write_units``
    for many meetings)."""
    units = [{"meeting_id": k.id, "document_id": k.document_id, "meeting_date": k.date, "year": k.year,
              "organization": k.organization, "body": k.body, "kind": r.kind, "item_number": r.item_number,
              "title": r.title, "text": r.text, "title_terms": r.title_terms, "terms": r.terms}
             for k, form in zip(keys, forms) for r in form.units]
    if not units:
        return
    insert_units(conn, units)
    placed = [(k.id, form.units) for k, form in zip(keys, forms) if any(r.places for r in form.units)]
    if not placed:
        return
    ids: dict[int, list[int]] = {}
    for unit_id, meeting_id in conn.execute(_UNIT_IDS, {"values": [m for m, _ in placed]}):
        ids.setdefault(meeting_id, []).append(unit_id)
    conn.execute(insert(SearchPlace.__table__), [{"unit_id": i, "municipality": p} for m, rows in placed
                                                 for i, r in zip(ids[m], rows) for p in r.places])
