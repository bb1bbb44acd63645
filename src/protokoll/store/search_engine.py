"""The embedded search engine of a SQLite archive: a tantivy index beside the database.

The database stays the only source of truth: ``search_units`` (migration
0005) holds every unit with its analysed terms, written in the meeting's own
transaction, and ``search_changes`` (migration 0009) logs, in that same
transaction, which meeting's units changed (``meeting_id`` NULL: all of
them, after a reindex). The tantivy index in ``<database>.search/`` is
derived from them and can always be thrown away and rebuilt. Every search
first brings it up to the newest logged change and opens that commit
(:meth:`Engine.sync`), so every process answers one state of the database
from one index: the same hits, total, facets and order. Why this cannot lose,
tear or disagree:

* ingest never writes the index, only the database (one transaction, as before);
* a sync applies whole meetings (delete by ``meeting_id``, add its current
  units) and records the change it reached (``seq``) and the database's
  ``search_state.epoch`` in a state document committed *with* the units;
  tantivy's commit is atomic, so after ``kill -9`` the index is at its last
  commit and the next sync repeats the rest (applying a meeting twice changes
  nothing);
* an index ahead of the database or of another database (another epoch; a
  restored backup) is rebuilt from the database;
* one process writes at a time (tantivy's lock file, released by the OS when
  a process dies); a search that needs its changes waits for its commit
  rather than answer from the SQL term index, which ranks otherwise (another
  BM25): the first search after a start or a large ingest waits for the
  catch-up (a full build: ~5 s at 2,000 meetings, bench/results.md). Only
  after :func:`wait_seconds` does the SQL term index answer, with a note;
* a process opens the newest commit whenever ``meta.json`` changed (a
  commit or a merge by any process), so no process scores with the
  statistics of an older set of segments than another.

The same Swedish analysis (:mod:`protokoll.swedish.stems`) made the stored terms,
and the fields are split on spaces only (:mod:`.search_engine_schema`), so the hit sets are exactly those
of the SQL term index. Ranking is BM25 over ``title_terms`` (weighted
:data:`~.search_query.TITLE_WEIGHT`) and ``terms``; ties go to the newest
meeting, then the lower id (:mod:`.search_engine_ties`). Counts and facets are always exact
(tantivy's aggregations over every hit).

Set ``PROTOKOLL_SEARCH_ENGINE=sql`` to search with the SQL term index only.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
import time
import weakref
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from .search_engine_facets import FacetTable
from .search_engine_find import Found, find
from .search_engine_wait import WAIT, WAIT_ENV, raw, wait_seconds  # noqa: F401 (the names callers import here)
from .search_engine_schema import STATE, TABLE, add_newest_first, add_state, add_units
from .search_engine_schema import UNITS as _UNITS, schema as _schema
from .search_engine_ties import Ranks

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

VERSION = "v7"  #: of the schema below; an index of another version is thrown away and rebuilt
log = logging.getLogger(__name__)
ENGINE_ENV = "PROTOKOLL_SEARCH_ENGINE"  #: "sql" turns the embedded engine off
SUFFIX = ".search"  #: the index directory: the database file's path plus this
#: bytes of the writer's indexing buffer, taken as documents are added: a full build in one segment, in rank
#: order (:mod:`.search_engine_ranks`; 530,000 units: ~300 MB peak, bench/results.md)
HEAP = 1_000_000_000
POLL = 0.05  #: seconds between looks at an index another process is writing
_BUSY = "LockBusy"  #: tantivy's error when another writer holds the index (other lock errors: no directory)
BATCH = 2_000  #: meetings read from the database at once during a sync
EPOCH = "SELECT epoch FROM search_state WHERE id = 1"  #: the database's epoch (a reindex makes a new one)
CHANGE = "SELECT coalesce(max(seq), 0) FROM search_changes"  #: the database's newest change
NEWEST = f"SELECT ({EPOCH}), ({CHANGE})"
class Engine:
    """The tantivy index of one database file, shared by the threads of a process."""

    def __init__(self, folder: Path) -> None:
        folder = folder / VERSION
        folder.mkdir(parents=True, exist_ok=True)
        for other in folder.parent.iterdir():  # indexes of an older schema: rebuilt from the database
            if other.name != VERSION and other.is_dir():
                shutil.rmtree(other, ignore_errors=True)
        self.folder = folder
        self.meta = str(folder / "meta.json")  #: tantivy's list of the segments of the newest commit
        self.schema = _schema()
        self.index = tantivy.Index(self.schema, path=str(folder), reuse=True)
        self.lock = threading.Lock()  #: held to open a newer commit or to write one
        self.seq: int | None = None  #: the change the open commit has applied
        self.epoch: str | None = None
        self.mark: tuple | None = None  #: the ``meta.json`` of the open commit (:meth:`_mark`); None: none yet
        #: the searcher of that state and the ranks of its documents, replaced as one value
        #: (a search reads it without the lock while a sync holds it)
        self.view: tuple = (None, {})

    # --- keeping up with the database ---------------------------------------------------

    def _mark(self):
        """The identity of the newest commit on disk: tantivy replaces ``meta.json`` at every commit
        and every merge, by any process."""
        try:
            st = os.stat(self.meta)
        except FileNotFoundError:
            return ()
        return st.st_ino, st.st_mtime_ns, st.st_size

    def _refresh(self) -> None:
        """Open the newest commit when it is not the one open (another process may have written it)."""
        mark = self._mark()
        if mark != self.mark:
            self._read_state()
            self.mark = mark  # set after: a commit made meanwhile is opened by the next search

    def _read_state(self) -> None:
        """Open the newest commit: its state document, and the rank of every document by address.

        Ranks come from one pass over the ``rank`` fast field (reading stored
        documents costs ~0.2 ms each, too much for the hits of a page).
        """
        self.index.reload()
        searcher = self.index.searcher()
        found = searcher.search(tantivy.Query.term_query(self.schema, "kind", STATE), 1)
        seq, epoch, table = None, None, None
        if found.hits:
            doc = searcher.doc(found.hits[0][1]).to_dict()
            seq, epoch, table = doc["seq"][0], doc["epoch"][0], doc.get(TABLE, [None])[0]
        every = searcher.search(tantivy.Query.all_query(), searcher.num_docs + 1, count=False, order_by_field="rank")
        ranks = Ranks.read(every.hits)
        ranks.facets = FacetTable.loads(table)
        self.view = (searcher, ranks)
        self.seq, self.epoch = seq, epoch  # after the view: a search that finds them current finds it

    def opened(self) -> tuple | None:
        """``(epoch, change, view)`` of the open commit when it is the newest on disk, else None: a search may
        read its hits before it asks the database (:func:`.search._quick`). (The state is read before the view,
        which :meth:`_read_state` replaces first: a view opened meanwhile is of a commit at least as new, and at
        the same change of the database when that change is still the newest: the same units.)"""
        epoch, seq = self.epoch, self.seq
        if seq is None or self._mark() != self.mark:
            return None
        return epoch, seq, self.view

    def _current(self, session: Session) -> tuple[bool, str, int]:
        """Whether the open commit is at the database's newest change; the database's epoch and change.

        The database is read after the index: its newest change is never older
        than the one any process brought the index to.
        """
        epoch, newest = raw(session).execute(NEWEST).fetchone()  # per search: the DB-API cursor, not the ORM
        return self.epoch == epoch and self.seq == newest, epoch, newest

    def sync(self, session: Session, timeout: float | None = None) -> bool:
        """True when the index is at the database's newest change and its newest commit is open.

        Every search waits for this, so that every process answers one state
        of the database from one index: the changes are applied here (all of
        them, a whole rebuild included), or, while another thread or process
        applies them, this waits for its commit. False only after ``timeout``
        seconds (default :func:`wait_seconds`): the SQL term index answers then.
        """
        if self._mark() == self.mark and self._current(session)[0]:
            return True
        deadline = time.monotonic() + (wait_seconds() if timeout is None else timeout)
        while True:
            if self.lock.acquire(timeout=max(deadline - time.monotonic(), 0)):
                try:
                    self._refresh()
                    if self._current(session)[0] or self._write(session):
                        return True
                finally:
                    self.lock.release()
            if time.monotonic() >= deadline:
                return False
            time.sleep(POLL)  # another process holds the writer: its commit is awaited

    def _changed(self, session: Session, epoch: str, newest: int) -> list[int] | None:
        """The meetings changed since the index's state; None: rebuild (not this database's index, or a reindex)."""
        if self.epoch != epoch or self.seq is None or self.seq >= newest:
            return None
        rows = session.execute(text("SELECT DISTINCT meeting_id FROM search_changes WHERE seq > :seq"),
                               {"seq": self.seq}).scalars().all()
        return None if None in rows else sorted(rows)

    def _write(self, session: Session) -> bool:
        """Bring the index to the database's newest change (under :attr:`lock`); False when another
        process holds the writer.

        The writer is closed before this returns, also when it fails (the
        database file replaced or damaged under a sync): its lock must not
        live on in the traceback of that failure, whose frames hold the writer
        until the garbage collector happens to break their cycle -- every
        search of every process would wait for that lock meanwhile.
        """
        try:
            writer = self.index.writer(HEAP, 1)
        except ValueError as err:
            if _BUSY in str(err):  # another process is writing the index
                return False
            raise  # the directory is gone or unreadable: the engine is dropped and opened anew
        try:
            self._refresh()  # a commit another process made before the writer was free
            current, epoch, newest = self._current(session)
            if not current:
                self._apply(session, writer, epoch, newest, self._changed(session, epoch, newest))
                writer.commit()
        except BaseException:
            _quietly(writer.rollback)
            raise
        finally:
            _quietly(writer.wait_merging_threads)  # consumes the writer: its lock is released now
        self._refresh()
        return True

    def _apply(self, session: Session, writer, epoch: str, newest: int, changed: list[int] | None) -> None:
        """Write the changed meetings' units (``changed`` None: every unit) and the new state; the facet ids'
        table is the open commit's, extended (a rebuild: a new one)."""
        table = FacetTable() if changed is None else self.view[1].facets.copy()
        if changed is None:
            writer.delete_all_documents()
            add_newest_first(writer, session, table)
        else:
            for start in range(0, len(changed), BATCH):
                chunk = changed[start:start + BATCH]
                for meeting_id in chunk:
                    writer.delete_documents_by_term("meeting", str(meeting_id))
                marks = ",".join(str(int(m)) for m in chunk)
                self._add(writer, session.execute(text(f"{_UNITS} WHERE u.meeting_id IN ({marks})")), table=table)
        add_state(writer, epoch, newest, table)

    _add = staticmethod(add_units)  #: (the name the tests and older callers use)

    # --- searching ------------------------------------------------------------------------

    def find(self, parsed, filters: dict, wanted: int, by_date: bool = False) -> Found:
        """The best ``wanted`` hits of a parsed query in order, the exact total and facets
        (:func:`.search_engine_find.find`)."""
        searcher, ranks = self.view
        return find(searcher, ranks, self.schema, parsed, filters, wanted, by_date)


