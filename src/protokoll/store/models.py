"""Database tables. One schema for SQLite and PostgreSQL; changes go through Alembic."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, DateTime, Boolean, Index, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


from ..stored_form import NAME_MAX, PATH_MAX  # noqa: E402  (checked in code: SQLite does not)


class Base(DeclarativeBase):
    pass


class Document(Base):
    """One version of one source file, keyed by the SHA-256 of its bytes."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    path: Mapped[str] = mapped_column(String(PATH_MAX), index=True)  #: where it was ingested from
    name: Mapped[str] = mapped_column(String(NAME_MAX))  #: file name
    size: Mapped[int] = mapped_column(Integer)
    format: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True)  #: False once a newer version exists
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    pages_json: Mapped[str] = mapped_column(Text)  #: [{"number", "method", "confidence", "chars"}]
    text: Mapped[str] = mapped_column(Text)  #: the text parse read (repaired)
    raw_text: Mapped[str | None] = mapped_column(Text, nullable=True)  #: the text as read, before repair
    changes_json: Mapped[str | None] = mapped_column(Text, nullable=True)  #: [{"start", "before", "after", "reason"}]
    #: False: a draft, seen only by the organisation's accounts (``store.visibility``); ingested documents are published
    published: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    meeting: Mapped["Meeting"] = relationship(back_populates="document", uselist=False,
                                              cascade="all, delete-orphan")


class Meeting(Base):
    """The meeting record parsed from one document version."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"), unique=True)
    kind: Mapped[str | None] = mapped_column(String(16))
    organization: Mapped[str | None] = mapped_column(String(NAME_MAX))
    body: Mapped[str | None] = mapped_column(String(NAME_MAX))
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    record_json: Mapped[str] = mapped_column(Text)  #: the full meeting-record/1
    evidence_json: Mapped[str] = mapped_column(Text)  #: provenance of the extracted values
    #: the record as read, kept once corrections by hand (``store.record_corrections``) make ``record_json``
    #: differ from it; None: ``record_json`` is the record as read
    extracted_json: Mapped[str | None] = mapped_column(Text, nullable=True)

    document: Mapped[Document] = relationship(back_populates="meeting")


class Original(Base):
    """The bytes of an ingested file, addressed by their SHA-256 (``Document.sha256``)."""

    __tablename__ = "originals"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


Index("ix_documents_path_current", Document.path, Document.current)
