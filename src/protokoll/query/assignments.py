"""The assignment register, filtered, counted and paged in SQL: the one filter of ``/uppdrag``
(with its exports) and ``protokoll assignments``.

The page and the CLI match an assignee differently, and both are kept, as
a parameter of :class:`RegisterFilter` (``labels``): the page strips the
text, folds with ``fold_name`` (dashes, dots and spaces evened out) and also
takes the kinds' Swedish labels; the CLI folds with ``fold_letters`` and takes
a kind only as given (``person``). Names are matched in Python over the
archive's distinct assignees (a few thousand, read from an index) and become
an ``IN`` list, so the rows themselves are filtered, sorted, counted and paged
by the database.

``municipality`` selects what a municipality owes, as its page lists it:
assignments to the municipality, to its representatives (the person an
assignee is linked to, by their affiliation at that meeting) and group
assignments to all or several municipalities of the organisations it is a
member of, as linking stored them (:mod:`.owed`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, false, func, or_, select

from ..link.assignments import Entry
from ..store.cases import AssignmentMark
from ..store.linked_tables import AssignmentRow, ChainMeeting, LinkedItem, Membership
from ..swedish.fold import fold_letters, fold_name, slug
from .items import ITEM_COLUMNS, NODE_COLUMNS, ItemRow, NodeRow, bare_node, items_by_key, plain, split
from .linked import LinkedView
from .register_reads import marked_reports, register_entry, status_sql
from .statements import item_of_stored
from ..linking.owed import linked_persons
from .owed import owed

KINDS = ("person", "municipality", "group", "secretariat")
ASSIGNMENT_COLUMNS, AssignmentTuple = plain(AssignmentRow)  #: an assignment as a plain row
CHUNK = 500  #: keys per ``IN`` list


@dataclass(frozen=True)
class RegisterFilter:
    """What to keep of the register; empty fields keep everything."""

    assignee: str = ""  #: part of the assignee's name, or a kind
    labels: Mapping[str, str] | None = None  #: the page's matching (kind -> label also taken); None: the CLI's
    municipality: str = ""  #: a municipality's name as the gazetteer writes it: what it owes
    body: str = ""  #: "<organisation slug>/<body slug>", as in /organ/ URLs
    status: str = ""  #: open | overdue | reported | done (as of the day asked)
    due_by: str = ""  #: ISO date: a deadline on or before it

    def key(self) -> tuple:
        """The filter as a cache key (the page's and the CLI's matching differ)."""
        return (self.assignee, self.labels is None, self.municipality, self.body, self.status, self.due_by)


def conditions(view: LinkedView, f: RegisterFilter, today: date, cache=None) -> list:
    """The filter as SQL conditions on the register's join (assignments, items, chain meetings, marks).

    ``cache`` (``get(key, compute)``, kept per link generation) keeps the folded assignees."""
    where = []
    if f.status:
        where.append(status_sql(today) == f.status)
    if f.due_by:
        where += [AssignmentRow.due.is_not(None), AssignmentRow.due <= f.due_by]
    if (assignee := _assignee_condition(view, f, cache)) is not None:
        where.append(assignee)
    if f.body:
        where.append(_body_condition(view, f.body.strip("/")))
    if f.municipality:
        where.append(owed(f.municipality))
    return where


def _assignee_condition(view: LinkedView, f: RegisterFilter, cache=None):
    if f.labels is None:  # the CLI: the kind exactly as given, else part of the name (fold_letters)
        if not f.assignee:
            return None
        wanted, fold = fold_letters(f.assignee), fold_letters
        kinds = [k for k in KINDS if k == f.assignee]
    else:  # the page: stripped, folded as names, the kinds' labels too
        wanted, fold = fold_name(f.assignee.strip()), fold_name
        if not wanted:
            return None
        kinds = [k for k in KINDS if wanted in (k, f.labels.get(k, ""))]
    names = [a for a, folded in folded_assignees(view, fold, cache) if wanted in folded]
    return or_(AssignmentRow.assignee_kind.in_(kinds), *_in(AssignmentRow.assignee, names))


def _body_condition(view: LinkedView, key: str):
    """The chain meetings of the bodies whose URL key (``slug(org)/slug(body)``) is ``key``."""
    pairs = [(o, b) for o, b in view.session.execute(
        select(ChainMeeting.organization, ChainMeeting.body).distinct()) if f"{slug(o)}/{slug(b)}" == key]
    if not pairs:
        return false()
    return or_(*(and_(_equal(ChainMeeting.organization, o), _equal(ChainMeeting.body, b)) for o, b in pairs))


def _equal(column, value):
    return column.is_(None) if value is None else column == value


def in_ids(ids) -> list:
    """The SQL condition "one of these assignments" (``ids``: row ids), as one ``or_`` of chunks; a false
    one when there are none."""
    ids = sorted(ids)
    return [or_(*_in(AssignmentRow.id, ids)) if ids else false()]


def _in(column, values: list) -> list:
    """``column IN values`` in chunks (as ``or_`` arguments; none when ``values`` is empty)."""
    return [column.in_(values[i:i + CHUNK]) for i in range(0, len(values), CHUNK)]


def folded_assignees(view: LinkedView, fold, cache=None) -> list[tuple[str, str]]:
    """Every assignee as written (distinct) with its ``fold``; kept in ``cache`` (per link generation)."""
    def read() -> list[tuple[str, str]]:
        return [(a, fold(a)) for a in view.session.scalars(select(AssignmentRow.assignee).distinct())]

    return cache.get(("assignees", fold.__name__), read) if cache is not None else read()


def _joined(query, where: list):
    return (query.join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
            .outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key).where(*where))


def count(view: LinkedView, f: RegisterFilter, today: date, where: list | None = None) -> int:
    """How many assignments the filter keeps (``where``: its :func:`conditions`, when made already)."""
    where = conditions(view, f, today) if where is None else where
    if f.body:
        query = _joined(select(func.count()).select_from(AssignmentRow), where)
    else:  # items and chain meetings are not asked: count the assignments (and their marks) alone
        query = select(func.count()).select_from(AssignmentRow).where(*where)
        if f.status:
            query = query.outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key)
    return view.session.scalar(query) or 0


def page(view: LinkedView, f: RegisterFilter, today: date, number: int, size: int,
         cache=None) -> tuple[list[Entry], int]:
    """Page ``number`` (from 1) of ``size`` kept assignments, and how many are kept in all.

    With a ``cache`` (per link generation) the count is kept per filter and day."""
    where = conditions(view, f, today, cache)
    total = cache.get(("register-count", f.key(), today), lambda: count(view, f, today, where)) if cache is not None \
        else count(view, f, today, where)
    return entries_where(view, today, *where, limit=size, offset=(number - 1) * size), total


def entries(view: LinkedView, f: RegisterFilter, today: date, limit: int | None = None,
            offset: int = 0) -> list[Entry]:
    """The kept assignments in register order, as ``Entry`` with their status as of ``today``."""
    return entries_where(view, today, *conditions(view, f, today), limit=limit, offset=offset)


def entries_where(view: LinkedView, today: date, *where, limit: int | None = None,
                  offset: int = 0, newest_first: bool = False) -> list[Entry]:
    """Assignments matching SQL conditions, in register order (or its reverse): two statements (rows,
    later items)."""
    return _read(view, today, list(where), limit, offset, newest_first=newest_first)[0]


def _read(view: LinkedView, today: date, where: list, limit: int | None, offset: int = 0,
          after: str | None = None, newest_first: bool = False) -> tuple[list[Entry], str | None]:
    """(entries, register position of the last) of the rows after position ``after``."""
    status = status_sql(today).label("status")
    if after is not None:
        where = [*where, AssignmentRow.position > after]
    query = _joined(select(*ASSIGNMENT_COLUMNS, *ITEM_COLUMNS, *NODE_COLUMNS, status), where)
    query = query.order_by(AssignmentRow.position.desc() if newest_first else AssignmentRow.position)
    query = query.offset(offset)
    if limit is not None:
        query = query.limit(limit)
    rows = [(*split(r, AssignmentTuple, ItemRow, NodeRow), r[-1]) for r in view.session.execute(query).all()]
    return entries_of(view, today, rows), (rows[-1][0].position if rows else None)


def entries_of(view: LinkedView, today: date, rows: list[tuple]) -> list[Entry]:
    """The ``Entry`` of each register row split as (``AssignmentTuple``, ``ItemRow``, ``NodeRow``, status as of
    ``today``); the items that report or mention them read at once (one statement, none if no row has any)."""
    nodes: dict = {}
    day = today.isoformat()
    marked = marked_reports(view.session, [r[0] for r in rows if r[3] == "reported"], day)
    later_keys = {k for r in rows for k in (r[0].reported_by, r[0].words_by, r[0].mentioned_by) if k}
    later = {i.id: i for i in items_by_key(view, later_keys | set(marked.values()), nodes)}
    return [register_entry(a, item_of_stored(item, bare_node(node, nodes)), status, day, later, marked.get(a.key))
            for a, item, node, status in rows]


def every_entry(view: LinkedView, f: RegisterFilter, today: date, size: int = 2000,
                cache=None) -> Iterator[Entry]:
    """All kept assignments, read ``size`` at a time from where the last batch ended (the CLI, the exports)."""
    where = conditions(view, f, today, cache)
    last = None
    while True:
        batch, last = _read(view, today, where, size, after=last)
        yield from batch
        if len(batch) < size:
            return


def person_keys(view: LinkedView, names: list[tuple[str, int | None]]) -> dict[tuple[str, int | None], str | None]:
    """(name, meeting id) -> the key of the person the name is linked to there (``LinkedView.person_key``),
    for many names in one statement."""
    folded = {(n, m): fold_name(n) for n, m in names if n}
    found = linked_persons(view.session, {(m, f) for (_, m), f in folded.items()}) if folded else {}
    return {(n, m): (found.get((m, f)) or (None, None))[1] for (n, m), f in folded.items()}


def filter_choices(view: LinkedView) -> tuple[list[tuple[str, str]], list[str]]:
    """The register's filter choices: every (organisation, body) of the chain, and every member
    municipality, sorted."""
    groups = sorted({(o or "", b or "") for o, b in view.session.execute(
        select(ChainMeeting.organization, ChainMeeting.body).distinct())})
    places = sorted(set(view.session.scalars(select(Membership.municipality).distinct())))
    return groups, places


def unfinished_with_deadline(today: date) -> list:
    """SQL conditions: open or overdue as of ``today``, with an ISO deadline."""
    return [status_sql(today).in_(("open", "overdue")), AssignmentRow.due.is_not(None)]


def exists(view: LinkedView, key: str) -> bool:
    """Whether an assignment of this id (``<item id>/<n>``) is in the register."""
    return view.session.scalar(select(AssignmentRow.id).where(AssignmentRow.key == key)) is not None
