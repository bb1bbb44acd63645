"""Meetings written in the app: every save a new version row, attachments kept by their SHA-256.

A meeting the secretariat writes (its kallelse/dagordning first, its minutes
later) is an ``AuthoredMeeting`` of one organisation and body. Its record
(``meeting-record/1``, the same contract parse writes) is kept per save as an
``AuthoredVersion`` with who saved it, when, and the meeting's state: a
``draft`` now (justering and publishing come later and will be new states,
saved as new rows). Nothing is overwritten; the newest version is the current
one. Saving what the current version already holds adds no row. Justering
and publishing (:mod:`.authoring_justering`) are new states of the same
record: ``justering`` (locked: a change is refused until it is returned or
taken back), ``justerad`` and ``published``; a change after those is a new
draft that needs its own justering.

Drafts live here and not among the archive's documents: they are read only
through this module by accounts with a role in the organisation (the web
pages check it), so no public page, feed or search can show them.

Uploaded attachments are ``AuthoredFile`` rows keyed by the SHA-256 of their
bytes (the same bytes twice are one row), with a size limit and a type read
from the bytes themselves (:func:`file_type`), not from what the browser says.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime

from sqlalchemy import DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..record import MeetingRecord
from .accounts import now, same_organisation
from .models import Base

DRAFT, JUSTERING, JUSTERAD, PUBLISHED = "draft", "justering", "justerad", "published"
STATES = (DRAFT, JUSTERING, JUSTERAD, PUBLISHED)
LOCKED = "Mötet är skickat för justering och kan inte ändras förrän det returneras eller tas tillbaka."
MAX_ATTACHMENT = 10_000_000  #: bytes per attached file
#: the attachment types taken, by what their bytes begin with: (media type, extensions)
FILE_TYPES = (
    (b"%PDF-", "application/pdf", (".pdf",)),
    (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", (".docx",)),
    (b"PK\x03\x04", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", (".xlsx",)),
    (b"\x89PNG\r\n\x1a\n", "image/png", (".png",)),
    (b"\xff\xd8\xff", "image/jpeg", (".jpg", ".jpeg")),
)
TEXT_TYPE = ("text/plain", (".txt",))


class AuthoringError(ValueError):
    """Something that cannot be saved; ``str`` is the reason in Swedish, for the user."""


class AuthoredMeeting(Base):
    __tablename__ = "authored_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation: Mapped[str] = mapped_column(String(255), index=True)
    body: Mapped[str] = mapped_column(String(255))
    created_by: Mapped[str] = mapped_column(String(64))  #: a login
    created_at: Mapped[datetime] = mapped_column(DateTime)


class AuthoredVersion(Base):
    """One save of one meeting's record."""

    __tablename__ = "authored_versions"
    __table_args__ = (UniqueConstraint("meeting_id", "version"),)  #: two saves at once: one of them fails

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("authored_meetings.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(16))  #: draft | justering | justerad | published
    record_json: Mapped[str] = mapped_column(Text)  #: meeting-record/1
    #: what the record has no field for: {"files": {"bilaga N": sha256}, "reservations": {item number:
    #: [{"who", "party", "reason"}]}}
    notes_json: Mapped[str] = mapped_column(Text)
    saved_by: Mapped[str] = mapped_column(String(64))
    saved_at: Mapped[datetime] = mapped_column(DateTime)

    @property
    def record(self) -> dict:
        return json.loads(self.record_json)

    @property
    def notes(self) -> dict:
        return json.loads(self.notes_json)

    @property
    def files(self) -> dict[str, str]:
        """The record's attachment labels ("bilaga 1") and the SHA-256 of their files."""
        return self.notes.get("files", {})


class AuthoredFile(Base):
    """One uploaded attachment, by content."""

    __tablename__ = "authored_files"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))  #: as first uploaded
    media_type: Mapped[str] = mapped_column(String(127))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    uploaded_by: Mapped[str] = mapped_column(String(64))
    uploaded_at: Mapped[datetime] = mapped_column(DateTime)


def new_meeting(session: Session, record: MeetingRecord, who: str) -> AuthoredMeeting:
    """A meeting of ``record.organization``'s ``record.body``, its first version saved."""
    if not record.organization or not record.body or not record.date:
        raise AuthoringError("Ett möte behöver organisation, organ och datum.")
    try:
        record.year = date.fromisoformat(record.date).year
    except ValueError:
        raise AuthoringError("Datum ska skrivas ÅÅÅÅ-MM-DD.") from None
    meeting = AuthoredMeeting(organisation=record.organization, body=record.body, created_by=who,
                              created_at=now())
    session.add(meeting)
    session.flush()
    save(session, meeting.id, record, {}, who)
    return meeting


