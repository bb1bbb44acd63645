"""Searching the embedded engine's index (:mod:`.search_engine`): the order of the hits, the total, the facets
(the queries: :mod:`.search_engine_queries`).

Every query term must be in the title terms (weighing
:data:`~.search_query.TITLE_WEIGHT`) or the other terms; tantivy scores by
BM25. The total and the facets are tantivy's aggregations over every hit:
exact. Facets with a filter of their own are counted without it.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

from .search_engine_facets import facets as _counted
from .search_engine_queries import _LOW, DATES, WORDS, _query, _terms, _unfiltered  # noqa: F401 (imported from here)
from .search_engine_ties import BLOCK, Ranks, reads_all, tied
from .search_parse import Parsed
from .search_query import FACETS

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

FIRST = 2  #: blocks of hits read first beyond the page's: one more read of the postings costs more than 100 hits
PAGE = 2  #: times the first hits read next when the last ties with the last one wanted (:func:`_next_page`)
PAGED = 20_000  #: hits in all up to which that next page is read before windows (:mod:`.search_engine_ties`)
KIND = "kind"  #: the facet of the hits' kinds: one value per unit


@dataclass
class Found:
    """Hits best first (at least as many as the page needs), the exact total and the exact facets."""

    order: list[int]
    total: int
    facets: dict[str, dict[str, int]]


def find(searcher, ranks: Ranks, schema, parsed: Parsed, filters: dict, wanted: int,
         by_date: bool = False) -> Found:
    """The best (``by_date``: newest) ``wanted`` hits in order, the total and the facets (each ignoring
    its own filter)."""
    if any(value is not None for value in filters.values()):
        must, counted = _terms(schema, parsed), _terms(schema, parsed, True)
        query, hits_of = _query(schema, must, filters), _query(schema, counted, filters)
    else:  # (no facet has a filter of its own: must and counted are not asked for again)
        query, hits_of = _unfiltered(schema, parsed)
    facets = {name: {} for name in FACETS}
    own = [name for name in FACETS if filters.get(name) is not None]
    rest = [name for name in FACETS if name not in own]
    if by_date:
        order, total = _newest(searcher, hits_of, max(wanted, 1))
        if total:
            facets.update(_facets(searcher, ranks, hits_of, rest))
    else:
        hits, total = _first(searcher, query, max(wanted, 1), KIND in rest, ranks.in_order)
        if total != 0:
            facets.update(_facets(searcher, ranks, hits_of, rest))
            if total is None:  # every unit has one kind: its facet counts every hit once
                total = sum(facets[KIND].values())
        order, total = _best(searcher, ranks, schema, query, max(wanted, 1), (hits, total))
    for name in own:
        facets.update(_facets(searcher, ranks, _query(schema, counted, filters, skip=name), [name]))
    return Found(order, total, facets)


def rank(day: str | None, unit_id: int) -> int:
    """The order of hits with the same score, larger first: the newer meeting (undated last), the lower id."""
    dated = int(day.replace("-", "")) if day and day.replace("-", "").isdigit() else 0
    return (dated << 32) | (_LOW - unit_id)


def _first(searcher, query, wanted: int, kinds_counted: bool, in_order: bool = False) -> tuple[list, int | None]:
    """The first hits :func:`_best` reads and the total; None when the facet of the hits' kinds, counted anyway
    (``kinds_counted``), is to give it. Counting the hits in the same pass costs ~10 % more than reading the
    best of them alone (the 20 bench queries at 20,000 meetings: 12.3 vs 11.1 ms summed, bench/results.md): a
    first read holding fewer hits than it asked for holds all of them, and a larger total is the sum of the kind
    facet, exact. ``in_order``: tantivy orders ties by rank (:attr:`.search_engine_ranks.Ranks.in_order`), the
    ``wanted`` best are all that is read."""
    limit = wanted if in_order else _limit(wanted)
    found = searcher.search(query, limit, count=not kinds_counted)
    if not kinds_counted:
        return found.hits, found.count
    return found.hits, len(found.hits) if len(found.hits) < limit else None


def _limit(wanted: int) -> int:
    """Hits read first: more than wanted, so that a hit tying with the last one wanted is seen."""
    return (wanted // BLOCK + FIRST) * BLOCK


def _best(searcher, ranks: Ranks, schema, query, wanted: int, first: tuple | None = None) -> tuple[list[int], int]:
    """The ids of the ``wanted`` best hits and the total: by score, then :func:`rank`.

    tantivy orders hits of the same score by their place in the index, which
    differs between two indexes of the same units (two machines, or one index
    before and after a merge of its segments). So every hit tying with the
    last one wanted is ordered by rank: every index of the same units gives
    the same order, and every hit is on exactly one page. When the first
    block of hits ends in that tie (a generated or templated archive has
    thousands of equal scores), :func:`.search_engine_ties.tied` finds the newest of the tied hits.
    ``first``: the hits of the first read and the exact total (:func:`_first`), when already read.
    """
    if first is None:
        found = searcher.search(query, _limit(wanted), count=True)
        first = found.hits, found.count
    hits, total = first
    if ranks.in_order:  # tantivy's order of equal scores is their order by rank
        return _ids([(score, ranks[a.segment_ord][a.doc]) for score, a in hits[:wanted]]), total
    if len(hits) > wanted:  # only hits scoring at least as the last one wanted can be on the page
        least = hits[wanted - 1][0]
        if hits[-1][0] >= least and len(hits) < total:
            more = _next_page(searcher, query, hits, total, wanted)
            if not more or (more[-1][0] >= least and len(hits) + len(more) < total):
                return _ids(tied(searcher, ranks, schema, query, hits, wanted, total)), total
            hits = hits + more  # the next page ends the tie: every tied hit is read
        return _ids(ranks.best([hit for hit in hits if hit[0] >= least], least, wanted)), total
    return _ids(heapq.nlargest(wanted, [(score, ranks[a.segment_ord][a.doc]) for score, a in hits])), total


def _next_page(searcher, query, hits: list, total: int, wanted: int) -> list:
    """The hits after ``hits`` (:data:`PAGE` times as many), when there are at most :data:`PAGED` hits in all
    (each page scores every hit again); else none. A few hundred tied hits (a small archive) end there,
    cheaper than in windows. (tantivy orders equal scores by address: the pages of one searcher join up.)"""
    if total > PAGED or reads_all(total, wanted):  # (so few hits are read at once: tied())
        return []
    return searcher.search(query, PAGE * len(hits), count=False, offset=len(hits)).hits


def _ids(keyed) -> list[int]:
    """The unit ids of (score, rank) pairs, in their order."""
    return [_LOW - (r & _LOW) for _score, r in keyed]


def _newest(searcher, query, wanted: int) -> tuple[list[int], int]:
    """The ids of the ``wanted`` hits of the newest meetings (undated last, then the lower id) and the total."""
    found = searcher.search(query, wanted, count=True, order_by_field="rank")
    return [_LOW - (value & _LOW) for value, _address in found.hits], found.count


def _facets(searcher, ranks: Ranks, query, names: list[str]) -> dict[str, dict[str, int]]:
    """Exact counts per value of each facet of ``names`` over the hits of ``query``, from the columns of facet
    ids (:func:`.search_engine_facets.facets`; the values: the commit's table, ``ranks.facets``)."""
    return _counted(searcher, ranks.facets, query, names)
