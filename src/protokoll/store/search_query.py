"""The SQL of a search: the term-index condition per dialect, scoring, filters and samples.

Every statement starts from the term index (FTS5 on SQLite, the GIN index on
PostgreSQL) or fetches rows by primary key. What costs is the work per hit:
a score (``bm25()`` / ``ts_rank()``) and a read of the hit's unit take some
microseconds each, too much for the 100,000 hits of a common word. So
:mod:`.search` first reads the ids of the newest ``EXACT_HITS + 1`` hits
(:func:`.search_counts.survey`; cheap on SQLite, ids only) and then

* for EXACT_HITS hits or fewer scores every hit, reading its facet columns
  in the same statement (:meth:`Match.scored`); the facets whose own filter
  is set and the municipalities take one statement each (:func:`.search_counts.facet`);
* for more, scores only candidates (:meth:`Match.scored` of some ids): of
  the newest hits, the newest :data:`CANDIDATES`, and as many with a query
  word in their title (:meth:`Match.title_ids`). A sample of about
  :data:`~.search_counts.SAMPLE_HITS` hits, taken in the pass that counts them
  (:func:`.search_counts.sample_hits`), gives the facets as estimates. The total is always
  counted exactly.

A filter narrows by column (:func:`filtered`) where the units are read
anyway, or, on a large hit set, by sets of unit ids read from the facet
indexes of migration 0007 (:meth:`Match.filtered_ids`). On PostgreSQL,
reading a matched row is what costs (not the GIN index), so :func:`.search_counts.survey`
reads every match's id once and keeps the newest, the count and the sample.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from operator import itemgetter
from typing import NamedTuple

from sqlalchemy import (ARRAY, ColumnElement, Integer, Select, Text, bindparam, column, exists, func,
                        literal_column, select, table, text)
from sqlalchemy.orm import Session

from .search_index import SearchPlace, SearchUnit
from .search_parse import Parsed, fts_query, fts_term, ts_query

FACETS = ("organization", "body", "year", "municipality", "kind")
DATES = "dates"  #: the filter of a date range (first day, last day), ISO dates; not a facet
TITLE_WEIGHT = 4.0  #: bm25 weight of title terms against the rest (SQLite; PostgreSQL weighs 'A' 10:1)
EXACT_HITS = 2000  #: up to this many hits every hit is scored and counted into the facets
CANDIDATES = 200  #: of more hits, the newest this many, and as many with a query word in the title, are scored
_HASH, _SPAN = 2654435761, 2 ** 32  #: sample by multiplicative hashing of the id (even over any id pattern)
_VECTOR = literal_column("search_units.vector")  #: PostgreSQL only: the GIN-indexed tsvector (migration 0005)
_SIMPLE = literal_column("'simple'::regconfig")
_FTS = table("search_fts", column("rowid", Integer))  #: SQLite only: the FTS5 table (migration 0005)


class Scored(NamedTuple):
    """One hit with what ranking it and counting it into the facets needs."""

    id: int
    score: float  #: larger is better (0 for a hit of a sample, not scored)
    date: str | None
    kind: str
    year: int | None
    organization: str | None
    body: str | None

    @classmethod
    def of(cls, row) -> "Scored":
        """From a row of :meth:`Match.scored` (id, score, columns) or of :func:`columns_of` (id, columns)."""
        if len(row) == 7:
            return cls(*row)
        return cls(row[0], 0.0, *row[1:])


def ranked(hits: list[Scored]) -> list[Scored]:
    """Best first: higher score, then the newer meeting (undated last), then the lower id."""
    out = sorted(hits, key=itemgetter(0))
    out.sort(key=_dated, reverse=True)  # stable, also reversed
    out.sort(key=itemgetter(1), reverse=True)
    return out


def _dated(hit: Scored) -> tuple[bool, str]:
    return hit.date is not None, hit.date or ""


class Match:
    """The term-index condition of one query, for either dialect."""

    def __init__(self, dialect: str, parsed: Parsed) -> None:
        self.sqlite = dialect == "sqlite"
        self.terms = parsed.terms
        if self.sqlite:  # terms are letters and digits only
            self.fts = fts_query(parsed)
            wanted = " OR ".join(fts_term(t) for c in parsed.required for t in c.terms)
            self.title_fts = f"({self.fts}) AND title_terms : ({wanted})"
            self.id: ColumnElement = _FTS.c.rowid
        else:
            self.tsquery = ts_query(parsed)
            self.query = func.to_tsquery(_SIMPLE, self.tsquery)
            self.id = SearchUnit.id

    @classmethod
    def of(cls, session: Session, parsed: Parsed) -> "Match":
        return cls(session.get_bind().dialect.name, parsed)

    # --- the matches -----------------------------------------------------------------

    def _where(self, stmt: Select, title: bool = False) -> Select:
        """``stmt`` narrowed to the matches (SQLite, with ``title``: those with a query word in the title)."""
        if self.sqlite:
            key = "title_fts" if title else "fts"
            return stmt.where(text(f"search_fts MATCH :{key}").bindparams(
                **{key: self.title_fts if title else self.fts}))
        return stmt.where(_VECTOR.op("@@")(self.query))

    def ids(self) -> Select:
        """The ids of the matches, read from the term index alone."""
        return self._where(select(self.id).select_from(_FTS if self.sqlite else SearchUnit.__table__))

    def units(self, *columns) -> Select:
        """``columns`` of the matches' units (the term index drives, each unit read by primary key)."""
        if self.sqlite:
            return self._where(select(*columns).select_from(_FTS.join(SearchUnit, SearchUnit.id == _FTS.c.rowid)))
        return self._where(select(*columns).select_from(SearchUnit))

    def title_ids(self, limit: int, ids: list[int]) -> Select:
        """The newest ``limit`` of the matches ``ids`` with a query word in their title."""
        if self.sqlite:  # the title column of the term index, from the lowest id on
            stmt = self._where(select(self.id).select_from(_FTS), title=True).where(self.id >= min(ids))
        else:  # the title terms as words (a weighted tsquery would read each match's vector again)
            words = func.string_to_array(SearchUnit.title_terms, " ")
            stmt = select(SearchUnit.id).where(among(SearchUnit.id, ids, sqlite=False),
                                               words.op("&&")(bindparam(None, self.terms, type_=ARRAY(Text))))
        return stmt.order_by(self.id.desc()).limit(limit)

    @property
    def score(self) -> ColumnElement:
        """Larger is better: minus ``bm25()`` (title terms weighing more) or ``ts_rank()``."""
        if self.sqlite:
            return -func.bm25(literal_column("search_fts"), TITLE_WEIGHT, 1.0)
        return func.ts_rank(_VECTOR, self.query)

    @property
    def plain_id(self) -> ColumnElement:
        """The hit id for ``IN`` conditions; on SQLite kept from the FTS5 table as a rowid lookup."""
        return literal_column("+search_fts.rowid", Integer) if self.sqlite else SearchUnit.id

    # --- statements ------------------------------------------------------------------

    def scored(self, filters: dict, ids: list[int] | None = None) -> Select:
        """Every match under ``filters`` (or among ``ids``), scored, with its facet columns.

        With ``ids`` only the matches from the lowest of them on are read.
        """
        stmt = self.units(self.id, self.score, *_columns())
        if ids:
            stmt = stmt.where(self.id >= min(ids), among(self.plain_id, ids, self.sqlite))
        return filtered(stmt, filters, sqlite=self.sqlite)

    def counted_sample(self, below: int) -> Select:
        """``(count, ids)`` in one pass: how many matches, and those whose id hashes below ``below``.

        The ids come as a JSON array (SQLite) or an array (PostgreSQL).
        """
        chosen = (self.plain_id * bindparam("hash", _HASH)) % bindparam("span", _SPAN) < below
        gather = func.json_group_array(self.id) if self.sqlite else func.array_agg(self.id)
        return self.ids().with_only_columns(func.count(), gather.filter(chosen))

    def oldest(self) -> Select:
        """The id of the oldest match."""
        return self.ids().order_by(self.id).limit(1)

    def filtered_ids(self, filters: dict) -> Select:
        """The ids of the matches under ``filters``; on SQLite each filter is a set of ids from its index."""
        if not self.sqlite:
            return filtered(self.ids(), filters)
        return self.ids().where(*(self.plain_id.in_(_ids_with(name, value))
                                  for name, value in filters.items() if value is not None))

    def newest(self, limit: int) -> Select:
        """The ids of the newest ``limit`` matches (the order of the hits after the candidates)."""
        return self.ids().order_by(self.id.desc()).limit(limit)

    def by_date(self, filters: dict, limit: int) -> Select:
        """The ids of the ``limit`` matches under ``filters`` of the newest meetings (undated last)."""
        stmt = filtered(self.units(SearchUnit.id), filters, sqlite=self.sqlite)
        return stmt.order_by(SearchUnit.meeting_date.desc().nulls_last(), SearchUnit.id).limit(limit)

    def under(self, filters: dict, skip: str | None = None) -> Select:
        """The ids of the matches under ``filters`` (but ``skip``), joining the units only when filtered."""
        if all(value is None or name == skip for name, value in filters.items()):
            return self.ids()
        return filtered(self.units(SearchUnit.id), filters, skip, sqlite=self.sqlite)