def _quietly(step) -> None:
    """Run ``step`` of closing a writer; a failure is logged (the index is derived, the failure that
    led here is the one that matters)."""
    try:
        step()
    except Exception:
        log.warning("closing the search index writer failed", exc_info=True)


_ENGINES: dict[str, Engine] = {}
_FOLDERS: dict[str, str] = {}  #: a database's path as given -> its index directory
_GUARD = threading.Lock()


def engine_for(session: Session) -> Engine | None:
    """The engine of the session's SQLite database file; None for other databases or when turned off. The last
    bind's answer is kept while its engine is open (:data:`_LAST`; its URL read again: ~15 us, cold)."""
    if tantivy is None or os.environ.get(ENGINE_ENV, "").lower() == "sql":
        return None
    bind = session.get_bind()
    last, key, engine = _LAST
    return engine if last() is bind and _ENGINES.get(key) is engine else _resolved(bind)


def _resolved(bind) -> Engine | None:
    """:func:`engine_for` of ``bind`` from its URL, kept in :data:`_LAST` (a relative path: not kept)."""
    global _LAST
    url = bind.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        _LAST = (weakref.ref(bind), None, None)  # (_ENGINES holds no engine under None)
        return None
    key = _FOLDERS.get(url.database)
    if key is None:  # resolving costs more than the rest of a search's check: once per absolute path
        key = str(Path(url.database).resolve().with_name(Path(url.database).name + SUFFIX))
        if os.path.isabs(url.database):  # (a relative one depends on the working directory)
            _FOLDERS[url.database] = key
    with _GUARD:
        engine = _ENGINES.get(key)
        if engine is None:
            engine = _ENGINES[key] = Engine(Path(key))
    if os.path.isabs(url.database):
        _LAST = (weakref.ref(bind), key, engine)
    return engine


_LAST: tuple = (lambda: None, None, None)  #: (a weak reference to the last bind, its directory, its engine)


def forget(engine: Engine) -> None:
    """Drop ``engine`` after it failed (an index directory removed or damaged under it): the next
    search opens the directory anew, rebuilding it from the database when need be."""
    with _GUARD:
        if _ENGINES.get(str(engine.folder.parent)) is engine:
            del _ENGINES[str(engine.folder.parent)]
