"""The SQL of a search: the term-index condition per dialect, filters and facet counts.

Facet counts cover every hit, not one page. The counts of one facet ignore
that facet's own filter, so the other values of a filtered facet stay
selectable. The facets without a filter of their own are counted in one
grouped statement (which also gives the total); each filtered facet and the
municipalities (several per hit) take one statement more.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Float, Integer, Select, exists, func, literal_column, select, text
from sqlalchemy.orm import Session

from .search_index import SearchPlace, SearchUnit

FACETS = ("organization", "body", "year", "municipality", "kind")
COLUMN_FACETS = ("organization", "body", "year", "kind")  #: one value per hit, a column of the unit
TITLE_WEIGHT = 4.0  #: bm25 weight of title terms against the rest (SQLite; PostgreSQL weighs 'A' 10:1)
_VECTOR = literal_column("search_units.vector")  #: PostgreSQL only: the GIN-indexed tsvector (migration 0005)
_SIMPLE = literal_column("'simple'::regconfig")


@dataclass
class Match:
    """The term-index condition of one query, for either dialect."""

    apply: Callable[[Select], Select]  #: narrows a statement over ``search_units`` to the matches
    best_first: ColumnElement  #: the ORDER BY expression of the ranking
    index_ids: Select  #: the ids of the matches, read from the term index alone

    @classmethod
    def of(cls, session: Session, terms: list[str]) -> "Match":
        if session.get_bind().dialect.name == "sqlite":
            fts = " ".join(f'"{t}"' for t in terms)  # terms are letters and digits only
            sql = text(f"SELECT rowid AS id, bm25(search_fts, {TITLE_WEIGHT}, 1.0) AS rank "
                       "FROM search_fts WHERE search_fts MATCH :fts").bindparams(fts=fts)
            matched = sql.columns(id=Integer, rank=Float).subquery("matched")
            ids = select(literal_column("rowid")).select_from(text("search_fts")).where(
                text("search_fts MATCH :ids_fts").bindparams(ids_fts=fts))
            return cls(lambda stmt: stmt.join(matched, matched.c.id == SearchUnit.id),
                       matched.c.rank, ids)  # bm25: lower is better
        query = func.plainto_tsquery(_SIMPLE, " ".join(terms))
        return cls(lambda stmt: stmt.where(_VECTOR.op("@@")(query)),
                   func.ts_rank(_VECTOR, query).desc(),
                   select(SearchUnit.id).where(_VECTOR.op("@@")(query)))

    def ids(self, filters: dict, skip: str | None = None) -> Select:
        """The ids of the matches under ``filters`` (but ``skip``), joining the units only when filtered."""
        if all(value is None or name == skip for name, value in filters.items()):
            return self.index_ids
        return filtered(self.apply(select(SearchUnit.id)), filters, skip)


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


def filtered(stmt: Select, filters: dict, skip: str | None = None) -> Select:
    """``stmt`` narrowed by every set filter except ``skip``."""
    for name, value in filters.items():
        if value is None or name == skip:
            continue
        if name == "municipality":
            stmt = stmt.where(exists().where(SearchPlace.unit_id == SearchUnit.id,
                                             SearchPlace.municipality == value))
        else:
            stmt = stmt.where(getattr(SearchUnit, name) == value)
    return stmt


def facet_counts(session: Session, match: Match, filters: dict) -> tuple[int, dict[str, dict[str, int]]]:
    """``(total, facets)`` over every hit of ``match`` under ``filters``."""
    columns = [getattr(SearchUnit, name) for name in COLUMN_FACETS]
    grouped = filtered(match.apply(select(*columns, func.count()).select_from(SearchUnit)), filters)
    combos = session.execute(grouped.group_by(*columns)).all()
    total = sum(row[-1] for row in combos)
    facets: dict[str, dict[str, int]] = {}
    for i, name in enumerate(COLUMN_FACETS):
        if filters.get(name) is None:
            facets[name] = _sorted(_sum(combos, i))
        else:
            facets[name] = _facet(session, match, name, filters)
    facets["municipality"] = _facet(session, match, "municipality", filters)
    return total, {name: facets[name] for name in FACETS}


def _sum(combos, i: int) -> Counter:
    counts: Counter = Counter()
    for row in combos:
        counts[row[i]] += row[-1]
    return counts


def _facet(session: Session, match: Match, name: str, filters: dict) -> dict:
    """Counts per value of one facet over the hits, its own filter left out."""
    if name == "municipality":
        column = SearchPlace.municipality
        stmt = select(column, func.count()).where(SearchPlace.unit_id.in_(match.ids(filters, skip=name)))
    else:
        column = getattr(SearchUnit, name)
        stmt = filtered(match.apply(select(column, func.count()).select_from(SearchUnit)), filters, skip=name)
    return _sorted(Counter(dict(session.execute(stmt.group_by(column)).all())))


def _sorted(counts: Counter) -> dict[str, int]:
    """Values as strings, most hits first, None left out."""
    pairs = [(str(value), n) for value, n in counts.items() if value is not None and n]
    return dict(sorted(pairs, key=lambda kv: (-kv[1], kv[0])))
