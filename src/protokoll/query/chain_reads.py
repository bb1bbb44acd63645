"""The chain meetings, their documents and records, as :class:`protokoll.query.linked.LinkedView` reads them.

:class:`ChainReads` is the view's part that reads ``ChainMeeting`` and ``ChainSource`` rows into
``Node``s with their ``Source``s (a source's record read with it, or when first looked
into), and a stored meeting's document.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import orjson
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..link.chain import Node, Source
from ..store.linked_tables import ChainMeeting, ChainSource
from ..store.models import Document, Meeting
from .statements import NODE_COLUMNS, is_row_id, run

_NODE_OF_MEETING = (select(*NODE_COLUMNS).where(ChainMeeting.id.in_(
    select(ChainSource.chain_meeting_id).where(ChainSource.meeting_id == bindparam("meeting_id"))))
    .order_by(ChainMeeting.position))
_SOURCE_COLUMNS = (ChainSource.chain_meeting_id, ChainSource.meeting_id, ChainSource.document_name)
_SOURCES = (select(*_SOURCE_COLUMNS).where(ChainSource.chain_meeting_id.in_(bindparam("ids", expanding=True)))
            .order_by(ChainSource.position))
_SOURCES_RECORDS = (select(*_SOURCE_COLUMNS, Meeting.record_json).join(Meeting, Meeting.id == ChainSource.meeting_id)
                    .where(ChainSource.chain_meeting_id.in_(bindparam("ids", expanding=True)))
                    .order_by(ChainSource.position))
_RECORDS = select(Meeting.id, Meeting.record_json).where(Meeting.id.in_(bindparam("ids", expanding=True)))
#: a stored meeting's document (id, format) and whether a correction was applied to it (``extracted_json``
#: is kept only then): what its page shows of the document, without reading the document's text
_MEETING_DOCUMENT = (select(Meeting.document_id, Document.format, Meeting.extracted_json.is_not(None))
                     .join(Document).where(Meeting.id == bindparam("meeting_id")))


class ChainReads:
    """Chain meetings and documents of a :class:`protokoll.query.linked.LinkedView` (its memos: ``_nodes``,
    ``_records``, ``_bare``, ``_node_keys``, ``_documents``)."""

    session: Session
    _nodes: dict[str, Node]
    _records: dict[int, dict]
    _bare: set[str]
    _node_keys: dict[int, str | None]
    _documents: dict[int, tuple]

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
        if not is_row_id(meeting_id):
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
        query = select(*NODE_COLUMNS).where(*where).order_by(ChainMeeting.position).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        rows = self.session.execute(query).all()
        return self._nodes_of_rows(rows, sources, records)

    def _nodes_of_rows(self, rows, sources: bool = True, records: bool = True) -> list[Node]:
        """The nodes of rows of ``NODE_COLUMNS`` (the view's own when it has read them), with their
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
        wanted = [m for m in set(meeting_ids) if m not in self._records and is_row_id(m)]
        for start in range(0, len(wanted), 500):
            for mid, data in run(self.session, _RECORDS, ids=wanted[start:start + 500]):
                self._records[mid] = orjson.loads(data)
        return self._records

    def document_of(self, meeting_ids: Iterable[int]) -> dict[int, tuple[int, str]]:
        """Meeting id -> (document id, format)."""
        ids = [m for m in set(meeting_ids) if is_row_id(m)]
        return {m: (d, f) for m, d, f in self.session.execute(
            select(Meeting.id, Meeting.document_id, Document.format).join(Document).where(Meeting.id.in_(ids)))}

    def meeting_document(self, meeting_id: int) -> tuple[int | None, str | None, bool]:
        """(document id, format, whether a correction was applied) of a stored meeting's document, one
        statement once per view."""
        if meeting_id not in self._documents:
            row = run(self.session, _MEETING_DOCUMENT, meeting_id=meeting_id).first() \
                if is_row_id(meeting_id) else None
            self._documents[meeting_id] = (row[0], row[1], bool(row[2])) if row else (None, None, False)
        return self._documents[meeting_id]


class _Record(Mapping):
    """A stored meeting's record as a node's source holds it: read from the view (``records``, which
    keeps what it read) when first looked into, so nodes read for their dates and names only, as
    lists of items and assignments need them, read no records."""

    __slots__ = ("_view", "_meeting_id")

    def __init__(self, view: ChainReads, meeting_id: int) -> None:
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
