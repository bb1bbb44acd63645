"""Tables of what linking decided (migration 0013): one row per linked thing, with a stable id.

Linking (:mod:`protokoll.link`) is a pure computation over the current
records; its answer lives here as rows that every reader asks with SQL
(:mod:`protokoll.query`), so no process holds the archive in memory. Each
table has a natural key (``key``, or a parent and a key); a relink
(:mod:`.linked`) upserts by it, so a row keeps its integer id, and the URL
made of its key, for as long as the thing it stands for survives.

- ``chain_meetings``: the chain of meetings, held and expected, per body in order.
- ``chain_sources``: which stored meeting (document version) is which chain meeting.
- ``linked_items``: every item of every current record, with the case it belongs to.
- ``cases``: threads of items across meetings.
- ``persons`` / ``person_mentions`` / ``person_redirects``: people, every place they are named,
  and the old key of a person merged into another (its URL redirects); ``person_runs`` (0027): each
  person's affiliations and titles over time, and ``person_meetings`` their meetings, as the person
  page shows them (these five in :mod:`.person_tables`; this module gives their names too).
- ``organizations`` / ``memberships`` / ``bodies``: organisations, their member
  municipalities over time and their bodies.
- ``assignments``: the register's inputs; the status as of a day is computed in SQL
  (:func:`protokoll.query.assignments.status_sql`).
- ``chain_meetings.present_json`` and ``linked_items.dissent_json`` (0017): who attended from where and
  who dissented, so a municipality's page reads them without its organisations' records.
- ``owed_assignments`` (0024): which municipalities owe each assignment and why (:mod:`protokoll.link.owed`),
  derived from the rows above each time linking writes them (:mod:`protokoll.linking.owed`); and
  ``dissent_municipalities``: which municipalities dissented on an item (by name or by representatives).
- ``link_state``: a generation counter bumped by every relink (caches key on it) and the last report.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, Integer, String, Text, func, literal_column
from sqlalchemy.orm import Mapped, mapped_column

from .models import Base
from .person_tables import PersonMeeting, PersonMention, PersonRedirect, PersonRow, PersonRun  # noqa: F401

#: the order keys of items, cases and the register compare by code point (PostgreSQL's default collation
#: would compare by locale; SQLite's default is by code point)
ORDER_KEY = Text().with_variant(Text(collation="C"), "postgresql")


class LinkState(Base):
    """One row (id 1): the generation of the linked rows and what the last relink did."""

    __tablename__ = "link_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)
    linked_at: Mapped[datetime | None] = mapped_column(DateTime)
    seconds: Mapped[float | None] = mapped_column(Float)
    report_json: Mapped[str | None] = mapped_column(Text)  #: per table: inserted/updated/unchanged/deleted


class ChainMeeting(Base):
    __tablename__ = "chain_meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  #: the chain node id
    position: Mapped[int] = mapped_column(Integer, index=True)  #: order of the whole chain
    date: Mapped[str | None] = mapped_column(String(10), index=True)
    year: Mapped[int | None] = mapped_column(Integer)
    organization: Mapped[str | None] = mapped_column(Text, index=True)
    body: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str] = mapped_column(String(16))  #: protocol | minutes | agenda | expected
    after: Mapped[str | None] = mapped_column(String(10))
    before: Mapped[str | None] = mapped_column(String(10))
    previous: Mapped[str | None] = mapped_column(Text)  #: key of the previous chain meeting
    next: Mapped[str | None] = mapped_column(Text)
    group_org: Mapped[str] = mapped_column(Text)  #: ``chain.group_key``: case-insensitive
    group_body: Mapped[str] = mapped_column(Text)
    items_json: Mapped[str] = mapped_column(Text, default="[]")  #: expected: the items forwarded to it
    #: attendance (migration 0017): None when no document of the meeting lists attendees, else
    #: ``{affiliation: present attendees}`` (the most of any of its documents), what a municipality's
    #: attendance over time is read from without the records
    present_json: Mapped[str | None] = mapped_column(Text, nullable=True, default=None)


class ChainSource(Base):
    __tablename__ = "chain_sources"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True)
    chain_meeting_id: Mapped[int] = mapped_column(ForeignKey("chain_meetings.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  #: order among the chain meeting's documents
    document_name: Mapped[str] = mapped_column(Text)


class LinkedCase(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  #: ``c-`` + hash of its first item
    position: Mapped[str] = mapped_column(ORDER_KEY, index=True)  #: the rank of its first item (0017)
    title: Mapped[str] = mapped_column(Text)
    corrected: Mapped[bool] = mapped_column(Boolean, default=False)
    item_count: Mapped[int] = mapped_column(Integer, index=True)
    #: the earliest and latest date of its items' meetings (``date``, else ``after``) (0025)
    first_date: Mapped[str | None] = mapped_column(String(10))
    last_date: Mapped[str | None] = mapped_column(String(10))


class LinkedItem(Base):
    __tablename__ = "linked_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  #: "<document stem>:<number|#n>"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    chain_meeting_id: Mapped[int] = mapped_column(ForeignKey("chain_meetings.id"), index=True)
    document_name: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)  #: index among its record's items, from 0
    #: order of every item (``CaseItem.order``): a key of its own, ``link.rows.order_key`` (0017)
    rank: Mapped[str] = mapped_column(ORDER_KEY, index=True)
    number: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str] = mapped_column(Text)
    decisions_json: Mapped[str] = mapped_column(Text)
    assignments_json: Mapped[str] = mapped_column(Text)
    routine: Mapped[bool] = mapped_column(Boolean)
    kind: Mapped[str | None] = mapped_column(String(16))  #: the document's kind
    dissent_json: Mapped[str] = mapped_column(Text, default="[]")  #: the record item's ``dissent`` (0017)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)


class OrganizationRow(Base):
    __tablename__ = "organizations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  #: the name
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    aliases_json: Mapped[str] = mapped_column(Text)


class Membership(Base):
    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(Text)  #: the municipality
    position: Mapped[int] = mapped_column(Integer)
    municipality: Mapped[str] = mapped_column(Text, index=True)
    first_seen: Mapped[str | None] = mapped_column(String(10))
    last_seen: Mapped[str | None] = mapped_column(String(10))
    meetings: Mapped[int] = mapped_column(Integer)


class BodyRow(Base):
    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(Text)  #: the name
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    aliases_json: Mapped[str] = mapped_column(Text)
    dates_json: Mapped[str] = mapped_column(Text)
    meetings: Mapped[int] = mapped_column(Integer)


class AssignmentRow(Base):
    """One assignment with what its status follows from; the status of a day is computed in SQL."""

    __tablename__ = "assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(Text, unique=True)  #: "<item key>/<n>"
    item_id: Mapped[int] = mapped_column(ForeignKey("linked_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[str] = mapped_column(ORDER_KEY, index=True)  #: register order: its item's rank and number (0017)
    assignee: Mapped[str] = mapped_column(Text)
    assignee_kind: Mapped[str] = mapped_column(String(16))
    #: ``fold_name(assignee)``: the fold of ``person_mentions.folded``, so a person's assignments are indexed (0024)
    assignee_folded: Mapped[str] = mapped_column(Text, default="", server_default="")
    task: Mapped[str] = mapped_column(Text)
    due: Mapped[str | None] = mapped_column(String(10), index=True)
    due_text: Mapped[str | None] = mapped_column(Text)
    case_key: Mapped[str | None] = mapped_column(Text)  #: only when the case has other items
    reported_by: Mapped[str | None] = mapped_column(Text)  #: a later item of the case that reports on it
    reported_date: Mapped[str | None] = mapped_column(String(10))  #: that item's meeting date (or placed date)
    evidence_json: Mapped[str] = mapped_column(Text, default="[]")
    #: a later item of the organisation naming the assignee and the task (counts when the case has no report)
    words_by: Mapped[str | None] = mapped_column(Text)
    words_date: Mapped[str | None] = mapped_column(String(10))
    words_evidence_json: Mapped[str] = mapped_column(Text, default="[]")
    mentioned_by: Mapped[str | None] = mapped_column(Text)
    mentioned_date: Mapped[str | None] = mapped_column(String(10))



class OwedRow(Base):
    """A municipality that owes an assignment, and why (``protokoll.link.owed.REASONS``)."""

    __tablename__ = "owed_assignments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), index=True)
    municipality: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(16))
    position: Mapped[str] = mapped_column(ORDER_KEY)  #: the assignment's register order (written with it)
    #: a representative's: the person the assignee is linked to (rewritten with the person: see linking.owed)
    person_id: Mapped[int | None] = mapped_column(Integer)


class DissentRow(Base):
    """A municipality that dissented on an item, itself or by its representatives at that meeting (0024)."""

    __tablename__ = "dissent_municipalities"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("linked_items.id", ondelete="CASCADE"), index=True)
    municipality: Mapped[str] = mapped_column(Text)
    #: the dissenters who spoke for it: [name as written, id of the person it is linked to or null]
    names_json: Mapped[str] = mapped_column(Text)

Index("ix_chain_meetings_group", ChainMeeting.group_org, ChainMeeting.group_body, ChainMeeting.date)
# the register's filters (assignee names, a body's meetings, a municipality's people) read indexes only
Index("ix_assignments_assignee", AssignmentRow.assignee, AssignmentRow.assignee_kind)
Index("ix_chain_meetings_org_body", ChainMeeting.organization, ChainMeeting.body)

# people, municipality, organisation and body pages (query/people.py, query/places.py)
Index("ix_assignments_kind_assignee", AssignmentRow.assignee_kind, AssignmentRow.assignee)
Index("ix_assignments_kind_folded", AssignmentRow.assignee_kind, AssignmentRow.assignee_folded)  # a person's own
# the few items with dissent, by meeting (a municipality's page: its organisations' dissent)
Index("ix_linked_items_dissent", LinkedItem.chain_meeting_id, sqlite_where=LinkedItem.dissent_json != "[]",
      postgresql_where=LinkedItem.dissent_json != "[]")
# the meeting lists, newest first by date (or the date an undated meeting follows), of all years or one
LISTED_SORT = func.coalesce(ChainMeeting.date, ChainMeeting.after, literal_column("''"))
Index("ix_chain_meetings_listed", LISTED_SORT, ChainMeeting.key)
Index("ix_chain_meetings_year_listed", ChainMeeting.year, LISTED_SORT, ChainMeeting.key)
# what a municipality owes (its page, the register's "kommun" filter): one range of the index
Index("ix_owed_assignments_municipality", OwedRow.municipality, OwedRow.assignment_id, unique=True)
Index("ix_owed_assignments_municipality_position", OwedRow.municipality, OwedRow.position)
Index("ix_dissent_municipalities_municipality", DissentRow.municipality, DissentRow.item_id, unique=True)
# a municipality's page: its people (first and last date affiliated) and its meetings newest first (0024)
ATTENDED = (ChainMeeting.date.is_not(None)) & (ChainMeeting.present_json.is_not(None))  #: with an attendance list
Index("ix_chain_meetings_attended", ChainMeeting.organization, ChainMeeting.date, ChainMeeting.key,
      sqlite_where=ATTENDED, postgresql_where=ATTENDED)
