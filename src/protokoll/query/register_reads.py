"""The assignment register, as :class:`protokoll.query.linked.LinkedView` reads it.

An assignment's status as of ``today`` is computed by the database (:func:`status_sql`): done (closed
by hand) > reported (a report held by today, found by linking or marked by a member with the item that
reports it) > overdue (deadline before today) > open. :class:`RegisterReads` is the view's part that
reads register rows into ``Entry``s (:func:`register_entry`).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from functools import lru_cache

import orjson
from sqlalchemy import and_, bindparam, case as sql_case, exists, func, literal, or_, select
from sqlalchemy.orm import Session

from ..link.assignments import Entry
from ..link.cases import CaseItem
from ..store.cases import AssignmentMark
from ..store.my_assignments import AssignmentReport
from ..store.linked_tables import AssignmentRow, ChainMeeting, LinkedItem
from .statements import run


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


class RegisterReads:
    """The assignment register of a :class:`protokoll.query.linked.LinkedView` (its items read by its
    :class:`protokoll.query.item_reads.ItemReads` part)."""

    session: Session

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
        return [register_entry(a, items[a.item_key], a.status, day, later, marked.get(a.key)) for a in rows]

    def register_count(self, today: date, *where) -> int:
        return self.session.scalar(
            select(func.count()).select_from(AssignmentRow)
            .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
            .outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key).where(*where)) or 0

    def entry(self, key: str, today: date) -> Entry | None:
        found = self.register(today, AssignmentRow.key == key)
        return found[0] if found else None


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


def register_entry(a: AssignmentRow, item: CaseItem, status: str, day: str, later: dict[str, CaseItem],
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
