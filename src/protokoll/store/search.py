"""Full-text search over the stored meetings: ranked hits, snippets and facets.

Queries and documents go through the same Swedish analysis
(:mod:`protokoll.swedish.stems`); a query is parsed once (:mod:`.search_parse`:
words, all required by default, ``OR``, ``-word``, ``prefix*``, phrases) and
every engine executes that structure. A query without hits gets a
"Menade du ...?" from the archive's own words (:mod:`.search_suggest`). Two engines
answer behind :func:`search`, with the same hits:

* a SQLite archive in a file is searched by its embedded engine
  (:mod:`.search_engine`: tantivy, its index beside the database, derived
  from the stored units and brought up to date before it answers, the search
  waiting for that): BM25,
  title terms weighing more, every hit scored, the total and the facets
  exact. Chosen over a leaner FTS5 by measurement (bench/search_ab.py: the
  raw FTS5 statement alone costs several times the whole engine);
* PostgreSQL, and SQLite when the embedded engine is turned off
  (``PROTOKOLL_SEARCH_ENGINE=sql``), fails, or has not caught up with the
  database within ``PROTOKOLL_SEARCH_WAIT`` seconds (then with a note), use the
  SQL term index below: FTS5 on SQLite (ranked by ``bm25()``, title terms
  weighing more) and a GIN index on the ``to_tsvector('simple', ...)`` of the
  terms on PostgreSQL (ranked by ``ts_rank``); ties go to the newest meeting.
  Every statement starts from the term index (or a filter's index), never a
  scan of the units (:mod:`.search_query`). Writing the index: :mod:`.search_index`.

On the SQL term index, a large hit set is ranked from candidates and its
facets are estimates (``facets_exact`` is False; :mod:`.search_sql`). The
total is always exact, and only the returned page gets snippets (one per
distinct text of the page).

Facet counts cover all hits (not one page). The counts of one facet ignore
that facet's own filter, so the other values of a filtered facet stay
visible: with no filter, every facet but ``municipality`` sums to ``total``.
"""

from __future__ import annotations

import logging
import time
from datetime import date
from dataclasses import dataclass, field
from functools import lru_cache

from sqlalchemy.orm import Session

from .search_engine import CHANGE, EPOCH, NEWEST, engine_for, forget, raw, wait_seconds
from .search_engine_find import find
from .search_index import KINDS, drop_meeting, generation, index_meeting, is_empty, reindex
from .search_query import DATES, FACETS, Match, index_first
from .search_parse import parse
from .search_reader import reader
from .search_snippet_page import page_snippets
from .search_sql import PageRow, find as _find, no_facets as _no_facets, rows as _rows
from .search_suggest import suggestion

log = logging.getLogger(__name__)

__all__ = ["Hit", "SearchResult", "search", "generation", "index_meeting", "drop_meeting", "reindex", "is_empty",
           "FACETS", "KINDS"]


@dataclass
class Hit:
    """One matching unit. ``title`` is plain text as written (escape it when rendering)."""

    kind: str  #: item | decision | assignment | person
    meeting_id: int
    meeting_date: str | None
    year: int | None
    organization: str | None
    body: str | None
    item_number: str | None
    title: str
    snippet: str  #: HTML-escaped text with <mark>…</mark> around the matched words


@dataclass
class SearchResult:
    """One page of hits, best first, with the total and the facets of all hits."""

    query: str
    hits: list[Hit]
    total: int
    facets: dict[str, dict[str, int]]  #: facet name -> value -> count
    facets_exact: bool = True  #: False: the counts are estimates from a sample of a large hit set
    notes: list[str] = field(default_factory=list)  #: what of the query was left out or not honoured (Swedish)
    suggestion: str | None = None  #: "Menade du ...?": a query from the archive's own words that has hits


