"""Corrections of read meeting records made by hand: stored beside the extraction, never over it.

Each correction is a row (who, when, the field by its stable path, the value
before and after, an optional reason) that is never changed or removed: the
table is the audit log of the meeting and of its organisation (the database
refuses UPDATE and DELETE on it). Corrections are keyed by the document's
path, so they outlive the document version they were made on: every time a
version of that path is stored or becomes current again, its record is the
record as read with the corrections applied (:func:`apply_stored`), and the
record as read is kept in ``meetings.extracted_json``. Everything that reads
``record_json`` (pages, search, linking, ``protokoll export``) reads the
corrected record. A correction that no longer fits the record as read is
not applied and is listed (:func:`unapplied_records`) on the status page and
by ``protokoll link``/``ingest``.

A correction of an assignment's ``status`` closes or reopens it in the
register (``store.cases.AssignmentMark``), keyed by its assignment id.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import DateTime, Integer, String, Text, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from .record_fields import Field, FieldError, Fix, apply_fixes, checked_value, parse_field, read_field
from .accounts import now
from .models import NAME_MAX, PATH_MAX, Base, Document, Meeting


class RecordCorrection(Base):
    """One correction of one field of a read record (append-only)."""

    __tablename__ = "record_corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_path: Mapped[str] = mapped_column(String(PATH_MAX), index=True)  #: the stable key of the meeting
    document_name: Mapped[str] = mapped_column(String(NAME_MAX))
    meeting_id: Mapped[int] = mapped_column(Integer)  #: the stored version it was made on
    organization: Mapped[str | None] = mapped_column(String(NAME_MAX), index=True)
    field: Mapped[str] = mapped_column(String(600))  #: ``store.record_fields`` path
    before_json: Mapped[str] = mapped_column(Text)
    after_json: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    who: Mapped[str] = mapped_column(String(64))  #: the account's login
    at: Mapped[datetime] = mapped_column(DateTime)

    @property
    def before(self) -> Any:
        return json.loads(self.before_json)

    @property
    def after(self) -> Any:
        return json.loads(self.after_json)

    def fix(self) -> Fix:
        return Fix(self.id, self.field, self.before, self.after)


class CorrectionError(ValueError):
    """A correction that cannot be made; ``str`` is the reason in Swedish."""


@dataclass(frozen=True)
class Unfit:
    """A stored correction the current record as read does not take."""

    id: int
    document: str
    field: str
    reason: str

    def to_dict(self) -> dict:
        return {"kind": "record", "id": self.id, "action": "correct", "subject": f"{self.document} {self.field}",
                "reason": self.reason}


def corrections_of(session: Session, path: str) -> list[RecordCorrection]:
    """The corrections of a document path, oldest first."""
    return list(session.scalars(select(RecordCorrection).where(RecordCorrection.document_path == path)
                                .order_by(RecordCorrection.id)))


def organisation_log(session: Session, organizations: list[str]) -> list[RecordCorrection]:
    """Every correction made to the meetings of these organisations (as folded names), newest first."""
    wanted = {" ".join(o.casefold().split()) for o in organizations}
    rows = session.scalars(select(RecordCorrection).order_by(RecordCorrection.id.desc())).all()
    return [r for r in rows if " ".join((r.organization or "").casefold().split()) in wanted]


def extracted_record(meeting: Meeting) -> dict:
    """The record as read (before any correction)."""
    return orjson.loads(meeting.extracted_json or meeting.record_json)


def correct(session: Session, meeting_id: int, path: str, value: Any, who: str,
            reason: str | None = None) -> RecordCorrection | None:
    """Store a correction of ``path`` of a current meeting to ``value`` and apply it (the caller relinks
    and commits); None when the field already has that value. Raises :class:`CorrectionError`."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or not meeting.document.current:
        raise CorrectionError("Mötet finns inte (eller har en nyare version).")
    if is_written(meeting):
        raise CorrectionError(WRITTEN)
    try:
        after = checked_value(path, value)
        before = _status(session, meeting, parse_field(path)) if path.endswith(".status") else \
            read_field(orjson.loads(meeting.record_json), path)
    except FieldError as bad:
        raise CorrectionError(str(bad)) from None
    except LookupError as gone:
        raise CorrectionError(f"Fältet finns inte: {gone}.") from None
    if before == after:
        return None
    row = RecordCorrection(document_path=meeting.document.path, document_name=meeting.document.name,
                           meeting_id=meeting.id, organization=meeting.organization, field=path,
                           before_json=_json(before), after_json=_json(after),
                           reason=" ".join((reason or "").split()) or None, who=who, at=now())
    session.add(row)
    session.flush()
    if path.endswith(".status"):
        _mark(session, meeting, parse_field(path), after)
    apply_stored(session, meeting.id)
    return row


