"""The interface pages had of the in-memory archive (``Linked``), over a :class:`protokoll.query.linked.LinkedView`.

:class:`ArchiveView` reads each part with SQL when asked; :func:`load_nodes` and :func:`load_register` read
what the people, municipality, organisation and body pages list.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from sqlalchemy import or_, select, union_all
from sqlalchemy.orm import Session

from ..link.assignments import Entry
from ..link.cases import Case
from ..link.chain import Node, Source
from ..link.orgs import Organisation
from ..link.people import Person
from ..store.cases import AssignmentMark
from ..store.linked_tables import AssignmentRow, ChainMeeting, LinkedItem
from .linked import LinkedView


class _Lookup:
    """A read-only mapping asked key by key (``one``); iterating it reads every row (``every``)."""

    def __init__(self, one, every=None) -> None:
        self._one, self._every, self._memo = one, every, {}

    def get(self, key, default=None):
        if key not in self._memo:
            self._memo[key] = self._one(key)
        found = self._memo[key]
        return default if found is None else found

    def __getitem__(self, key):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __contains__(self, key) -> bool:
        return self.get(key) is not None

    def items(self):
        return self._every()

    def __len__(self) -> int:
        return len(self._every())

    def __iter__(self):
        return iter(k for k, _ in self._every())

    def values(self):
        return [v for _, v in self._every()]


class _ChainView:
    """``Chain``'s interface over the rows: ``by_id`` asks one key; ``nodes`` reads them all."""

    def __init__(self, view: LinkedView) -> None:
        self._view = view
        self.by_id = _Lookup(view.node)
        self._all: list[Node] | None = None

    @property
    def nodes(self) -> list[Node]:
        if self._all is None:
            self._all = self._view.nodes()
        return self._all

    def next_node(self, node: Node) -> Node | None:
        return self._view.node(node.next)


class ArchiveView(LinkedView):
    """``LinkedView`` with the interface pages had of the in-memory archive (``Linked``), each part read
    with SQL when asked. The whole-archive parts (``chain.nodes``, ``people``, ``cases``, ``items``,
    ``register(today)`` without filters) read every row: pages over the whole archive page or filter in
    SQL instead (``nodes(...)``, ``register(today, *where, limit=)``)."""

    def __init__(self, session: Session, pages=None) -> None:
        super().__init__(session)
        self.pages = pages  #: rendered pages of this link generation (the web state's cache)
        self.chain = _ChainView(self)
        self.node_of = _Lookup(self.node_of_meeting, lambda: [(s.meeting_id, n) for n in self.chain.nodes
                                                             for s in n.sources])
        self.sources = _Lookup(self._source, lambda: [(s.meeting_id, s) for n in self.chain.nodes
                                                      for s in n.sources])
        self.person_by_id = _Lookup(self.person, lambda: [(p.id, p) for p in self.people])
        self.case_of_item = _Lookup(self._case_of_item_key)
        self.documents = _Lookup(lambda mid: self.meeting_document(mid)[0])
        self.formats = _Lookup(lambda mid: self.meeting_document(mid)[1])
        self._people: list[Person] | None = None
        self._all_cases: list[Case] | None = None
        self._orgs: list[Organisation] | None = None

    def _source(self, meeting_id: int) -> Source | None:
        node = self.node_of_meeting(meeting_id)
        return next((s for s in node.sources if s.meeting_id == meeting_id), None) if node else None

    def _case_of_item_key(self, key: str) -> Case | None:
        row_id = self.session.scalar(select(LinkedItem.case_id).where(LinkedItem.key == key))
        return self._case(row_id) if row_id is not None else None

    @property
    def people(self) -> list[Person]:
        if self._people is None:
            self._people = self.persons()
        return self._people

    @property
    def orgs(self) -> list[Organisation]:
        if self._orgs is None:
            self._orgs = self.organizations()
        return self._orgs

    @property
    def cases(self) -> list[Case]:
        if self._all_cases is None:
            self._all_cases = self.case_list()
        return self._all_cases

    @property
    def done(self) -> set[str]:
        return set(self.session.scalars(select(AssignmentMark.assignment_id)
                                        .where(AssignmentMark.status == "done")))

    def entries(self, today: date) -> dict[str, Entry]:
        return {e.id: e for e in self.register(today)}

    def person_id(self, name: str | None, meeting_id: int | None = None) -> str | None:
        return self.person_key(name, meeting_id)

    item_meeting = LinkedView.item_meeting_id  #: the old interface's name


def load_nodes(view: LinkedView, *where, records: bool = True) -> list[Node]:
    """``view.nodes(*where)``: the chain meetings with their sources (kept for its callers' names)."""
    return view.nodes(*where, records=records)


def load_register(view: LinkedView, today: date, ids: Collection[int]) -> list[Entry]:
    """``view.register(today, AssignmentRow.id.in_(ids))``, its items' and later items' meetings read at once
    (their records only when looked into: a list of assignments shows none)."""
    if not ids:
        return []
    ids = list(ids)
    a = AssignmentRow
    later = [select(col).where(a.id.in_(ids), col.is_not(None)) for col in (a.reported_by, a.words_by, a.mentioned_by)]
    given = select(LinkedItem.chain_meeting_id).join(a, a.item_id == LinkedItem.id).where(a.id.in_(ids))
    reporting = select(LinkedItem.chain_meeting_id).where(LinkedItem.key.in_(union_all(*later)))
    load_nodes(view, or_(ChainMeeting.id.in_(given), ChainMeeting.id.in_(reporting)), records=False)
    return view.register(today, a.id.in_(ids))
