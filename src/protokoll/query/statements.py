"""What the linked view's modules share: statements run on the session's connection, and items built of rows.

The column lists a chain meeting (``NODE_COLUMNS``) and an item (``ITEM_COLUMNS``) are read with, as plain
rows, and the ``CaseItem`` built of such a row or of a ``LinkedItem``.
"""

from __future__ import annotations

import orjson
from sqlalchemy.orm import Session

from ..link.cases import CaseItem
from ..link.chain import Node
from ..store.linked_tables import ChainMeeting, LinkedItem

ITEM_COLUMNS = (LinkedItem.key.label("item_key"), LinkedItem.document_name, LinkedItem.number, LinkedItem.title,
                 LinkedItem.decisions_json, LinkedItem.assignments_json, LinkedItem.routine,
                 LinkedItem.kind.label("item_kind"), LinkedItem.position.label("item_position"), LinkedItem.case_id,
                 LinkedItem.meeting_id)
NODE_COLUMNS = (ChainMeeting.id, ChainMeeting.key, ChainMeeting.date, ChainMeeting.organization, ChainMeeting.body,
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


def is_row_id(value) -> bool:
    """An integer a database id column can hold (a URL may carry any number)."""
    return isinstance(value, int) and 0 <= value < 2**63


def item_of_row(r, node: Node) -> CaseItem:
    """A ``CaseItem`` of a row of ``ITEM_COLUMNS`` (as ``item_of_stored`` of a ``LinkedItem``)."""
    item = CaseItem(r.item_key, node, r.document_name, r.number, r.title, orjson.loads(r.decisions_json),
                    orjson.loads(r.assignments_json), r.routine, kind=r.item_kind)
    item._position, item._case_row, item._meeting_id = r.item_position, r.case_id, r.meeting_id
    return item


def item_of_stored(row: LinkedItem, node: Node) -> CaseItem:
    """A ``CaseItem`` of a ``LinkedItem`` (or a plain row with its columns' names)."""
    item = CaseItem(row.key, node, row.document_name, row.number, row.title, orjson.loads(row.decisions_json),
                    orjson.loads(row.assignments_json), row.routine, kind=row.kind)
    item._position, item._case_row, item._meeting_id = row.position, row.case_id, row.meeting_id
    return item