WRITTEN = ("Mötet är skrivet i appen och ändras under Skriv möten, där en ändring blir en ny version "
           "som justeras igen.")


def is_written(meeting: Meeting) -> bool:
    """A meeting written in the app (``store.authoring_archive``: paths ``app:/skriv/<id>``), not read: its
    record is what the secretariat wrote and justerade, changed only as a new version of it."""
    return meeting.document.path.startswith("app:/")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def assignment_id(meeting: Meeting, f: Field) -> str:
    """The register's id of an assignment (``link.assignments``: ``<stem>:<item key>/<n>``)."""
    return f"{Path(meeting.document.name).stem}:{f.item}/{f.number}"


def _status(session: Session, meeting: Meeting, f: Field) -> str:
    from .cases import AssignmentMark

    read_field(orjson.loads(meeting.record_json), f"items[{f.item}].assignments[{f.number}].task")  # exists?
    mark = session.get(AssignmentMark, assignment_id(meeting, f))
    return "done" if mark is not None and mark.status == "done" else "open"


def _mark(session: Session, meeting: Meeting, f: Field, status: str) -> None:
    from .cases import AssignmentMark, mark_done

    if status == "done":
        mark_done(session, assignment_id(meeting, f))
    elif (mark := session.get(AssignmentMark, assignment_id(meeting, f))) is not None:
        mark.status, mark.marked_at = "open", now()


def apply_stored(session: Session, meeting_id: int) -> list[Unfit]:
    """Make a stored meeting's record the record as read with its path's corrections applied
    (search index included, for a current version); -> the corrections that do not fit.

    Called when a version is stored or becomes current again, and after each correction.
    Nothing is written for a path without corrections.
    """
    meeting = session.get(Meeting, meeting_id)
    fixes = [r.fix() for r in corrections_of(session, meeting.document.path)]
    if not fixes and meeting.extracted_json is None:
        return []
    extracted = extracted_record(meeting)
    record, _, unfit = apply_fixes(extracted, fixes)
    text = json.dumps(record, ensure_ascii=False)
    if text != meeting.record_json:
        if meeting.extracted_json is None:
            meeting.extracted_json = meeting.record_json
        meeting.record_json = text
        meeting.kind, meeting.body, meeting.date, meeting.year = (record.get("kind"), record.get("body"),
                                                                  record.get("date"), record.get("year"))
        session.flush()
        if meeting.document.current and meeting.document.published:
            from .search import index_meeting

            index_meeting(session, meeting)
    return [Unfit(fix.id, meeting.document.name, fix.field, why) for fix, why in unfit]


_ANY = text("SELECT 1 FROM record_corrections WHERE document_path = :path LIMIT 1")


def apply_if_corrected(session: Session, meeting_id: int, path: str) -> None:
    """:func:`apply_stored` for a version just stored or made current; one indexed read when its path
    has no corrections (most have none)."""
    if session.connection().execute(_ANY, {"path": path}).first() is not None:
        apply_stored(session, meeting_id)


def unapplied_records(session: Session) -> list[dict]:
    """The corrections that the current versions of their documents do not take (for the status page)."""
    paths = set(session.scalars(select(RecordCorrection.document_path).distinct()))
    if not paths:
        return []
    out, wanted = [], sorted(paths)
    for start in range(0, len(wanted), 500):
        for meeting in session.scalars(select(Meeting).join(Document).where(
                Document.current, Document.path.in_(wanted[start:start + 500])).order_by(Meeting.id)):
            fixes = [r.fix() for r in corrections_of(session, meeting.document.path)]
            out += [Unfit(f.id, meeting.document.name, f.field, why).to_dict()
                    for f, why in apply_fixes(extracted_record(meeting), fixes)[2]]
    return out


def applied_marks(session: Session, meeting: Meeting) -> dict[str, RecordCorrection]:
    """Field path -> the last correction applied to it in this meeting's record (what the page marks)."""
    rows = corrections_of(session, meeting.document.path)
    if not rows:
        return {}
    _, applied, _ = apply_fixes(extracted_record(meeting), [r.fix() for r in rows])
    by_id = {r.id: r for r in rows}
    return {fix.field: by_id[fix.id] for fix in applied}