def save(session: Session, meeting_id: int, record: MeetingRecord | dict, notes: dict, who: str,
         state: str = DRAFT) -> AuthoredVersion:
    """A new version of the meeting's record and notes; the current one when nothing changed."""
    if state not in STATES:
        raise AuthoringError(f"Okänt läge: {state}.")
    data = record.to_dict() if isinstance(record, MeetingRecord) else MeetingRecord.from_dict(record).to_dict()
    record_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
    notes_json = json.dumps(notes, ensure_ascii=False, sort_keys=True)
    previous = current(session, meeting_id)
    if previous and (previous.record_json, previous.notes_json, previous.state) == (record_json, notes_json, state):
        return previous
    if previous and previous.state == JUSTERING and (previous.record_json, previous.notes_json) != (record_json,
                                                                                                      notes_json):
        raise AuthoringError(LOCKED)
    row = AuthoredVersion(meeting_id=meeting_id, version=(previous.version + 1) if previous else 1, state=state,
                          record_json=record_json, notes_json=notes_json, saved_by=who, saved_at=now())
    session.add(row)
    session.flush()
    return row


def current(session: Session, meeting_id: int) -> AuthoredVersion | None:
    return session.scalar(select(AuthoredVersion).where(AuthoredVersion.meeting_id == meeting_id)
                          .order_by(AuthoredVersion.version.desc()).limit(1))


def history(session: Session, meeting_id: int) -> list[AuthoredVersion]:
    return list(session.scalars(select(AuthoredVersion).where(AuthoredVersion.meeting_id == meeting_id)
                                .order_by(AuthoredVersion.version)))


def meetings_of(session: Session, organisations: list[str]) -> list[tuple[AuthoredMeeting, AuthoredVersion]]:
    """The meetings of ``organisations`` (any spelling) with their current versions, newest date first."""
    newest = (select(AuthoredVersion.meeting_id, func.max(AuthoredVersion.version).label("v"))
              .group_by(AuthoredVersion.meeting_id).subquery())
    rows = session.execute(select(AuthoredMeeting, AuthoredVersion)
                           .join(newest, newest.c.meeting_id == AuthoredMeeting.id)
                           .join(AuthoredVersion, (AuthoredVersion.meeting_id == AuthoredMeeting.id)
                                 & (AuthoredVersion.version == newest.c.v))).all()
    mine = [(m, v) for m, v in rows if any(same_organisation(m.organisation, o) for o in organisations)]
    return sorted(mine, key=lambda mv: (mv[1].record.get("date") or "", mv[0].id), reverse=True)


def file_type(name: str, data: bytes) -> str | None:
    """The media type of an attachment from its first bytes and its name's extension; None: not taken."""
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    for magic, media, suffixes in FILE_TYPES:
        if data.startswith(magic) and suffix in suffixes:
            return media
    if suffix in TEXT_TYPE[1] and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return None
        return TEXT_TYPE[0]
    return None


def add_file(session: Session, name: str, data: bytes, who: str) -> AuthoredFile:
    """The attachment stored by its SHA-256 (the row already there when these bytes were stored before)."""
    if not data:
        raise AuthoringError(f"{name}: filen är tom.")
    if len(data) > MAX_ATTACHMENT:
        raise AuthoringError(f"{name}: filen är större än {MAX_ATTACHMENT // 1_000_000} MB.")
    media = file_type(name, data)
    if media is None:
        raise AuthoringError(f"{name}: bara PDF, Word (.docx), Excel (.xlsx), PNG, JPEG och text (.txt) tas emot.")
    sha = hashlib.sha256(data).hexdigest()
    found = file_by_sha(session, sha)
    if found is not None:
        return found
    row = AuthoredFile(sha256=sha, name=name, media_type=media, size=len(data), content=data, uploaded_by=who,
                       uploaded_at=now())
    session.add(row)
    session.flush()
    return row


def file_by_sha(session: Session, sha: str) -> AuthoredFile | None:
    return session.scalar(select(AuthoredFile).where(AuthoredFile.sha256 == sha))
