"""The linked archive as the pages read it, asked from the linked tables per request.

:class:`LinkedView` answers the questions pages and ``--json`` listings
ask of the linked archive (a chain meeting and its neighbours, the items of
a meeting and their cases, a case, a person and their mentions, the
organisations, the assignment register) with SQL over the rows of
:mod:`protokoll.store.linked_tables`, and gives the answers as the linkers'
own types (``Node``, ``CaseItem``, ``Case``, ``Person``, ``Organisation``,
``Entry``), built only for what was asked. It holds a session and small
per-request memos, never the archive: make one per request.

The register's status as of ``today`` is computed by the database
(:func:`status_sql`): done (closed by hand) > reported (a report held by
today, found by linking or marked by a member with the item that reports
it) > overdue (deadline before today) > open.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from functools import lru_cache

import orjson
from sqlalchemy import and_, bindparam, case as sql_case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from ..link.assignments import Entry
from ..link.cases import Case, CaseItem
from ..link.chain import Node, Source
from ..link.orgs import Body, Member, Organisation, fold
from ..link.people import Mention, Person
from ..store.cases import AssignmentMark
from ..store.my_assignments import AssignmentReport
from ..store.linked_tables import (AssignmentRow, BodyRow, ChainMeeting, ChainSource, LinkedCase, LinkedItem,
                                   Membership, OrganizationRow, PersonMention, PersonRow)
from ..store.models import Document, Meeting

_ITEM_COLUMNS = (LinkedItem.key.label("item_key"), LinkedItem.document_name, LinkedItem.number, LinkedItem.title,
                 LinkedItem.decisions_json, LinkedItem.assignments_json, LinkedItem.routine,
                 LinkedItem.kind.label("item_kind"), LinkedItem.position.label("item_position"), LinkedItem.case_id,
                 LinkedItem.meeting_id)
_NODE_COLUMNS = (ChainMeeting.id, ChainMeeting.key, ChainMeeting.date, ChainMeeting.organization, ChainMeeting.body,
                 ChainMeeting.kind, ChainMeeting.year, ChainMeeting.items_json, ChainMeeting.after,
                 ChainMeeting.before, ChainMeeting.previous, ChainMeeting.next)


def run(session: Session, statement, **values):
    """A statement built once per process (module level, its values bound by name per call) run on the
    session's connection (its transaction: the request's snapshot).

    For a page's small queries the query is the cheap part: building a ``select()``, its cache key and
    the ORM's layer around a plain row query took some 0.1 ms of each statement's 0.15 ms (a meeting
    page runs a dozen); a statement built once keeps its cache key, and rows need no ORM. IN lists
    are ``bindparam(..., expanding=True)``. Changes pending in the session are flushed first, as the
    session's own ``execute`` would (a command that writes and then reads through a view).
    """
    if session.autoflush and (session.new or session.deleted or session.dirty):
        session.flush()
    return session.connection().execute(statement, values)


_NODE_OF_MEETING = (select(*_NODE_COLUMNS).where(ChainMeeting.id.in_(
    select(ChainSource.chain_meeting_id).where(ChainSource.meeting_id == bindparam("meeting_id"))))
    .order_by(ChainMeeting.position))
_SOURCE_COLUMNS = (ChainSource.chain_meeting_id, ChainSource.meeting_id, ChainSource.document_name)
_SOURCES = (select(*_SOURCE_COLUMNS).where(ChainSource.chain_meeting_id.in_(bindparam("ids", expanding=True)))
            .order_by(ChainSource.position))
_SOURCES_RECORDS = (select(*_SOURCE_COLUMNS, Meeting.record_json).join(Meeting, Meeting.id == ChainSource.meeting_id)
                    .where(ChainSource.chain_meeting_id.in_(bindparam("ids", expanding=True)))
                    .order_by(ChainSource.position))
_RECORDS = select(Meeting.id, Meeting.record_json).where(Meeting.id.in_(bindparam("ids", expanding=True)))
_ITEMS_BY_KEY = (select(*_ITEM_COLUMNS, LinkedItem.rank.label("item_rank"), *_NODE_COLUMNS)
                 .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
                 .where(LinkedItem.key.in_(bindparam("keys", expanding=True))).order_by(LinkedItem.rank))
_PERSONS_IN_MEETING = (select(PersonMention.folded, PersonRow.key).join(PersonRow)
                       .where(PersonMention.meeting_id == bindparam("meeting_id"))
                       .order_by(PersonRow.position, PersonMention.position))
#: a stored meeting's document (id, format) and whether a correction was applied to it (``extracted_json``
#: is kept only then): what its page shows of the document, without reading the document's text
_MEETING_DOCUMENT = (select(Meeting.document_id, Document.format, Meeting.extracted_json.is_not(None))
                     .join(Document).where(Meeting.id == bindparam("meeting_id")))


@lru_cache(maxsize=8)
def status_sql(today: date):
    """The SQL expression of an assignment's status as of ``today`` (``AssignmentMark`` outer-joined),
    built once per day (an expression is immutable; building it took a twentieth of a meeting page)."""
    day = today.isoformat()
    return sql_case(
        (AssignmentMark.status == "done", literal("done")),
        (or_(and_(AssignmentRow.reported_by.is_not(None), AssignmentRow.reported_date <= day),
             and_(AssignmentRow.words_by.is_not(None), AssignmentRow.words_date <= day),
             _marked_reported(day)), literal("reported")),
        (and_(AssignmentRow.due.is_not(None), AssignmentRow.due < day), literal("overdue")),
        else_=literal("open"))


def _register_query(today: date):
    """Register rows (an assignment's columns, its item's key and its status as of ``today``), joined to
    what the register's filters name: ``LinkedItem``, ``ChainMeeting``, ``AssignmentMark``."""
    return (select(*AssignmentRow.__table__.c, LinkedItem.key.label("item_key"), status_sql(today).label("status"))
            .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
            .outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key))


