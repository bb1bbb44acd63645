"""The CLI's listings over the linked rows (``protokoll meetings``, ``assignments --by-body``), read a
batch at a time: each is a whole-archive answer, so it streams rather than holds the archive."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from sqlalchemy import select

from ..link.chain import Node, Source
from ..store.linked_tables import ChainMeeting, ChainSource
from .items import NODE_COLUMNS, bare_node
from .linked import LinkedView


def chain_nodes(view: LinkedView, *where, size: int = 2000) -> Iterator[Node]:
    """Chain meetings in chain order with their documents' names (records not read), ``size`` at a time."""
    last = -1
    while True:
        rows = view.session.execute(select(ChainMeeting.id, ChainMeeting.position, *NODE_COLUMNS)
                                    .where(ChainMeeting.position > last, *where)
                                    .order_by(ChainMeeting.position).limit(size)).all()
        if not rows:
            return
        nodes = {r.id: bare_node(r, {}) for r in rows}
        for cm, mid, name in view.session.execute(
                select(ChainSource.chain_meeting_id, ChainSource.meeting_id, ChainSource.document_name)
                .where(ChainSource.chain_meeting_id.in_(list(nodes))).order_by(ChainSource.position)):
            nodes[cm].sources.append(Source(mid, name, {}))
        yield from nodes.values()
        last = rows[-1].position


def upcoming(view: LinkedView, today: date) -> list[Node]:
    """The dated chain meetings on or after ``today``, in chain order (the next meeting of each body is
    among them)."""
    return list(chain_nodes(view, ChainMeeting.date.is_not(None), ChainMeeting.date >= today.isoformat()))


def node_dicts(view: LinkedView) -> Iterator[dict]:
    """``Node.to_dict()`` of every chain meeting, in chain order."""
    for node in chain_nodes(view):
        yield node.to_dict()


