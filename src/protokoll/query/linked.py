"""The linked archive as the pages read it, asked from the linked tables per request.

:class:`LinkedView` answers the questions pages and ``--json`` listings
ask of the linked archive (a chain meeting and its neighbours, the items of
a meeting and their cases, a case, a person and their mentions, the
organisations, the assignment register) with SQL over the rows of
:mod:`protokoll.store.linked_tables`, and gives the answers as the linkers'
own types (``Node``, ``CaseItem``, ``Case``, ``Person``, ``Organisation``,
``Entry``), built only for what was asked. It holds a session and small
per-request memos, never the archive: make one per request.

Its parts, one module each: chain meetings and documents (:mod:`.chain_reads`),
items and cases (:mod:`.item_reads`), people and organisations
(:mod:`.people_reads`), the assignment register and its status SQL
(:mod:`.register_reads`); what they share is in :mod:`.statements`. The
interface pages had of the in-memory archive is :mod:`.archive_view`.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..link.cases import Case
from ..link.chain import Node
from .chain_reads import ChainReads
from .item_reads import ItemReads
from .people_reads import PeopleReads
from .register_reads import RegisterReads


class LinkedView(ChainReads, ItemReads, PeopleReads, RegisterReads):
    """One request's view of the linked archive (see the module docstring)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._nodes: dict[str, Node] = {}  #: chain key -> node (sources loaded)
        self._records: dict[int, dict] = {}
        self._cases: dict[int, Case] = {}
        self._bare: set[str] = set()  #: keys of nodes read without their documents (read when asked for)
        self._node_keys: dict[int, str | None] = {}  #: stored meeting id -> its chain meeting's key
        self._documents: dict[int, tuple] = {}  #: stored meeting id -> (document id, format, text)