@lru_cache(maxsize=8)
def _register_of_items(today: date):
    """The register rows of the items named by ``keys`` (bound per call), built once a day."""
    return (_register_query(today).where(LinkedItem.key.in_(bindparam("keys", expanding=True)))
            .order_by(AssignmentRow.position))


def _marked_reported(day: str):
    """A member marked the assignment reported by an item of a meeting held by ``day``."""
    return exists(select(AssignmentReport.id).where(
        AssignmentReport.assignment_key == AssignmentRow.key,
        or_(AssignmentReport.item_date.is_(None), AssignmentReport.item_date <= day)))


class LinkedView:
    """One request's view of the linked archive (see the module docstring)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._nodes: dict[str, Node] = {}  #: chain key -> node (sources loaded)
        self._records: dict[int, dict] = {}
        self._cases: dict[int, Case] = {}
        self._bare: set[str] = set()  #: keys of nodes read without their documents (read when asked for)
        self._node_keys: dict[int, str | None] = {}  #: stored meeting id -> its chain meeting's key
        self._documents: dict[int, tuple] = {}  #: stored meeting id -> (document id, format, text)

    # -- chain meetings -------------------------------------------------------------------------------

    def node(self, key: str | None) -> Node | None:
        """The chain meeting of ``key``, with its documents' records."""
        if not key:
            return None
        if key not in self._nodes:
            found = self._load_nodes(ChainMeeting.key == key)
            if not found:
                return None
        elif key in self._bare:
            self._sources([self._nodes[key]])
        return self._nodes[key]

    def node_of_meeting(self, meeting_id: int) -> Node | None:
        """The chain meeting a stored meeting (document version) is part of (two statements, once per view)."""
        if not _is_row_id(meeting_id):
            return None
        if meeting_id not in self._node_keys:
            found = self._nodes_of_rows(run(self.session, _NODE_OF_MEETING, meeting_id=meeting_id).all())
            self._node_keys[meeting_id] = found[0].id if found else None
        return self.node(self._node_keys[meeting_id])

    def nodes(self, *where, limit: int | None = None, offset: int = 0, sources: bool = True,
              records: bool = True) -> list[Node]:
        """Chain meetings in chain order, filtered by SQL conditions on ``ChainMeeting``; with their
        sources, whose records are read at once (``records``) or each when first looked into."""
        return self._load_nodes(*where, limit=limit, offset=offset, sources=sources, records=records)

    def node_on(self, group: tuple[str, str], day: str | None) -> Node | None:
        """The first chain meeting of a body (``group``, as ``chain.group_key``) held on ``day``."""
        if not day:
            return None
        found = self.nodes(ChainMeeting.group_org == group[0], ChainMeeting.group_body == group[1],
                           ChainMeeting.date == day, limit=1)
        return found[0] if found else None

    def _load_nodes(self, *where, limit: int | None = None, offset: int = 0, sources: bool = True,
                    records: bool = True) -> list[Node]:
        query = select(*_NODE_COLUMNS).where(*where).order_by(ChainMeeting.position).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        rows = self.session.execute(query).all()
        return self._nodes_of_rows(rows, sources, records)

    def _nodes_of_rows(self, rows, sources: bool = True, records: bool = True) -> list[Node]:
        """The nodes of rows of ``_NODE_COLUMNS`` (the view's own when it has read them), with their
        documents when ``sources``; without them, they are read when the node is asked for by key. The
        documents' records are read with them (``records``) or each when first looked into."""
        nodes, fresh = [], {}
        for r in rows:
            node = self._nodes.get(r.key)
            if node is None:
                node = Node(r.key, r.date, r.organization, r.body, r.kind, r.year, [], orjson.loads(r.items_json),
                            r.after, r.before, r.previous, r.next)
                node._row_id = r.id  # type: ignore[attr-defined]
                self._nodes[r.key] = node
                self._bare.add(r.key)
            if sources and r.key in self._bare:
                fresh[r.key] = node
            nodes.append(node)
        if fresh:  # every new node's documents (and records) in one statement, not two per node
            self._sources(list(fresh.values()), records)
        if sources and records:  # the records of nodes read before without them, in one more
            self.records(s.meeting_id for n in nodes for s in n.sources)
        return nodes

    def _sources(self, nodes: list[Node], records: bool = True) -> None:
        """The documents of ``nodes`` (with their records, or records read when first looked into), one
        statement per 500 nodes."""
        by_id = {n._row_id: n for n in nodes}  # type: ignore[attr-defined]
        self._bare.difference_update(n.id for n in nodes)
        ids = list(by_id)
        for start in range(0, len(ids), 500):  # SQLite takes at most 32,766 parameters
            chunk = ids[start:start + 500]
            if not records:
                for cm, mid, name in run(self.session, _SOURCES, ids=chunk):
                    by_id[cm].sources.append(Source(mid, name, self._records.get(mid) or _Record(self, mid)))
                continue
            for cm, mid, name, data in run(self.session, _SOURCES_RECORDS, ids=chunk):
                if mid not in self._records:
                    self._records[mid] = orjson.loads(data)
                by_id[cm].sources.append(Source(mid, name, self._records[mid]))

    def records(self, meeting_ids: Iterable[int]) -> dict[int, dict]:
        """Meeting id -> its record (read once per view)."""
        wanted = [m for m in set(meeting_ids) if m not in self._records and _is_row_id(m)]
        for start in range(0, len(wanted), 500):
            for mid, data in run(self.session, _RECORDS, ids=wanted[start:start + 500]):
                self._records[mid] = orjson.loads(data)
        return self._records

    # -- items and cases ------------------------------------------------------------------------------

    def items(self, *where, limit: int | None = None, sources: bool = True) -> list[CaseItem]:
        """Items in archive order (``CaseItem.order``), filtered by conditions on ``LinkedItem``, read with
        their chain meetings in one statement (and those meetings' documents in one more, if ``sources``)."""
        query = (select(*_ITEM_COLUMNS, *_NODE_COLUMNS).join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
                 .where(*where).order_by(LinkedItem.rank))
        if limit is not None:
            query = query.limit(limit)
        rows = self.session.execute(query).all()  # their meetings' records are read when looked into
        return self._items_of_rows(rows, sources)

    def items_by_key(self, keys: Collection[str], sources: bool = True) -> list[CaseItem]:
        """``items(LinkedItem.key.in_(keys))`` with a statement built once (:func:`run`)."""
        rows = [r for start in range(0, len(keys), 500)
                for r in run(self.session, _ITEMS_BY_KEY, keys=list(keys)[start:start + 500])]
        if len(keys) > 500:  # chunks each in order: all of them in order
            rows.sort(key=lambda r: r.item_rank)
        return self._items_of_rows(rows, sources)

    def _items_of_rows(self, rows, sources: bool) -> list[CaseItem]:
        return [_item_of_row(r, node) for r, node in zip(rows, self._nodes_of_rows(rows, sources, records=False))]

    def item(self, key: str) -> CaseItem | None:
        found = self.items(LinkedItem.key == key)
        return found[0] if found else None

    def items_of_meeting(self, meeting_id: int) -> list[CaseItem]:
        """A stored meeting's items, in the record's order."""
        return sorted(self.items(LinkedItem.meeting_id == meeting_id), key=lambda i: i._position)

    @staticmethod
    def _item(row: LinkedItem, node: Node) -> CaseItem:
        item = CaseItem(row.key, node, row.document_name, row.number, row.title, orjson.loads(row.decisions_json),
                        orjson.loads(row.assignments_json), row.routine, kind=row.kind)
        item._position, item._case_row, item._meeting_id = row.position, row.case_id, row.meeting_id
        return item

    def item_meeting_id(self, item: CaseItem) -> int | None:
        """The stored meeting (document version) an item was read from."""
        mid = getattr(item, "_meeting_id", None)
        if mid is None:
            mid = self.session.scalar(select(LinkedItem.meeting_id).where(LinkedItem.key == item.id))
        return mid

    def case_of(self, item: CaseItem) -> Case | None:
        """The case an item belongs to (routine items belong to none)."""
        row_id = getattr(item, "_case_row", None)
        return self._case(row_id) if row_id is not None else None

    def case(self, key: str) -> Case | None:
        row_id = self.session.scalar(select(LinkedCase.id).where(LinkedCase.key == key))
        return self._case(row_id) if row_id is not None else None

    def _case(self, row_id: int) -> Case:
        if row_id not in self._cases:
            row = self.session.get(LinkedCase, row_id)
            items = self.items(LinkedItem.case_id == row_id)
            self._cases[row_id] = Case(row.key, row.title, items, row.corrected)
        return self._cases[row_id]

    def case_list(self, min_items: int = 1, limit: int | None = None, offset: int = 0) -> list[Case]:
        """Cases in order of their first item, with their items."""
        query = (select(LinkedCase.id).where(LinkedCase.item_count >= min_items)
                 .order_by(LinkedCase.position).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        return [self._case(i) for i in self.session.scalars(query)]

    # -- people ---------------------------------------------------------------------------------------

    def person(self, key: str) -> Person | None:
        row = self.session.scalar(select(PersonRow).where(PersonRow.key == key))
        return self._person(row) if row is not None else None

    def persons(self, *where, mentions: bool = True) -> list[Person]:
        rows = self.session.scalars(select(PersonRow).where(*where).order_by(PersonRow.position)).all()
        if not mentions:
            return [Person([], set(orjson.loads(r.possible_json)), r.key, r.name, orjson.loads(r.same_as_json))
                    for r in rows]
        by_id: dict[int, list[Mention]] = {r.id: [] for r in rows}
        for m in self.session.scalars(select(PersonMention).where(PersonMention.person_id.in_(by_id))
                                      .order_by(PersonMention.person_id, PersonMention.position)):
            by_id[m.person_id].append(_mention(m))
        return [Person(by_id[r.id], set(orjson.loads(r.possible_json)), r.key, r.name,
                       orjson.loads(r.same_as_json)) for r in rows]

    def _person(self, row: PersonRow) -> Person:
        mentions = [_mention(m) for m in self.session.scalars(
            select(PersonMention).where(PersonMention.person_id == row.id).order_by(PersonMention.position))]
        return Person(mentions, set(orjson.loads(row.possible_json)), row.key, row.name,
                      orjson.loads(row.same_as_json))

    def person_key(self, name: str | None, meeting_id: int | None = None) -> str | None:
        """The key of the person a name (in a meeting) is linked to: in that meeting first, else the
        person first linked to the name anywhere (as the pages always did)."""
        if not name:
            return None
        folded = fold(name)
        if meeting_id is not None:
            found = self.session.scalar(
                select(PersonRow.key).join(PersonMention)
                .where(PersonMention.meeting_id == meeting_id, PersonMention.folded == folded)
                .order_by(PersonRow.position, PersonMention.position).limit(1))
            if found:
                return found
        return self.session.scalar(select(PersonRow.key).join(PersonMention).where(PersonMention.folded == folded)
                                   .order_by(PersonRow.position, PersonMention.position).limit(1))

    def person_keys_in_meeting(self, meeting_id: int) -> dict[str, str]:
        """Folded name -> person key, of everyone linked in a stored meeting (one statement)."""
        out: dict[str, str] = {}
        for folded, key in run(self.session, _PERSONS_IN_MEETING, meeting_id=meeting_id):
            out.setdefault(folded, key)
        return out

    # -- organisations --------------------------------------------------------------------------------

    def organizations(self, *where) -> list[Organisation]:
        rows = self.session.scalars(select(OrganizationRow).where(*where).order_by(OrganizationRow.position)).all()
        ids = [r.id for r in rows]
        members: dict[int, list[Member]] = {i: [] for i in ids}
        for m in self.session.scalars(select(Membership).where(Membership.organization_id.in_(ids))
                                      .order_by(Membership.organization_id, Membership.position)):
            members[m.organization_id].append(Member(m.municipality, m.first_seen, m.last_seen, m.meetings))
        bodies: dict[int, list[Body]] = {i: [] for i in ids}
        for b in self.session.scalars(select(BodyRow).where(BodyRow.organization_id.in_(ids))
                                      .order_by(BodyRow.organization_id, BodyRow.position)):
            bodies[b.organization_id].append(Body(b.name, orjson.loads(b.aliases_json), orjson.loads(b.dates_json),
                                                  b.meetings))
        return [Organisation(r.name, orjson.loads(r.aliases_json), members[r.id], bodies[r.id]) for r in rows]

    def organization(self, name: str) -> Organisation | None:
        found = self.organizations(OrganizationRow.key == name)
        return found[0] if found else None

    # -- the register ---------------------------------------------------------------------------------

    def register(self, today: date, *where, limit: int | None = None, offset: int = 0) -> list[Entry]:
        """Assignments in register order with their status as of ``today``, filtered by SQL conditions
        on ``AssignmentRow``, ``LinkedItem``, ``ChainMeeting`` or on :func:`status_sql` ``(today)``."""
        query = _register_query(today).where(*where).order_by(AssignmentRow.position).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return self._entries(today, self.session.execute(query).all())

    def register_of_items(self, today: date, item_keys: Collection[str]) -> list[Entry]:
        """``register(today, LinkedItem.key.in_(item_keys))`` with a statement built once a day (:func:`run`)."""
        keys = list(item_keys)
        rows = [r for start in range(0, len(keys), 500)
                for r in run(self.session, _register_of_items(today), keys=keys[start:start + 500])]
        if len(keys) > 500:
            rows.sort(key=lambda a: a.position)
        return self._entries(today, rows)

    def _entries(self, today: date, rows: list) -> list[Entry]:
        """The entries of register rows (plain rows of ``_register_query``: an entry is built of them, not
        of ORM objects), their items and the items that report or mention them read at once."""
        items = {i.id: i for i in self.items_by_key({a.item_key for a in rows})} if rows else {}
        day = today.isoformat()
        marked = marked_reports(self.session, [a for a in rows if a.status == "reported"], day)
        later_keys = {k for a in rows for k in (a.reported_by, a.words_by, a.mentioned_by) if k}
        later_keys |= set(marked.values())
        later = {i.id: i for i in self.items_by_key(later_keys, sources=False)} if later_keys else {}
        return [_entry(a, items[a.item_key], a.status, day, later, marked.get(a.key)) for a in rows]

    def register_count(self, today: date, *where) -> int:
        return self.session.scalar(
            select(func.count()).select_from(AssignmentRow)
            .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
            .outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key).where(*where)) or 0

    def entry(self, key: str, today: date) -> Entry | None:
        found = self.register(today, AssignmentRow.key == key)
        return found[0] if found else None

    # -- documents ------------------------------------------------------------------------------------

    def document_of(self, meeting_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """Meeting id -> (document id, format)."""
        ids = [m for m in set(meeting_ids) if _is_row_id(m)]
        return {m: (d, f) for m, d, f in self.session.execute(
            select(Meeting.id, Meeting.document_id, Document.format).join(Document).where(Meeting.id.in_(ids)))}

    def meeting_document(self, meeting_id: int) -> tuple[int | None, str | None, bool]:
        """(document id, format, whether a correction was applied) of a stored meeting's document, one
        statement once per view."""
        if meeting_id not in self._documents:
            row = run(self.session, _MEETING_DOCUMENT, meeting_id=meeting_id).first() \
                if _is_row_id(meeting_id) else None
            self._documents[meeting_id] = (row[0], row[1], bool(row[2])) if row else (None, None, False)
        return self._documents[meeting_id]


class _Record(Mapping):
    """A stored meeting's record as a node's source holds it: read from the view (``records``, which
    keeps what it read) when first looked into, so nodes read for their dates and names only, as
    lists of items and assignments need them, read no records."""

    __slots__ = ("_view", "_meeting_id")

    def __init__(self, view: LinkedView, meeting_id: int) -> None:
        self._view, self._meeting_id = view, meeting_id

    def _data(self) -> dict:
        return self._view.records((self._meeting_id,))[self._meeting_id]

    def __getitem__(self, key):
        return self._data()[key]

    def get(self, key, default=None):
        return self._data().get(key, default)

    def __iter__(self):
        return iter(self._data())

    def __len__(self) -> int:
        return len(self._data())


def _is_row_id(value) -> bool:
    """An integer a database id column can hold (a URL may carry any number)."""
    return isinstance(value, int) and 0 <= value < 2**63


def _item_of_row(r, node: Node) -> CaseItem:
    """A ``CaseItem`` of a row of ``_ITEM_COLUMNS`` (as ``LinkedView._item`` of a ``LinkedItem``)."""
    item = CaseItem(r.item_key, node, r.document_name, r.number, r.title, orjson.loads(r.decisions_json),
                    orjson.loads(r.assignments_json), r.routine, kind=r.item_kind)
    item._position, item._case_row, item._meeting_id = r.item_position, r.case_id, r.meeting_id
    return item


def _mention(m: PersonMention) -> Mention:
    return Mention(m.name, m.meeting_id, m.date, m.year, m.organization, m.body, m.role, m.grp, m.affiliation,
                   m.title)


def marked_reports(session: Session, reported: list[AssignmentRow], day: str) -> dict[str, str]:
    """Assignment key -> the item of the newest mark a member made of it as reported (of a meeting held by
    ``day``), for those of ``reported`` (status reported) whose report linking did not find."""
    keys = [a.key for a in reported if not _found_report(a, day)]
    found: dict[str, str] = {}
    for i in range(0, len(keys), 500):
        for key, item in session.execute(
                select(AssignmentReport.assignment_key, AssignmentReport.item_key)
                .where(AssignmentReport.assignment_key.in_(keys[i:i + 500]),
                       or_(AssignmentReport.item_date.is_(None), AssignmentReport.item_date <= day))
                .order_by(AssignmentReport.id)):
            found[key] = item
    return found


def _found_report(a: AssignmentRow, day: str) -> bool:
    """Whether linking found a report of the assignment held by ``day``."""
    return bool((a.reported_by and a.reported_date <= day) or (a.words_by and a.words_date <= day))


def _entry(a: AssignmentRow, item: CaseItem, status: str, day: str, later: dict[str, CaseItem],
           marked: str | None = None) -> Entry:
    """An ``Entry`` as of ``day``: a report or mention from a meeting after ``day`` is not yet one
    (``Reporters.candidates``: the case's report, else the organisation's, else the case's mention; then
    ``marked``, the item a member marked as reporting it, with no words as evidence)."""
    reported, evidence, mentioned = None, (), None
    if a.reported_by and a.reported_date <= day:
        reported, evidence = a.reported_by, tuple(orjson.loads(a.evidence_json))
    elif a.words_by and a.words_date <= day:
        reported, evidence = a.words_by, tuple(orjson.loads(a.words_evidence_json))
    elif marked and status == "reported":
        reported = marked
    elif a.mentioned_by and a.mentioned_date <= day:
        mentioned = a.mentioned_by
    by = reported or mentioned
    return Entry(a.key, a.assignee, a.assignee_kind, a.task, a.due, a.due_text, status, item, a.case_key, reported,
                 evidence, mentioned, later.get(by) if by else None)


class _Lookup:
    """A read-only mapping asked key by key (``one``); iterating it reads every row (``every``)."""

    def __init__(self, one, every=None) -> None:
        self._one, self._every, self._memo = one, every, {}

    def get(self, key, default=None):
        if key not in self._memo:
            self._memo[key] = self._one(key)
        found = self._memo[key]
        return default if found is None else found

    def __getitem__(self, key):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def items(self):
        return self._every()

    def __len__(self) -> int:
        return len(self._every())

    def __iter__(self):
        return iter(k for k, _ in self._every())

    def values(self):
        return [v for _, v in self._every()]


class _ChainView:
    """``Chain``'s interface over the rows: ``by_id`` asks one key; ``nodes`` reads them all."""

    def __init__(self, view: "LinkedView") -> None:
        self._view = view
        self.by_id = _Lookup(view.node)
        self._all: list[Node] | None = None

    @property
    def nodes(self) -> list[Node]:
        if self._all is None:
            self._all = self._view.nodes()
        return self._all

    def next_node(self, node: Node) -> Node | None:
        return self._view.node(node.next)


class ArchiveView(LinkedView):
    """``LinkedView`` with the interface pages had of the in-memory archive (``Linked``), each part read
    with SQL when asked. The whole-archive parts (``chain.nodes``, ``people``, ``cases``, ``items``,
    ``register(today)`` without filters) read every row: pages over the whole archive page or filter in
    SQL instead (``nodes(...)``, ``register(today, *where, limit=)``)."""

    def __init__(self, session: Session, pages=None) -> None:
        super().__init__(session)
        self.pages = pages  #: rendered pages of this link generation (the web state's cache)
        self.chain = _ChainView(self)
        self.node_of = _Lookup(self.node_of_meeting, lambda: [(s.meeting_id, n) for n in self.chain.nodes
                                                             for s in n.sources])
        self.sources = _Lookup(self._source, lambda: [(s.meeting_id, s) for n in self.chain.nodes
                                                      for s in n.sources])
        self.person_by_id = _Lookup(self.person, lambda: [(p.id, p) for p in self.people])
        self.case_of_item = _Lookup(self._case_of_item_key)
        self.documents = _Lookup(lambda mid: self.meeting_document(mid)[0])
        self.formats = _Lookup(lambda mid: self.meeting_document(mid)[1])
        self._people: list[Person] | None = None
        self._all_cases: list[Case] | None = None
        self._orgs: list[Organisation] | None = None

    def _source(self, meeting_id: int) -> Source | None:
        node = self.node_of_meeting(meeting_id)
        return next((s for s in node.sources if s.meeting_id == meeting_id), None) if node else None

    def _case_of_item_key(self, key: str) -> Case | None:
        row_id = self.session.scalar(select(LinkedItem.case_id).where(LinkedItem.key == key))
        return self._case(row_id) if row_id is not None else None

    @property
    def people(self) -> list[Person]:
        if self._people is None:
            self._people = self.persons()
        return self._people

    @property
    def orgs(self) -> list[Organisation]:
        if self._orgs is None:
            self._orgs = self.organizations()
        return self._orgs

    @property
    def cases(self) -> list[Case]:
        if self._all_cases is None:
            self._all_cases = self.case_list()
        return self._all_cases

    @property
    def done(self) -> set[str]:
        return set(self.session.scalars(select(AssignmentMark.assignment_id)
                                        .where(AssignmentMark.status == "done")))

    def entries(self, today: date) -> dict[str, Entry]:
        return {e.id: e for e in self.register(today)}

    def person_id(self, name: str | None, meeting_id: int | None = None) -> str | None:
        return self.person_key(name, meeting_id)

    item_meeting = LinkedView.item_meeting_id  #: the old interface's name


# -- people, municipality, organisation and body pages (h7) -------------------------------------------

from collections.abc import Collection  # noqa: E402 (this block's own)

from sqlalchemy import union_all  # noqa: E402


def load_nodes(view: LinkedView, *where, records: bool = True) -> list[Node]:
    """``view.nodes(*where)``: the chain meetings with their sources (kept for its callers' names)."""
    return view.nodes(*where, records=records)


def load_register(view: LinkedView, today: date, ids: Collection[int]) -> list[Entry]:
    """``view.register(today, AssignmentRow.id.in_(ids))``, its items' and later items' meetings read at once
    (their records only when looked into: a list of assignments shows none)."""
    if not ids:
        return []
    ids = list(ids)
    a = AssignmentRow
    later = [select(col).where(a.id.in_(ids), col.is_not(None)) for col in (a.reported_by, a.words_by, a.mentioned_by)]
    given = select(LinkedItem.chain_meeting_id).join(a, a.item_id == LinkedItem.id).where(a.id.in_(ids))
    reporting = select(LinkedItem.chain_meeting_id).where(LinkedItem.key.in_(union_all(*later)))
    load_nodes(view, or_(ChainMeeting.id.in_(given), ChainMeeting.id.in_(reporting)), records=False)
    return view.register(today, a.id.in_(ids))
