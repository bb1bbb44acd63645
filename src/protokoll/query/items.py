"""Items with their chain meeting, read in one statement: what lists of items (a case's timeline,
the register's rows) show, without the meetings' documents and records.

:meth:`LinkedView.items` also reads each meeting's sources and their records,
which a page of items never shows; these helpers build the ``Node`` of an
item from its ``chain_meetings`` row only (``sources`` left empty) and keep
such nodes out of the view's memo, so a later ``view.node(key)`` still reads
a whole one.
"""

from __future__ import annotations

import orjson
from sqlalchemy import select

from ..link.cases import CaseItem
from ..link.chain import Node
from ..store.linked_tables import ChainMeeting, LinkedItem
from .linked import LinkedView

#: The ``chain_meetings`` columns a node is made of, selected beside an item.
NODE_COLUMNS = (ChainMeeting.key, ChainMeeting.date, ChainMeeting.organization, ChainMeeting.body,
                ChainMeeting.kind, ChainMeeting.year, ChainMeeting.items_json, ChainMeeting.after,
                ChainMeeting.before, ChainMeeting.previous, ChainMeeting.next)


def bare_node(row, nodes: dict[str, Node]) -> Node:
    """The node of a row holding ``NODE_COLUMNS`` (one per key in ``nodes``), without its sources."""
    node = nodes.get(row.key)
    if node is None:
        node = Node(row.key, row.date, row.organization, row.body, row.kind, row.year, [],
                    orjson.loads(row.items_json), row.after, row.before, row.previous, row.next)
        nodes[row.key] = node
    return node


def item_select(*columns):
    """``select(LinkedItem, *columns, *NODE_COLUMNS)`` joined to the item's chain meeting."""
    return select(LinkedItem, *columns, *NODE_COLUMNS).join(ChainMeeting,
                                                           ChainMeeting.id == LinkedItem.chain_meeting_id)


def bare_items(view: LinkedView, *where, nodes: dict[str, Node] | None = None, limit: int | None = None,
               offset: int = 0) -> list[CaseItem]:
    """Items in archive order (``rank``), filtered by conditions on ``LinkedItem``/``ChainMeeting``
    (``limit`` of them from ``offset``: a page of a long list)."""
    nodes = {} if nodes is None else nodes
    query = item_select().where(*where).order_by(LinkedItem.rank).offset(offset)
    rows = view.session.execute(query.limit(limit) if limit is not None else query).all()
    return [LinkedView._item(r[0], bare_node(r, nodes)) for r in rows]
