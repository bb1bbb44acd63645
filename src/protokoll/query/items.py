"""Items with their chain meeting, read in one statement: what lists of items (a case's timeline,
the register's rows) show, without the meetings' documents and records.

:meth:`LinkedView.items` also reads each meeting's sources and their records,
which a page of items never shows; these helpers build the ``Node`` of an
item from its ``chain_meetings`` row only (``sources`` left empty) and keep
such nodes out of the view's memo, so a later ``view.node(key)`` still reads
a whole one.
"""

from __future__ import annotations

from collections import namedtuple

import orjson
from sqlalchemy import bindparam, select

from ..link.cases import CaseItem
from ..link.chain import Node
from ..store.linked_tables import ChainMeeting, LinkedItem
from .linked import LinkedView
from .statements import item_of_stored, run

#: The ``chain_meetings`` columns a node is made of, selected beside an item.
NODE_COLUMNS = (ChainMeeting.key, ChainMeeting.date, ChainMeeting.organization, ChainMeeting.body,
                ChainMeeting.kind, ChainMeeting.year, ChainMeeting.items_json, ChainMeeting.after,
                ChainMeeting.before, ChainMeeting.previous, ChainMeeting.next)


def plain(entity) -> tuple[tuple, type]:
    """The columns of an ORM class (by attribute) and a named tuple of them: rows read as such tuples
    instead of ORM objects (a page of items or assignments built ORM objects at a third of its cost)."""
    attributes = [a.key for a in entity.__mapper__.column_attrs]
    return tuple(getattr(entity, a) for a in attributes), namedtuple(entity.__name__ + "Row", attributes)


ITEM_COLUMNS, ItemRow = plain(LinkedItem)  #: a ``LinkedItem`` as a plain row (``item_of_stored`` reads either)
NodeRow = namedtuple("NodeRow", [c.key for c in NODE_COLUMNS])


def split(row, *kinds: type) -> list:
    """A row of several plain parts, in order (``ItemRow``, ``NodeRow``...), as one tuple of each."""
    out, start = [], 0
    for kind in kinds:
        end = start + len(kind._fields)
        out.append(kind._make(row[start:end]))
        start = end
    return out


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
    query = (select(*ITEM_COLUMNS, *NODE_COLUMNS).join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
             .where(*where).order_by(LinkedItem.rank).offset(offset))
    rows = view.session.execute(query.limit(limit) if limit is not None else query).all()
    return [item_of_stored(item, bare_node(node, nodes)) for item, node in (split(r, ItemRow, NodeRow) for r in rows)]


_BY_KEY = (select(*ITEM_COLUMNS, *NODE_COLUMNS).join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
           .where(LinkedItem.key.in_(bindparam("keys", expanding=True))).order_by(LinkedItem.rank))


def items_by_key(view: LinkedView, keys, nodes: dict[str, Node] | None = None, chunk: int = 500) -> list[CaseItem]:
    """:func:`bare_items` of the items of ``keys``, in archive order within each ``chunk`` of sorted keys (as
    an ``IN`` list of each): a statement built once (:func:`run`), none when ``keys`` is empty."""
    nodes = {} if nodes is None else nodes
    keys = sorted(keys)
    rows = [r for i in range(0, len(keys), chunk) for r in run(view.session, _BY_KEY, keys=keys[i:i + chunk])]
    return [item_of_stored(item, bare_node(node, nodes)) for item, node in (split(r, ItemRow, NodeRow) for r in rows)]
