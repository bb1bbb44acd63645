"""Searching the embedded engine's index (:mod:`.search_engine`): the order of the hits, the total, the facets
(the queries: :mod:`.search_engine_queries`).

Every query term must be in the title terms (weighing
:data:`~.search_query.TITLE_WEIGHT`) or the other terms; tantivy scores by
BM25. The total and the facets are tantivy's aggregations over every hit:
exact. Facets with a filter of their own are counted without it.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter

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
VALUES = 10_000  #: values of a facet asked for at first (more when a facet has more)
KIND = "kind"  #: the facet of the hits' kinds: one value per unit
#: the index field holding every facet value of a unit, each behind its facet's mark ("o:Norrby kommun",
#: "y:2024"): the facets of a search in one aggregation (:func:`_together`)
FACET_VALUES = "facet_values"
MARKS = {"organization": "o:", "body": "b:", "year": "y:", "municipality": "m:", "kind": "k:"}


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
            facets.update(_facets(searcher, hits_of, rest))
    else:
        hits, total = _first(searcher, query, max(wanted, 1), KIND in rest, ranks.in_order)
        if total != 0:
            facets.update(_facets(searcher, hits_of, rest))
            if total is None:  # every unit has one kind: its facet counts every hit once
                total = sum(facets[KIND].values())
        order, total = _best(searcher, ranks, schema, query, max(wanted, 1), (hits, total))
    for name in own:
        facets.update(_facets(searcher, _query(schema, counted, filters, skip=name), [name]))
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


def _facets(searcher, query, names: list[str], size: int = VALUES) -> dict[str, dict[str, int]]:
    """Exact counts per value of each facet of ``names`` over the hits of ``query``: several facets in one
    aggregation (:func:`_together`), one facet (counted without its own filter) from its own field.

    A facet with more than ``size`` values is counted again with room for all of them.
    """
    if len(names) > 1:
        return _together(searcher, query, names, size)
    if not names:
        return {}
    answer = searcher.aggregate(query, {name: _terms_of(name, size) for name in names})
    out = {}
    for name in names:
        if answer[name].get("sum_other_doc_count"):
            out |= _facets(searcher, query, [name], size * 100)
            continue
        out[name] = _ordered(answer[name]["buckets"], name == "year")
    return out


def _together(searcher, query, names: list[str], size: int) -> dict[str, dict[str, int]]:
    """:func:`_facets` of ``names`` from one aggregation of :data:`.search_engine_schema.FACET_VALUES`, every
    facet value of a unit behind its facet's mark: one pass over the hits where a field per facet costs a pass
    each (five facets of the 20 bench queries at 2,000 meetings: ~185 us against ~215, bench/results.md
    "h105"). The buckets come in the order of their text (:func:`_terms_of`): a facet's are one run, found by
    its mark (bisected on the buckets themselves), in the order of their values (a year's as text, as
    :func:`_ordered` orders equal counts); each run is sorted in place by count and read into its dict by C
    loops, with no pair or key list per bucket (a common word's facets hold ~200 buckets)."""
    answer = searcher.aggregate(query, {FACET_VALUES: _terms_of(FACET_VALUES, size)})[FACET_VALUES]
    if answer.get("sum_other_doc_count"):
        return _together(searcher, query, names, size * 100)
    buckets = answer["buckets"]
    out = {}
    for name in names:
        first, after, unmarked = _RUNS[name]
        low = bisect_left(buckets, first, key=_KEY)
        run = buckets[low:bisect_left(buckets, after, low, key=_KEY)]
        run.sort(key=_DOCS, reverse=True)  # stable: equal counts stay in the order of their values
        while run and not run[-1]["doc_count"]:  # (tantivy leaves out empty buckets; none is shown)
            run.pop()
        out[name] = dict(zip(map(unmarked, map(_KEY, run)), map(_DOCS, run)))
    return out


_AFTER = chr(ord(":") + 1)  #: the character after a mark's colon: the end of a facet's run of buckets
#: per facet: its run's first key, the key after its run, the getter of a key's value (the key without the mark)
_RUNS = {name: (mark, mark[0] + _AFTER, itemgetter(slice(len(mark), None))) for name, mark in MARKS.items()}


def _terms_of(name: str, size: int) -> dict:
    """The aggregation of a facet: its values in the order of their text (tantivy's term order, the bytes
    of UTF-8: the order of code points, as Python orders strings), so that :func:`_ordered` only sorts by count."""
    return {"terms": {"field": name, "size": size, "order": {"_key": "asc"}}}


def _ordered(buckets: list[dict], numbers: bool, marked: int = 0) -> dict[str, int]:
    """A facet's buckets (in the order of their values: :func:`_terms_of`) as value -> count, most hits
    first, equal counts in the order of their values (as :func:`.search_counts._sorted` orders them).
    A facet of a common word has hundreds of values: the pairs are read by one getter, sorted once by
    count (stable), the dict zipped -- C loops. ``marked``: the length of the mark each value begins with."""
    pairs = list(map(_COUNT_VALUE, buckets))
    if numbers:  # (a year comes back as a float; its text orders equal counts)
        pairs = sorted((n, str(int(value))) for n, value in pairs)
    pairs.sort(key=_COUNT, reverse=True)  # stable: equal counts stay in the order of their values
    while pairs and not pairs[-1][0]:  # (tantivy leaves out empty buckets; none is shown)
        pairs.pop()
    values = map(_VALUE, pairs)
    return dict(zip(map(itemgetter(slice(marked, None)), values) if marked else values, map(_COUNT, pairs)))


_COUNT_VALUE = itemgetter("doc_count", "key")
_DOCS = itemgetter("doc_count")
_COUNT, _VALUE = itemgetter(0), itemgetter(1)
_KEY = itemgetter("key")
