"""Tables of the people linking found (migrations 0013, 0027): persons, every place each is named, their
affiliations and titles over time and their meetings, and the old keys of persons merged into others.
Split from :mod:`.linked_tables`, which gives the same names."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base


class PersonRow(Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  #: the URL slug; kept across relinks
    position: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(Text)
    possible_json: Mapped[str] = mapped_column(Text)  #: folded names that may be the same person
    same_as_json: Mapped[str] = mapped_column(Text)  #: keys of possibly the same persons
    mention_count: Mapped[int] = mapped_column(Integer)
    #: every spelling seen, most frequent first (0027): the person page reads it, not every mention
    variants_json: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")


class PersonRun(Base):
    """A run of one affiliation or title in a person's mentions in date order (0027): the history the
    person page shows, decided when linking (``protokoll.link.person_history``), read a page at a time."""

    __tablename__ = "person_runs"
    __table_args__ = (Index("ix_person_runs_person_position", "person_id", "position", "attr"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(Text)  #: ``<attr>|<position>``: unique within the person
    attr: Mapped[str] = mapped_column(String(16))  #: affiliation | title
    position: Mapped[int] = mapped_column(Integer)  #: from 0, in date order, per ``attr``
    value: Mapped[str] = mapped_column(Text)
    date_from: Mapped[str | None] = mapped_column(String(10))
    date_to: Mapped[str | None] = mapped_column(String(10))


class PersonMeeting(Base):
    """A stored meeting (document) naming a person, with the person's part in it (0027): the person
    page's meeting rows, decided when linking (``protokoll.link.person_history``), ``position`` being
    the person's date order (date, else year; then meeting id); the page merges the documents of one
    chain meeting when it reads them."""

    __tablename__ = "person_meetings"
    __table_args__ = (Index("ix_person_meetings_person_position", "person_id", "position"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"))
    meeting_id: Mapped[int] = mapped_column(Integer)  #: unique within the person
    position: Mapped[int] = mapped_column(Integer)
    date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    organization: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    grp: Mapped[str | None] = mapped_column(String(16))
    role: Mapped[str | None] = mapped_column(Text)  #: the first of ``roles``
    roles_json: Mapped[str] = mapped_column(Text)  #: the person's roles there, in ``ROLE_ORDER``


class PersonMention(Base):
    __tablename__ = "person_mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(Text)  #: unique within the person
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(Text, index=True)
    meeting_id: Mapped[int] = mapped_column(Integer, index=True)
    date: Mapped[str | None] = mapped_column(String(10))
    year: Mapped[int | None] = mapped_column(Integer)
    organization: Mapped[str | None] = mapped_column(Text)
    body: Mapped[str | None] = mapped_column(Text)
    role: Mapped[str | None] = mapped_column(Text)
    grp: Mapped[str | None] = mapped_column(String(16))
    affiliation: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)


class PersonRedirect(Base):
    """A person key that no longer is one (merged into another): its URL leads to ``new_key``."""

    __tablename__ = "person_redirects"

    old_key: Mapped[str] = mapped_column(Text, primary_key=True)
    new_key: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime)


# the register's filters and the people, municipality and body pages read these indexes only
Index("ix_person_mentions_meeting_folded", PersonMention.meeting_id, PersonMention.folded)
Index("ix_person_mentions_person_folded", PersonMention.person_id, PersonMention.folded)
Index("ix_person_mentions_person_affiliation", PersonMention.person_id, PersonMention.affiliation)
# who holds each name (an incremental relink's first step, ``linking.people.people_rows``): read from the index
Index("ix_person_mentions_name_person_role", PersonMention.name, PersonMention.person_id, PersonMention.role)
# a municipality's page: its people (first and last date affiliated)
Index("ix_person_mentions_affiliation_person_date", PersonMention.affiliation, PersonMention.person_id,
      PersonMention.date)