def columns_of(session: Session, ids: list[int]) -> list[Scored]:
    """The facet columns of ``ids`` (as unscored hits), read by primary key."""
    if not ids:
        return []
    sqlite = session.get_bind().dialect.name == "sqlite"
    rows = session.execute(select(SearchUnit.id, *_columns()).where(among(SearchUnit.id, ids, sqlite)))
    return [Scored.of(row) for row in rows]


def among(col: ColumnElement, ids: list[int], sqlite: bool) -> ColumnElement:
    """``col IN ids``, the ids bound as one value (a JSON array on SQLite, an array on PostgreSQL)."""
    if sqlite:
        return col.in_(select(literal_column("value")).select_from(func.json_each(json.dumps(ids))))
    return col == func.any(bindparam(None, ids, type_=ARRAY(Integer)))


def _columns() -> list:
    return [SearchUnit.meeting_date, SearchUnit.kind, SearchUnit.year, SearchUnit.organization, SearchUnit.body]


def _ids_with(name: str, value) -> Select:
    """The ids of the units with ``value`` for facet ``name`` (read from that facet's index)."""
    if name == DATES:
        return select(SearchUnit.id).where(SearchUnit.meeting_date.between(*value)).correlate(None)
    if name == "municipality":
        return select(SearchPlace.unit_id).where(SearchPlace.municipality == value).correlate(None)
    return select(SearchUnit.id).where(getattr(SearchUnit, name) == value).correlate(None)