def search(session: Session, q: str, *, organization: str | None = None, body: str | None = None,
           year: int | str | None = None, municipality: str | None = None, kind: str | None = None,
           limit: int = 50, offset: int = 0, suggest: bool = True, date_from: str | None = None,
           date_to: str | None = None, sort: str = "relevance", wait: float | None = None) -> SearchResult:
    """The units matching ``q`` (:mod:`.search_parse`), best first (``sort="date"``: newest meeting
    first), with facet counts over all of them.

    ``date_from``/``date_to`` (ISO dates, either may be left out) keep the
    hits of meetings in that range, both days included; undated meetings
    then drop out.

    ``wait``: at most this many seconds, for the whole call, spent waiting
    for the embedded index to catch up (never more than
    ``PROTOKOLL_SEARCH_WAIT``); after that the SQL term index answers, with
    a note. A web page passes a few seconds: no request hangs on an index
    another process (or a stuck one) is writing.
    """
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {SORTS}, not {sort!r}")
    parsed = parse(q)
    if not parsed.required:
        return SearchResult(q, [], 0, _no_facets(), notes=parsed.notes)
    filters = {"organization": organization, "body": body, "year": _year(year),
               "municipality": municipality, "kind": kind, DATES: _dates(date_from, date_to)}
    by_date = sort == "date"
    called = (time.monotonic(), wait)  # (the deadline is made of them when the search is to wait: _search)
    result = _search(session, q, parsed, filters, limit, offset, called, by_date)
    if result.total == 0 and suggest:
        result.suggestion = suggestion(session, q, lambda p: _search(session, q, p, filters, 0, 0, called).total)
    return result


def _search(session: Session, q: str, parsed, filters: dict, limit: int, offset: int, called: tuple,
            by_date: bool = False) -> SearchResult:
    """``called``: when :func:`search` was called and its ``wait``."""
    terms = parsed.terms
    quick = _quick(session, parsed, filters, limit, offset, by_date)
    if quick is not None:
        found, rows = quick
        return SearchResult(q, _page_hits(rows, terms), found.total, found.facets, notes=parsed.notes)
    started, wait = called
    until = started + min(wait_seconds(), wait if wait is not None else float("inf"))
    embedded, found = _embedded(session, parsed, filters, offset + limit, until, by_date)
    if found is not None:
        rows = _raw_rows(session, found.order[offset:offset + limit])
        return SearchResult(q, _page_hits(rows, terms), found.total, found.facets, notes=parsed.notes)
    match = Match.of(session, parsed)
    with index_first(session):
        found = _find(session, match, filters, offset + limit)
        if by_date and found.total:
            found.order = list(session.scalars(match.by_date(filters, offset + limit)))
        units = _rows(session, found.order[offset:offset + limit])
    hits = _page_hits(units, terms)
    notes = [*parsed.notes, INTERIM] if embedded else parsed.notes  # it orders hits otherwise: said
    return SearchResult(q, hits, found.total, found.facets, found.exact, notes=notes)


#: the note of an answer from the SQL term index where the embedded engine should have answered
INTERIM = "Sökindexet uppdateras: träffarna visas tillfälligt i en annan ordning."


def _embedded(session: Session, parsed, filters: dict, wanted: int, until: float, by_date: bool):
    """(whether there is an embedded engine, its hits or None: the SQL term index answers).

    An engine that fails (its directory removed or damaged under it) is
    dropped and opened anew once: the index is rebuilt from the database.
    """
    for _attempt in range(2):
        try:
            engine = engine_for(session)
        except Exception:
            log.warning("the search index cannot be opened; answering from the database", exc_info=True)
            return True, None
        if engine is None:
            return False, None
        try:
            if engine.sync(session, timeout=max(until - time.monotonic(), 0.0)):
                return True, engine.find(parsed, filters, wanted, by_date)
            log.warning("the search index in %s did not catch up in time; answering from the database",
                        engine.folder)
            return True, None
        except Exception:  # the index is derived: SQL answers when it fails again
            log.warning("the search index in %s failed", engine.folder, exc_info=True)
            forget(engine)
    return True, None


