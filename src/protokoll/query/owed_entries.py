"""A page of what a municipality owes (:mod:`.owed`) as register entries, with why it owes each: one
statement over the index of ``owed_assignments``, built once a day (the status is computed as of
``today``), and one more for the items that report them when any do."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import NamedTuple

from sqlalchemy import bindparam, select

from ..link.assignments import Entry
from ..store.cases import AssignmentMark
from ..store.linked_tables import AssignmentRow, ChainMeeting, LinkedItem, OwedRow, PersonRow
from .assignments import ASSIGNMENT_COLUMNS, AssignmentTuple, entries_of
from .items import ITEM_COLUMNS, NODE_COLUMNS, ItemRow, NodeRow, split
from .linked import LinkedView
from .register_reads import status_sql
from .statements import run


class Owed(NamedTuple):
    entry: Entry
    reason: str  #: ``protokoll.link.owed.REASONS``
    person: str | None  #: the key of the representative's person (reason ``representative``), else None


@lru_cache(maxsize=8)
def _owed_page(today: date):
    """Register rows of what municipality ``name`` owes, newest first (the register's order reversed),
    ``limit`` from ``offset``, with the reason and the representative's person key (bound per call)."""
    return (select(*ASSIGNMENT_COLUMNS, *ITEM_COLUMNS, *NODE_COLUMNS, status_sql(today).label("status"),
                   OwedRow.reason, PersonRow.key.label("person_key"))
            .select_from(OwedRow).join(AssignmentRow, AssignmentRow.id == OwedRow.assignment_id)
            .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
            .outerjoin(AssignmentMark, AssignmentMark.assignment_id == AssignmentRow.key)
            .outerjoin(PersonRow, PersonRow.id == OwedRow.person_id)
            .where(OwedRow.municipality == bindparam("name"))
            .order_by(OwedRow.position.desc()).limit(bindparam("limit")).offset(bindparam("offset")))


def owed_entries(view: LinkedView, name: str, today: date, limit: int, offset: int = 0) -> list[Owed]:
    """A page of what municipality ``name`` owes, newest first, with why (the rule: :mod:`protokoll.link.owed`)."""
    rows = run(view.session, _owed_page(today), name=name, limit=limit, offset=offset).all()
    entries = entries_of(view, today, [(*split(r, AssignmentTuple, ItemRow, NodeRow), r.status) for r in rows])
    return [Owed(e, r.reason, r.person_key) for e, r in zip(entries, rows)]
