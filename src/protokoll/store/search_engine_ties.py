"""The order of tied hits in the embedded engine (:mod:`.search_engine_find`): the newest first, found cheaply.

Hits with the same score are ordered by rank (:func:`.search_engine_find.rank`:
the newer meeting, then the lower id), so every index of the same units gives
the same pages. A templated archive has thousands of hits with one score, so
the hits tying with the last one wanted are not all read: they are looked
for in windows of the newest units, each older than the last and
:data:`GROWTH` times larger, until the windows seen hold enough of them --
every tied hit outside them is older than every one inside.

A window is a range of ranks, searched as a handful of indexed terms: each
unit is indexed under the prefixes of its rank at every :data:`LEVELS` bit
(the ``span`` field, :func:`spans`), and a range of whole
:data:`GRAIN`-sized blocks is the union of a few such prefixes
(:func:`cover`), the way a trie answers a numeric range. (A range over the
``rank`` fast field scans the whole column of every segment: 1-4 ms at
500,000 units, against 0.1-0.4 ms for the terms.) The window adds 0.0 to each
score, so a hit scores exactly as in the query alone.
"""

from __future__ import annotations

import bisect
import heapq
from array import array

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

LEVELS = tuple(range(12, 60, 4))  #: the bit positions a rank's prefixes are cut at (blocks of 2**12 ranks up)
GRAIN = 1 << LEVELS[0]  #: the smallest block of ranks a window is made of
READ = 8  #: blocks of hits read from a window at most
GROWTH = 8  #: how many times more units the next window holds when the last held too few tied hits
FIELD = "span"


class Ranks(dict):
    """The rank of every document of a searcher: segment ordinal -> array by document number;
    :attr:`ordered`: every rank, ascending."""

    ordered: array = array("Q")


def spans(rank: int) -> list[str]:
    """The terms a unit of ``rank`` is indexed under: its rank's prefix at each of :data:`LEVELS`."""
    return [f"{level}.{rank >> level:x}" for level in LEVELS]


def cover(low: int, high: int) -> list[str]:
    """The fewest terms of :func:`spans` whose units are those of ranks ``low`` to ``high`` (excluded),
    both multiples of :data:`GRAIN`."""
    terms = []
    while low < high:
        level = LEVELS[0]
        for bits in LEVELS[1:]:
            if low & ((1 << bits) - 1) or low + (1 << bits) > high:
                break
            level = bits
        terms.append(f"{level}.{low >> level:x}")
        low += 1 << level
    return terms


def tied(searcher, ranks: Ranks, schema, query, hits: list, wanted: int, total: int) -> list[tuple[float, int]]:
    """(score, rank) of the ``wanted`` best hits when more hits than ``hits`` (the best, in order)
    tie with the last one wanted."""
    least = hits[wanted - 1][0]
    above = sorted(((score, ranks[a.segment_ord][a.doc]) for score, a in hits if score > least), reverse=True)
    missing = wanted - len(above)
    ordered = ranks.ordered
    limit = READ * len(hits)
    size = max(1, len(ordered) * limit // (2 * total))  # units holding half that many hits, on average
    found: list[int] = []
    high, end = len(ordered), (ordered[-1] // GRAIN + 1) * GRAIN  # (just above the newest: fewer terms)
    while high > 0 and len(found) < missing:
        high = max(0, high - size)
        start = ordered[high] // GRAIN * GRAIN if high else 0
        found += _window(searcher, ranks, schema, query, least, (start, end), limit, missing - len(found))
        end, size = start, size * GROWTH
        high = bisect.bisect_left(ordered, start)
    return above + [(least, r) for r in heapq.nlargest(missing, found)]


def _window(searcher, ranks: Ranks, schema, query, least: float, window: tuple[int, int], limit: int,
            needed: int) -> list[int]:
    """The ranks of the hits scoring ``least`` among the units of ranks ``window`` (from, to excluded):
    all of them, or when that would be more than ``limit`` hits, at least the ``needed`` newest.

    A window holding ``limit`` hits at ``least`` or above is halved, the newer half first; one
    block (:data:`GRAIN` ranks) is read whole.
    """
    low, high = window
    single = high - low <= GRAIN
    inside = tantivy.Query.const_score_query(tantivy.Query.term_set_query(schema, FIELD, cover(low, high)), 0.0)
    found = searcher.search(tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.Must, inside)]),
                            GRAIN + 1 if single else limit, count=False).hits
    if single or len(found) < limit or found[-1][0] < least:
        return [ranks[a.segment_ord][a.doc] for score, a in found if score == least]
    middle = _middle(ranks.ordered, low, high)
    newer = _window(searcher, ranks, schema, query, least, (middle, high), limit, needed)
    if len(newer) >= needed:
        return newer
    return newer + _window(searcher, ranks, schema, query, least, (low, middle), limit, needed - len(newer))


def _middle(ordered: array, low: int, high: int) -> int:
    """A multiple of :data:`GRAIN` strictly between ``low`` and ``high`` splitting their units about in half."""
    first, last = bisect.bisect_left(ordered, low), bisect.bisect_left(ordered, high)
    middle = ordered[(first + last) // 2] // GRAIN * GRAIN if last > first else (low + high) // 2 // GRAIN * GRAIN
    return min(max(middle, low + GRAIN), high - GRAIN)
