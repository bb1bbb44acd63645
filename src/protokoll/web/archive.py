"""The linked archive the pages read: chain, cases, people, organisations, assignments.

Linking runs over every stored current record, so it is done where the data
changes and its answer stored (:mod:`protokoll.linking`); each process loads
that answer once and keeps it until :func:`~protokoll.linking.archive_key`
(one cheap statement) says the stored data changed. Lookups the pages
make per request (the register by entry id, the chain by body and date) are
indexed once per ``Linked``, and rendered meeting pages are kept with it.
"""

from __future__ import annotations

import gc
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..link.assignments import Entry, register
from ..link.cases import Case, CaseItem
from ..link.chain import Chain, Node, Source
from ..link.orgs import Organisation, fold
from ..link.people import Person
from ..linking import archive_key, gc_paused, linked_archive
from ..store.cases import done_assignments
from ..store.models import Document, Meeting
from .cache import SearchCache

PAGES = 512  #: rendered meeting pages kept per linked state (some 10-50 KB each)


@dataclass
class Linked:
    """Everything the linkers make of the current records, with lookups the pages need."""

    chain: Chain
    items: list[CaseItem]
    cases: list[Case]
    people: list[Person]
    orgs: list[Organisation]
    done: set[str]
    documents: dict[int, int]  #: meeting id -> document id
    formats: dict[int, str]  #: meeting id -> document format
    sources: dict[int, Source] = field(default_factory=dict)  #: meeting id -> its chain source
    node_of: dict[int, Node] = field(default_factory=dict)  #: meeting id -> its chain node
    meeting_of_document: dict[str, int] = field(default_factory=dict)  #: file name -> meeting id
    case_of_item: dict[str, Case] = field(default_factory=dict)
    person_by_id: dict[str, Person] = field(default_factory=dict)
    person_in_meeting: dict[tuple[int, str], str] = field(default_factory=dict)  #: (meeting, folded name) -> id
    person_by_name: dict[str, str] = field(default_factory=dict)  #: folded name -> id (first seen)
    _registers: dict[str, list[Entry]] = field(default_factory=dict)
    pages: SearchCache = field(default_factory=lambda: SearchCache(PAGES))  #: rendered pages of this state
    _entries: dict[str, dict[str, Entry]] = field(default_factory=dict)
    _nodes_on: dict[tuple, Node] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        for node in self.chain.nodes:
            for src in node.sources:
                self.sources[src.meeting_id] = src
                self.node_of[src.meeting_id] = node
                self.meeting_of_document[src.document_name] = src.meeting_id
        self.case_of_item = {i.id: c for c in self.cases for i in c.items}
        self.person_by_id = {p.id: p for p in self.people}
        for p in self.people:
            for m in p.mentions:
                self.person_in_meeting.setdefault((m.meeting_id, fold(m.name)), p.id)
                self.person_by_name.setdefault(fold(m.name), p.id)

    def register(self, today: date) -> list[Entry]:
        """The assignment register as of ``today`` (kept per day)."""
        key = today.isoformat()
        with self._lock:
            if key not in self._registers:
                if len(self._registers) > 4:
                    self._registers.clear()
                self._registers[key] = register(self.chain, self.items, self.cases, today, self.done)
            return self._registers[key]

    def entries(self, today: date) -> dict[str, Entry]:
        """The register as of ``today`` by entry id (kept with the register)."""
        key = today.isoformat()
        with self._lock:
            found = self._entries.get(key)
        if found is None:
            found = {e.id: e for e in self.register(today)}
            with self._lock:
                if len(self._entries) > 4:
                    self._entries.clear()
                self._entries[key] = found
        return found

    def node_on(self, group: tuple, day: str | None) -> Node | None:
        """The first chain node of a body (``group``) held on ``day``."""
        if not day:
            return None
        if self._nodes_on is None:
            nodes: dict[tuple, Node] = {}
            for n in self.chain.nodes:
                if n.date:
                    nodes.setdefault((n.group, n.date), n)
            self._nodes_on = nodes
        return self._nodes_on.get((group, day))

    def person_id(self, name: str | None, meeting_id: int | None = None) -> str | None:
        """The id of the person a name in a meeting is linked to, if any."""
        if not name:
            return None
        key = fold(name)
        return self.person_in_meeting.get((meeting_id, key)) or self.person_by_name.get(key)

    def item_meeting(self, item: CaseItem) -> int | None:
        """The stored meeting id of a case item's document."""
        return self.meeting_of_document.get(item.document)


def build_linked(session: Session, key: tuple | None = None) -> Linked:
    """The linked archive (the stored snapshot, or linked now) with what the pages read besides.

    ``session`` reads one snapshot (:mod:`protokoll.web.database`) in which
    ``key`` was read. Linking now stores its answer and commits, which ends
    that snapshot, so the rest is read before it: every part is of one state.
    """
    rows = session.execute(select(Meeting.id, Meeting.document_id, Document.format)
                           .join(Document).where(Document.current)).all()
    done = done_assignments(session)
    result = linked_archive(session, key)
    return Linked(result.chain, result.items, result.cases, result.people, result.orgs,
                  done, {r[0]: r[1] for r in rows}, {r[0]: r[2] for r in rows})


class ArchiveCache:
    """One ``Linked`` per app, rebuilt when ``archive_key`` changes."""

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._value: Linked | None = None
        self._lock = threading.Lock()
        self.builds = 0  #: how often linking ran (tests and the status page read it)

    def get(self, session: Session) -> Linked:
        """The linked archive; concurrent requests wait for one build instead of building each."""
        key = archive_key(session)
        with self._lock:
            if self._value is not None and key == self._key:
                return self._value
            session.rollback()  # a request that read the key before a change must not build the old data
            key = archive_key(session)
            if self._value is None or key != self._key:
                gc.unfreeze()  # the archive being replaced may be collected again
                self._value = None
                with gc_paused():
                    self._value, self._key = build_linked(session, key), key
                gc.freeze()  # it lives until the data changes: collections need not walk it each time
                self.builds += 1
            return self._value


def by_meeting(entries: list[Entry], linked: Linked) -> dict[int, list[Entry]]:
    """Register entries grouped by the stored meeting of their item."""
    out: dict[int, list[Entry]] = defaultdict(list)
    for e in entries:
        mid = linked.item_meeting(e.item)
        if mid is not None:
            out[mid].append(e)
    return out
