"""The items and cases, as :class:`protokoll.query.linked.LinkedView` reads them.

:class:`ItemReads` is the view's part that reads ``LinkedItem`` rows (with their chain meetings, in one
statement) into ``CaseItem``s, and ``LinkedCase`` rows into ``Case``s with their items.
"""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..link.cases import Case, CaseItem
from ..store.linked_tables import ChainMeeting, LinkedCase, LinkedItem
from .statements import ITEM_COLUMNS, NODE_COLUMNS, item_of_row, run

_ITEMS_BY_KEY = (select(*ITEM_COLUMNS, LinkedItem.rank.label("item_rank"), *NODE_COLUMNS)
                 .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
                 .where(LinkedItem.key.in_(bindparam("keys", expanding=True))).order_by(LinkedItem.rank))


class ItemReads:
    """Items and cases of a :class:`protokoll.query.linked.LinkedView` (its memo: ``_cases``; the items'
    chain meetings read by its :class:`protokoll.query.chain_reads.ChainReads` part)."""

    session: Session
    _cases: dict[int, Case]

    def items(self, *where, limit: int | None = None, sources: bool = True) -> list[CaseItem]:
        """Items in archive order (``CaseItem.order``), filtered by conditions on ``LinkedItem``, read with
        their chain meetings in one statement (and those meetings' documents in one more, if ``sources``)."""
        query = (select(*ITEM_COLUMNS, *NODE_COLUMNS).join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
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
        return [item_of_row(r, node) for r, node in zip(rows, self._nodes_of_rows(rows, sources, records=False))]

    def item(self, key: str) -> CaseItem | None:
        found = self.items(LinkedItem.key == key)
        return found[0] if found else None

    def items_of_meeting(self, meeting_id: int) -> list[CaseItem]:
        """A stored meeting's items, in the record's order."""
        return sorted(self.items(LinkedItem.meeting_id == meeting_id), key=lambda i: i._position)

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
