"""Searching the embedded engine's index (:mod:`.search_engine`): the query, the order of the hits, the facets.

Every query term must be in the title terms (weighing
:data:`~.search_query.TITLE_WEIGHT`) or the other terms; tantivy scores by
BM25. The total and the facets are tantivy's aggregations over every hit:
exact. Facets with a filter of their own are counted without it.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from .search_query import FACETS, TITLE_WEIGHT, _sorted

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

BLOCK = 100  #: hits with the same score go newest first within blocks of this many (:func:`_best`)
VALUES = 10_000  #: values of a facet asked for at first (more when a facet has more)
_LOW = 2 ** 32 - 1  #: the low half of a rank: the unit id, counted down


@dataclass
class Found:
    """Hits best first (at least as many as the page needs), the exact total and the exact facets."""

    order: list[int]
    total: int
    facets: dict[str, dict[str, int]]


def _terms(schema, terms: list[str]):
    """Every term, in the title (weighing more) or the rest."""
    must = []
    for term in terms:
        title = tantivy.Query.term_query(schema, "title_terms", term, index_option="freq")
        rest = tantivy.Query.term_query(schema, "terms", term, index_option="freq")
        either = tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.boost_query(title, TITLE_WEIGHT)),
                                              (tantivy.Occur.Should, rest)])
        must.append((tantivy.Occur.Must, either))
    return must


def _query(schema, must: list, filters: dict, skip: str | None = None):
    clauses = list(must)
    for name, value in filters.items():
        if value is not None and name != skip:
            value = int(value) if name == "year" else str(value)
            clauses.append((tantivy.Occur.Must, tantivy.Query.term_query(schema, name, value)))
    return tantivy.Query.boolean_query(clauses)


def find(searcher, ranks: dict[int, array], schema, terms: list[str], filters: dict, wanted: int) -> Found:
    """The best ``wanted`` hits in order, the total and the facets (each ignoring its own filter)."""
    must = _terms(schema, terms)
    query = _query(schema, must, filters)
    order, total = _best(searcher, ranks, query, max(wanted, 1))
    facets = {name: {} for name in FACETS}
    own = [name for name in FACETS if filters.get(name) is not None]
    rest = [name for name in FACETS if name not in own]
    if total:
        facets.update(_facets(searcher, query, rest))
    for name in own:
        facets.update(_facets(searcher, _query(schema, must, filters, skip=name), [name]))
    return Found(order, total, facets)


def rank(day: str | None, unit_id: int) -> int:
    """The order of hits with the same score, larger first: the newer meeting (undated last), the lower id."""
    dated = int(day.replace("-", "")) if day and day.replace("-", "").isdigit() else 0
    return (dated << 32) | (_LOW - unit_id)


def _best(searcher, ranks: dict[int, array], query, wanted: int) -> tuple[list[int], int]:
    """The ids of the ``wanted`` best hits and the total.

    tantivy orders by score (ties by index position); each block of
    :data:`BLOCK` hits of that order is then ordered by score and
    :func:`rank`, so hits with the same score go newest meeting first within
    a block. The order depends on the index state alone, not on the page
    asked for: every hit is on exactly one page.
    """
    limit = -(-wanted // BLOCK) * BLOCK
    found = searcher.search(query, limit, count=True)
    keyed = [(score, ranks[a.segment_ord][a.doc]) for score, a in found.hits]
    order: list[int] = []
    for start in range(0, min(len(keyed), wanted), BLOCK):
        block = sorted(keyed[start:start + BLOCK], reverse=True)
        order += [_LOW - (r & _LOW) for _score, r in block]
    return order[:wanted], found.count


def _facets(searcher, query, names: list[str], size: int = VALUES) -> dict[str, dict[str, int]]:
    """Exact counts per value of each facet of ``names`` over the hits of ``query``.

    A facet with more than ``size`` values is counted again with room for all of them.
    """
    if not names:
        return {}
    answer = searcher.aggregate(query, {name: {"terms": {"field": name, "size": size}} for name in names})
    out = {}
    for name in names:
        if answer[name].get("sum_other_doc_count"):
            out |= _facets(searcher, query, [name], size * 100)
            continue
        counts = {str(b["key"]) if name != "year" else str(int(b["key"])): b["doc_count"]
                  for b in answer[name]["buckets"]}
        out[name] = _sorted(counts)
    return out
