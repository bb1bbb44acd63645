"""Full-text search over the stored meetings: ranked hits, snippets and facets.

Queries and documents go through the same Swedish analysis
(:mod:`protokoll.analysis`); every query word must match (AND). The term index
is FTS5 on SQLite (ranked by ``bm25()``, title terms weighing more) and a GIN
index on the ``to_tsvector('simple', ...)`` of the terms on PostgreSQL (ranked
by ``ts_rank``); ties go to the newest meeting. Every statement starts from
the term index (or a filter's index), never a scan of the units
(:mod:`.search_query`). Writing the index: :mod:`.search_index`.

Facet counts cover all hits (not one page). The counts of one facet ignore
that facet's own filter, so the other values of a filtered facet stay
visible: with no filter, every facet but ``municipality`` sums to ``total``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..analysis import query_terms
from .search_index import KINDS, SearchUnit, drop_meeting, index_meeting, is_empty, reindex
from .search_query import FACETS, Match, facet_counts, filtered, index_first
from .search_snippet import snippet

__all__ = ["Hit", "SearchResult", "search", "index_meeting", "drop_meeting", "reindex", "is_empty",
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


def search(session: Session, q: str, *, organization: str | None = None, body: str | None = None,
           year: int | str | None = None, municipality: str | None = None, kind: str | None = None,
           limit: int = 50, offset: int = 0) -> SearchResult:
    """The units matching every word of ``q``, best first, with facet counts over all of them."""
    terms = query_terms(q)
    if not terms:
        return SearchResult(q, [], 0, {name: {} for name in FACETS})
    filters = {"organization": organization, "body": body, "year": _year(year),
               "municipality": municipality, "kind": kind}
    match = Match.of(session, terms)
    with index_first(session):
        units = _page(session, match, filters, limit, offset)
        total, facets = facet_counts(session, match, filters)
    hits = [_hit(unit, terms) for unit in units]
    return SearchResult(q, hits, total, facets)


def _page(session: Session, match: Match, filters: dict, limit: int, offset: int) -> list[SearchUnit]:
    """One page of units, best first: ranked by id alone, then the page's rows fetched."""
    ranked = filtered(match.apply(select(SearchUnit.id)), filters)
    ranked = ranked.order_by(match.best_first, SearchUnit.meeting_date.desc().nulls_last(),
                             SearchUnit.id).limit(limit).offset(offset)
    ids = list(session.scalars(ranked))
    if not ids:
        return []
    rows = {u.id: u for u in session.scalars(select(SearchUnit).where(SearchUnit.id.in_(ids)))}
    return [rows[i] for i in ids]


def _year(year: int | str | None) -> int | None:
    if year is None or year == "":
        return None
    return int(year)


def _hit(unit: SearchUnit, terms: list[str]) -> Hit:
    return Hit(kind=unit.kind, meeting_id=unit.meeting_id, meeting_date=unit.meeting_date,
               year=unit.year, organization=unit.organization, body=unit.body,
               item_number=unit.item_number, title=unit.title,
               snippet=snippet(unit.text, terms, fallback=unit.title))