def _quick(session: Session, parsed, filters: dict, limit: int, offset: int, by_date: bool):
    """(the embedded engine's hits, the page's rows) of an open commit that is the newest on disk and at the
    database's newest change; else None: :func:`_embedded` answers (it waits for the index, or falls back).

    The hits are found first and the database asked once, for the page's rows and its newest change in one
    statement (:data:`_STATE_AND_PAGE`; a search's SQLite statement costs most in memory it reads cold after
    the engine's work: ~40-90 us, bench/results.md "h91"), and the answer stands when that change is the
    commit's: the page is then read from the state the hits are of. A failure is left to :func:`_embedded`,
    which meets it again and handles it."""
    try:
        engine = engine_for(session)
        opened = engine.opened() if engine is not None else None
        if opened is None:
            return None
        epoch, seq, (searcher, ranks) = opened
        found = find(searcher, ranks, engine.schema, parsed, filters, offset + limit, by_date)
    except Exception:
        return None
    ids = found.order[offset:offset + limit]
    connection = reader(session, session.get_bind())  # (one statement: no transaction needed, .search_reader)
    if not ids:
        return (found, []) if connection.execute(NEWEST).fetchone() == (epoch, seq) else None
    cursor = connection.execute(_state_and_page(len(ids)), ids)
    if cursor.fetchone()[1:3] != (epoch, seq):
        return None
    rows = {row[0]: row for row in cursor}
    return found, [row for row in map(rows.get, ids) if row is not None]  # (a unit another process dropped)


_PAGE = f"SELECT {', '.join(PageRow._fields)} FROM search_units WHERE id IN "
#: the database's newest change (:data:`.search_engine.NEWEST`'s values), then the page's rows (as :data:`_PAGE`);
#: SQLite gives the rows of a UNION ALL part by part, in order (tests/test_search_quick.py)
_STATE_AND_PAGE = (f"SELECT NULL, ({EPOCH}), ({CHANGE}){', NULL' * (len(PageRow._fields) - 3)} UNION ALL "
                   + _PAGE)


def _raw_rows(session: Session, ids: list[int]) -> list[tuple]:
    """As :func:`.search_sql.rows`, on SQLite through the session's DB-API connection: one statement per page
    (one per page size: SQLite's statement cache keeps it prepared). The rows stay the cursor's plain tuples,
    in :class:`.search_sql.PageRow`'s order (:func:`_page_hits` reads them by place)."""
    if not ids:
        return []
    rows = {row[0]: row for row in raw(session).execute(_PAGE + _marks(len(ids)), ids)}
    return [row for row in map(rows.get, ids) if row is not None]  # (a unit another process dropped since)


@lru_cache(maxsize=64)
def _marks(n: int) -> str:
    return "(" + ",".join("?" * n) + ")"


@lru_cache(maxsize=64)
def _state_and_page(n: int) -> str:
    """:data:`_STATE_AND_PAGE` for ``n`` ids (one string object per page size: the statement cache's key)."""
    return _STATE_AND_PAGE + _marks(n)


SORTS = ("relevance", "date")
_FIRST, _LAST = "0001-01-01", "9999-12-31"


def _dates(first: str | None, last: str | None) -> tuple[str, str] | None:
    """The date range filter: ISO dates, either open; None without one (ValueError for a bad date)."""
    if not first and not last:
        return None
    for day in (first, last):
        if day:
            date.fromisoformat(day)
    return (first or _FIRST, last or _LAST)


def _year(year: int | str | None) -> int | None:
    if year is None or year == "":
        return None
    return int(year)


def _page_hits(rows: list[tuple], terms: list[str]) -> list[Hit]:
    """The page's hits of its rows (each in :class:`.search_sql.PageRow`'s order: the id, a :class:`Hit`'s fields
    but its snippet, the text); a text the page holds more than once (a decision or a heading written alike in
    many meetings: "Beslut att godkänna dagordningen") is given its snippet once. The snippets are made for
    the page at once (:func:`.search_snippet_page.page_snippets`)."""
    keys = [(row[9], row[8] if row[1] in _OWN_TITLE else "") for row in rows]
    distinct = list(dict.fromkeys(keys))
    shown = dict(zip(distinct, page_snippets(distinct, terms)))
    return [Hit(*row[1:9], shown[key]) for row, key in zip(rows, keys)]


#: kinds whose title is their own; a decision or assignment shows its own text even when only the
#: item's title matched (the title is shown above the snippet anyway)
_OWN_TITLE = ("item", "person")