def filtered(stmt: Select, filters: dict, skip: str | None = None, *, sqlite: bool = False) -> Select:
    """``stmt`` (over units) narrowed by every set filter except ``skip``.

    On SQLite the columns are compared as ``+column`` so that the term index,
    not a facet index, drives the statement.
    """
    for name, value in filters.items():
        if value is None or name == skip:
            continue
        if name == DATES:
            stmt = stmt.where(SearchUnit.meeting_date.between(*value))
        elif name == "municipality":
            stmt = stmt.where(exists().where(SearchPlace.unit_id == SearchUnit.id,
                                             SearchPlace.municipality == value))
        else:
            col = getattr(SearchUnit, name)
            stmt = stmt.where((literal_column(f"+search_units.{name}", col.type) if sqlite else col) == value)
    return stmt


@contextmanager
def index_first(session: Session) -> Iterator[None]:
    """On PostgreSQL, keep the planner from scanning the units for the statements run inside.

    For a common word the planner prefers a scan, not counting that the scan
    reads every unit's TOASTed tsvector (at 20,000 meetings: 1.5 s against
    0.4 s through the GIN index); JIT compiling adds 0.1-0.2 s to each such
    statement. Both settings are local to the transaction and put back after.
    """
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    before = session.execute(text("SELECT current_setting('enable_seqscan'), current_setting('jit')")).one()
    settings = text("SELECT set_config('enable_seqscan', :scan, true), set_config('jit', :jit, true)")
    session.execute(settings, {"scan": "off", "jit": "off"})
    try:
        yield
    finally:
        session.execute(settings, {"scan": before[0], "jit": before[1]})
