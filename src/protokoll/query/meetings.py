"""Meetings as the meeting pages, lists, start page and feeds ask for them: bounded SQL each.

Every function here reads only what one page shows (a meeting's items,
cases and assignments; one page of a list; the newest few meetings),
filtered, sorted, counted and paged by the database over indexed columns,
never the whole archive. Orders that break ties on a text key use binary
(code point) order on every database, as Python's ``sorted`` did.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import orjson
from sqlalchemy import and_, bindparam, exists, func, or_, select, text
from sqlalchemy.orm import Session

from ..link.assignments import Entry
from ..link.chain import Node, Source
from ..store.cases import AssignmentMark
from ..store.linked_tables import (LISTED_SORT, AssignmentRow, ChainMeeting, ChainSource, LinkedCase, LinkedItem,
                                   PersonRow)
from ..store.models import Meeting
from .linked import LinkedView
from .register_reads import status_sql
from .statements import NODE_COLUMNS, run


def binary(column, session: Session):
    """``column`` compared by code point (PostgreSQL's default collation would sort by locale)."""
    return column.collate("C") if session.get_bind().dialect.name == "postgresql" else column


HAS_SOURCES = exists().where(ChainSource.chain_meeting_id == ChainMeeting.id)  #: a held (stored) meeting


# -- one meeting ---------------------------------------------------------------------------------------

def item_entries(view: LinkedView, today: date, item_keys: Iterable[str]) -> dict[str, Entry]:
    """Assignment key -> its register entry as of ``today``, for the items ``item_keys``."""
    keys = list(item_keys)
    if not keys:
        return {}
    return {e.id: e for e in view.register_of_items(today, keys)}


_OF_ITEM = LinkedItem.__table__.alias("of_item")  #: the items asked for (their cases' items are ``LinkedItem``)
_WHEN = func.coalesce(ChainMeeting.date, ChainMeeting.after)
#: item key -> its case with the case's number of items and first and last date, in one statement built once
_ITEM_CASES = (select(_OF_ITEM.c.key, LinkedCase.key, LinkedCase.title, LinkedCase.corrected,
                      func.count(LinkedItem.id), func.min(_WHEN), func.max(_WHEN))
               .select_from(_OF_ITEM).join(LinkedCase, LinkedCase.id == _OF_ITEM.c.case_id)
               .join(LinkedItem, LinkedItem.case_id == LinkedCase.id)
               .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
               .where(_OF_ITEM.c.key.in_(bindparam("keys", expanding=True)))
               .group_by(_OF_ITEM.c.key, LinkedCase.id, LinkedCase.key, LinkedCase.title, LinkedCase.corrected))


def item_cases(session: Session, item_keys: Iterable[str]) -> dict[str, dict]:
    """Item key -> the case it belongs to when that case has other items too: id, title, number of
    items, first and last date (a placed undated meeting counts by the date it follows), corrected."""
    keys = list(item_keys)
    out: dict[str, dict] = {}
    for start in range(0, len(keys), 500):
        for key, case, title, corrected, count, first, last in run(session, _ITEM_CASES, keys=keys[start:start + 500]):
            if count > 1:
                out[key] = {"id": case, "title": title, "items": count, "first": first, "last": last,
                            "corrected": corrected}
    return out


def announcing_sources(view: LinkedView, node: Node) -> list[tuple[str | None, Source]]:
    """(held date, document) of the organisation's held meetings whose record may name ``node``'s date:
    the candidates that can announce an expected meeting (the caller checks how)."""
    org = ChainMeeting.organization == node.organization if node.organization is not None \
        else ChainMeeting.organization.is_(None)
    query = (select(ChainMeeting.date, ChainSource.meeting_id, ChainSource.document_name, Meeting.record_json)
             .join(ChainSource, ChainSource.chain_meeting_id == ChainMeeting.id)
             .join(Meeting, Meeting.id == ChainSource.meeting_id)
             .where(org, ChainMeeting.kind != "expected"))
    if node.date:  # a record that names the date holds it as a JSON string
        query = query.where(Meeting.record_json.contains(f'"{node.date}"'))
    return [(day, Source(mid, name, orjson.loads(data))) for day, mid, name, data in view.session.execute(query)]


# -- lists of meetings ---------------------------------------------------------------------------------

_LISTED = select(*NODE_COLUMNS).where(ChainMeeting.key.in_(bindparam("keys", expanding=True)))
_LISTED_SOURCES = (select(ChainSource.chain_meeting_id, ChainSource.meeting_id, ChainSource.document_name, Meeting.kind)
                   .join(Meeting, Meeting.id == ChainSource.meeting_id)
                   .where(ChainSource.chain_meeting_id.in_(bindparam("ids", expanding=True)))
                   .order_by(ChainSource.position))


def listed_nodes(session: Session, keys: list[str]) -> list[Node]:
    """The chain meetings ``keys`` in that order, for a list: their documents carry only the record's kind
    (what a list shows), read with two statements, not the records."""
    if not keys:
        return []
    rows = {r.key: r for start in range(0, len(keys), 500)
            for r in run(session, _LISTED, keys=keys[start:start + 500])}
    return _listed_of_rows(session, [rows[k] for k in keys if k in rows])


def _listed_of_rows(session: Session, rows: list) -> list[Node]:
    """The nodes of rows of ``NODE_COLUMNS`` for a list (as :func:`listed_nodes`), their documents read at once."""
    sources: dict[int, list[Source]] = {r.id: [] for r in rows}
    ids = list(sources)
    for start in range(0, len(ids), 500):
        for cm, mid, name, kind in run(session, _LISTED_SOURCES, ids=ids[start:start + 500]):
            sources[cm].append(Source(mid, name, {"kind": kind}))
    return [Node(r.key, r.date, r.organization, r.body, r.kind, r.year, sources[r.id], orjson.loads(r.items_json),
                 r.after, r.before, r.previous, r.next) for r in rows]


def nodes_on(session: Session, days: Iterable[tuple[tuple[str, str], str | None]], keys: Iterable[str | None] = ()
             ) -> tuple[dict[tuple, Node], dict[str, Node]]:
    """(group, date) -> the first chain meeting of that body (``group``, as ``chain.group_key``) held on that
    date, for each of ``days``; and key -> chain meeting, of ``keys`` (e.g. a page's neighbours) read with
    them: as :func:`listed_nodes`, in three statements for all of them."""
    wanted = list(dict.fromkeys(d for d in days if d[1]))
    first: dict[tuple, tuple[int, str]] = {}
    for start in range(0, len(wanted), 100):  # an OR of 100 stays well inside SQLite's expression depth
        for org, body, day, position, key in session.execute(
                select(ChainMeeting.group_org, ChainMeeting.group_body, ChainMeeting.date, ChainMeeting.position,
                       ChainMeeting.key)
                .where(or_(*(and_(ChainMeeting.group_org == g[0], ChainMeeting.group_body == g[1],
                                  ChainMeeting.date == d) for g, d in wanted[start:start + 100])))):
            at = ((org, body), day)
            if at not in first or position < first[at][0]:
                first[at] = (position, key)
    first = {at: key for at, (_, key) in first.items()}
    found = {n.id: n for n in listed_nodes(session, list(dict.fromkeys([*first.values(), *(k for k in keys if k)])))}
    return {at: found[key] for at, key in first.items() if key in found}, found


def _listed(session: Session, year: int | None, prefix: str | None) -> list:
    where = []
    if year is not None:
        where.append(ChainMeeting.year == year)
    if prefix:  # an ISO date, month or year: a range of whole ISO dates over the date index (any collation)
        where += [ChainMeeting.date >= prefix + "-01-01"[len(prefix) - 4:],
                  ChainMeeting.date <= prefix + "-12-31"[len(prefix) - 4:]]
    return where


def meeting_list(view: LinkedView, *, year: int | None = None, prefix: str | None = None,
                 limit: int | None = None, offset: int = 0) -> list[Node]:
    """Chain meetings (held and expected) newest first, undated last; of a year or a date prefix."""
    session = view.session
    query = (select(ChainMeeting.key).where(*_listed(session, year, prefix))  # dates: the same order by any collation
             .order_by(LISTED_SORT.desc(), binary(ChainMeeting.key, session).desc()).offset(offset))
    if limit is not None:
        query = query.limit(limit)
    return listed_nodes(session, list(session.scalars(query)))  # keys first: an offset steps over the index alone


def meeting_count(session: Session, *, year: int | None = None, prefix: str | None = None) -> int:
    return session.scalar(select(func.count()).select_from(ChainMeeting)
                          .where(*_listed(session, year, prefix))) or 0


def source_count(session: Session, *, prefix: str) -> int:
    """Documents of the chain meetings dated by ``prefix``."""
    return session.scalar(select(func.count()).select_from(ChainSource).join(ChainMeeting)
                          .where(*_listed(session, None, prefix))) or 0


#: The distinct years, newest first, one index seek each (``year < previous``) instead of a DISTINCT over
#: every chain meeting's index entry (3 ms at 20,000 meetings; a few years take microseconds).
_YEARS = text("WITH RECURSIVE found(year) AS ("
              " SELECT max(year) FROM chain_meetings"
              " UNION ALL SELECT (SELECT max(c.year) FROM chain_meetings AS c WHERE c.year < found.year)"
              " FROM found WHERE found.year IS NOT NULL)"
              " SELECT year FROM found WHERE year IS NOT NULL")


def years(session: Session) -> list[int]:
    """The years with meetings, newest first."""
    return list(session.scalars(_YEARS))


def upcoming(view: LinkedView, day: str, limit: int) -> list[Node]:
    """The first dated chain meetings on or after ``day`` (held or expected)."""
    session = view.session
    return listed_nodes(session, list(session.scalars(
        select(ChainMeeting.key).where(ChainMeeting.date >= day)
        .order_by(ChainMeeting.date, binary(ChainMeeting.key, session)).limit(limit))))


def held_before(view: LinkedView, day: str | None, limit: int, *where, records: bool = False) -> list[Node]:
    """The latest dated held meetings (with documents) before ``day`` (any day if None), newest first;
    with their documents' whole ``records`` or only their kinds (:func:`listed_nodes`)."""
    session = view.session
    conditions = [ChainMeeting.date.is_not(None), HAS_SOURCES, *where]
    if day is not None:
        conditions.append(ChainMeeting.date < day)
    keys = list(session.scalars(select(ChainMeeting.key).where(*conditions)
                                .order_by(ChainMeeting.date.desc(), binary(ChainMeeting.key, session).desc())
                                .limit(limit)))
    if not records:
        return listed_nodes(session, keys)
    found = {n.id: n for n in view.nodes(ChainMeeting.key.in_(keys), sources=False)} if keys else {}
    fresh = [n for n in found.values() if not n.sources]
    if fresh:  # one statement for all their documents (the view reads them node by node)
        view._sources(fresh)  # noqa: SLF001
    return [found[k] for k in keys]


def nodes_of_meetings(view: LinkedView, meeting_ids: Iterable[int], limit: int) -> list[Node]:
    """The latest dated held chain meetings that any of the stored meetings ``meeting_ids`` is part of,
    with their records."""
    ids = list(meeting_ids)
    if not ids:
        return []
    inner = select(ChainSource.chain_meeting_id).where(ChainSource.meeting_id.in_(ids))
    return held_before(view, None, limit, ChainMeeting.id.in_(inner), records=True)


# -- the start page ------------------------------------------------------------------------------------

def counts(session: Session) -> dict[str, int]:
    """How many held meetings, documents, persons, cases (of more than one item) and assignments."""
    count = lambda q: session.scalar(q) or 0  # noqa: E731
    return {"meetings": count(select(func.count()).select_from(ChainMeeting).where(HAS_SOURCES)),
            "documents": count(select(func.count()).select_from(ChainSource)),
            "people": count(select(func.count()).select_from(PersonRow)),
            "cases": count(select(func.count()).select_from(LinkedCase).where(LinkedCase.item_count > 1)),
            "assignments": count(select(func.count()).select_from(AssignmentRow))}


def entries_with_status(view: LinkedView, today: date, status: str, *where, limit: int | None = None
                        ) -> tuple[list[Entry], int]:
    """Entries of a status as of ``today`` (and ``where``), earliest deadline first, and how many there are."""
    condition = status_sql(today) == status
    total = view.register_count(today, condition, *where)
    ids = list(view.session.scalars(_by_due(today, condition, *where, limit=limit)))
    found = {e.id: e for e in view.register(today, AssignmentRow.key.in_(ids))} if ids else {}
    return [found[i] for i in ids], total


def _by_due(today: date, *where, limit: int | None):
    query = (select(AssignmentRow.key).join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
             .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
             .outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key)
             .where(*where).order_by(func.coalesce(AssignmentRow.due, ""), AssignmentRow.position))
    return query.limit(limit) if limit is not None else query


def next_due(today: date, session: Session, after: str) -> str | None:
    """The earliest deadline after ``after`` of an open assignment."""
    return session.scalar(
        select(func.min(AssignmentRow.due)).outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key)
        .where(AssignmentRow.due > after, status_sql(today) == "open"))


def latest_records(session: Session, before: str, batch: int = 20) -> Iterable[tuple[int, dict]]:
    """(meeting id, record) of the held documents dated up to ``before``, newest first, read in batches."""
    offset = 0
    while True:
        rows = session.execute(select(Meeting.id, Meeting.record_json).join(ChainSource)
                               .where(Meeting.date.is_not(None), Meeting.date <= before)
                               .order_by(Meeting.date.desc(), Meeting.id.desc()).offset(offset).limit(batch)).all()
        for mid, data in rows:
            yield mid, orjson.loads(data)
        if len(rows) < batch:
            return
        offset += batch
