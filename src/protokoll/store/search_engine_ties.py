"""The order of tied hits in the embedded engine (:mod:`.search_engine_find`): the newest first, found cheaply.

Hits with the same score are ordered by rank (:func:`.search_engine_find.rank`:
the newer meeting, then the lower id), so every index of the same units gives
the same pages. A templated archive has thousands of hits with one score, so
the hits tying with the last one wanted are not all read: they are looked
for in windows of the newest units, each older than the last and up to
:data:`GROWTH` times larger (as the tied hits found so far say), until the
windows seen hold enough of them -- every tied hit outside them is older than
every one inside. The tied hits tantivy read first (in the order of the index)
tell how far back the first window must reach (:func:`_sampled`).

A window is a range of ranks, searched as a handful of indexed terms: each
unit is indexed under the prefixes of its rank at every :data:`LEVELS` bit
(the ``span`` field, :func:`spans`), and a range of whole
:data:`GRAIN`-sized blocks is the union of a few such prefixes
(:func:`cover`), the way a trie answers a numeric range. (A range over the
``rank`` fast field scans the whole column of every segment: ~0.6 ms for the
newest 1 % of 500,000 units, 4 ms for half of them; the terms' postings cost
in proportion to the window, bench/results.md.) The window adds 0.0 to each
score, so a hit scores exactly as in the query alone.

An index whose addresses are in rank order (a full build) needs no window: tantivy
orders equal scores by address; after later commits, the segment still in rank
order is read in tantivy's order and only the newest units as a window
(:func:`_split`; :mod:`.search_engine_ranks` says which layout a commit has).
"""

from __future__ import annotations

import bisect
import heapq
import math
from array import array
from functools import lru_cache
from operator import itemgetter

from .search_engine_ranks import Ranks

try:
    import tantivy
except ImportError:  # pragma: no cover - tantivy is a pinned dependency
    tantivy = None

LEVELS = tuple(range(12, 60, 4))  #: the bit positions a rank's prefixes are cut at (blocks of 2**12 ranks up)
GRAIN = 1 << LEVELS[0]  #: the smallest block of ranks a window is made of
BLOCK = 100  #: hits are read in multiples of this many
READ = 8  #: blocks of hits read from a window at most (beyond those of the page)
GROWTH = 4  #: how many times more units the next window holds when the last held too few tied hits
FIELD = "span"


def spans(rank: int) -> str:
    """The terms a unit of ``rank`` is indexed under, separated by spaces: its rank's prefix at each of
    :data:`LEVELS` (``f"{level}.{rank >> level:x}"``). Every level is a whole hex digit, so a prefix is the
    rank's hex digits but the last ``level // 4``: taken from one hex string by one call (:func:`_cuts`),
    not a shift and a format a level (a full build makes one a unit: ~2.8 -> ~1.1 us)."""
    digits = f"{rank:x}"
    template, cut = _cuts(len(digits))
    return template % cut(digits)


@lru_cache(maxsize=None)
def _cuts(length: int) -> tuple:
    """(the template of :func:`spans` for a rank of ``length`` hex digits, a getter of its prefixes): a level
    beyond the rank's digits has the prefix 0, written into the template."""
    parts, kept = [], []
    for level in LEVELS:
        end = length - level // 4
        parts.append(f"{level}.%s" if end > 0 else f"{level}.0")
        kept += [slice(0, end)] if end > 0 else []
    return " ".join(parts), itemgetter(*kept) if kept else (lambda digits: ())  # (one prefix: a str, as % takes it)


def cover(low: int, high: int) -> list[str]:
    """The fewest terms of :func:`spans` whose units are those of ranks ``low`` to ``high`` (excluded),
    both multiples of :data:`GRAIN`, in ascending order of rank.

    A level at a time, from the finest: the blocks of that level from ``low`` up to the next boundary
    of the level above, and down from ``high`` to the last one; what lies between is left to the levels
    above. (Greedy from ``low``, a term at a time, gives the same terms: ~1.2 us a term, this ~0.4.)"""
    left, right = [], []
    for level, above in zip(LEVELS, LEVELS[1:]):
        if low >= high:
            return left + right[::-1]
        up = min(-(-low >> above) << above, high)
        down = max(high >> above << above, up)
        left += [f"{level}.{prefix:x}" for prefix in range(low >> level, up >> level)]
        right += [f"{level}.{prefix:x}" for prefix in range((high >> level) - 1, (down >> level) - 1, -1)]
        low, high = up, down
    left += [f"{LEVELS[-1]}.{prefix:x}" for prefix in range(low >> LEVELS[-1], high >> LEVELS[-1])]
    return left + right[::-1]


def tied(searcher, ranks: Ranks, schema, query, hits: list, wanted: int, total: int) -> list[tuple[float, int]]:
    """(score, rank) of the ``wanted`` best hits when more hits than ``hits`` (the best, in order)
    tie with the last one wanted."""
    least = hits[wanted - 1][0]
    above = sorted(((score, ranks[a.segment_ord][a.doc]) for score, a in hits if score > least), reverse=True)
    missing = wanted - len(above)
    if reads_all(total, wanted):  # few hits: reading them all is cheaper than a window
        return ranks.best(searcher.search(query, total, count=False).hits, least, wanted)
    low = _apart(ranks)
    if low is not None:
        found = _split(searcher, ranks, schema, query, (hits, least), low, wanted, missing)
    else:
        found = _windows(searcher, ranks, schema, query, hits, least, wanted, total, missing)
    return above + [(least, r) for r in heapq.nlargest(missing, found)]


def _windows(searcher, ranks: Ranks, schema, query, hits: list, least: float, wanted: int, total: int,
             missing: int) -> list[int]:
    """The ranks of at least the newest ``missing`` hits scoring ``least``, from windows of the newest units down."""
    ordered = ranks.ordered
    limit = window_read(wanted)
    size = max(1, len(ordered) * limit // (2 * total))  # units holding half that many hits, on average
    reach = _sampled(ranks, hits, least, missing)
    most = max(2 * size, reach)  # (the first window's; each later one's is twice its size)
    size = max(size, reach)  # (the tie's newest hits are older than such a window: one window reaching them)
    found: list[int] = []
    high, end = len(ordered), _end(ordered)
    while high > 0 and len(found) < missing:
        start = _start(ordered, high, size, most)
        found += _window(searcher, ranks, schema, query, least, (start, end), limit, missing - len(found))
        end, high = start, bisect.bisect_left(ordered, start)
        size = _next(size, len(ordered) - high, len(found), missing)
        most = 2 * size
    return found


def _end(ordered: array) -> int:
    """The rank after every unit's: the day after the newest (a window up to it is few terms)."""
    return ((ordered[-1] >> 32) + 1) << 32


APART = 8  #: the newest units apart (:func:`_apart`) are at most this part of the index


def _apart(ranks: Ranks) -> int | None:
    """The first rank (a multiple of :data:`GRAIN`) of the newest units that hold every unit outside the
    largest segment in rank order (:attr:`.search_engine_ranks.Ranks.apart`); None when there is no such
    segment or those units are more than 1/:data:`APART` of the index."""
    if ranks.in_order or ranks.apart is None:
        return None
    low = ranks.apart >> LEVELS[0] << LEVELS[0]
    if (len(ranks.ordered) - bisect.bisect_left(ranks.ordered, low)) * APART > len(ranks.ordered):
        return None
    return low


def _split(searcher, ranks: Ranks, schema, query, read: tuple[list, float], low: int, wanted: int,
           missing: int) -> list[int]:
    """The ranks of at least the newest ``missing`` hits scoring ``least`` (``read``: the first hits read and
    that score), apart in the one segment in rank order and in the newest units (ranks ``low`` up), which
    hold every other unit. (Neither search below changes a score.)

    That segment's tied hits come in tantivy's order, its newest first: from the first read when it holds
    ``missing`` of them, else from a search of the units older than ``low`` -- all in that segment, and
    fewer than ``wanted - missing`` score more. The other segments' tied hits are all in the first read
    when their ordinals come first (they come before any of that segment's), else the newest units are
    searched as one window (few units: :data:`APART`)."""
    hits, least = read
    tied = [a for score, a in hits if score == least]
    inside = [ranks[ranks.whole][a.doc] for a in tied if a.segment_ord == ranks.whole]
    if len(inside) >= missing and ranks.whole == max(ranks):  # every other segment's tied hits were read first
        return inside + [ranks[a.segment_ord][a.doc] for a in tied if a.segment_ord != ranks.whole]
    end = _end(ranks.ordered)
    if len(inside) < missing:
        older = tantivy.Query.boolean_query([(tantivy.Occur.Must, query),
                                             (tantivy.Occur.MustNot, _any(schema, cover(low, end)))])
        inside = ranks.of(searcher.search(older, wanted, count=False).hits, least)
    return list(set(inside + _window(searcher, ranks, schema, query, least, (low, end), window_read(wanted), missing)))


def _sampled(ranks: Ranks, hits: list, least: float, missing: int) -> int:
    """Units from the newest down to where the tied hits among ``hits`` say the newest ``missing`` of the
    tie reach (0 when ``hits`` hold fewer tied hits).

    tantivy reads equal scores in the order of the index, not of rank: the tied hits read first (up to
    :data:`SAMPLE` of them) are a sample of the tie, as large a part of it as the part of the index they
    were read from. Units down to the sample's ``missing``-th newest hold at least ``missing`` tied hits;
    a tie spread evenly needs fewer: down to the sample's newest :data:`SURE` times its share of
    ``missing``. A tie of older meetings only is then found by one window, not after empty windows of
    the newest units growing 4x at a time (each one more scoring pass: 20k bench archive, "teknikdagen":
    3 windows, 5.6 ms -> 1 window, 3.1 ms). Exact either way: a window too small is followed by older ones.
    """
    tied = [a for score, a in hits if score == least][:max(SAMPLE, missing)]  # (each rank read costs ~0.15 us)
    if len(tied) < missing:
        return 0
    last = tied[-1]
    read = ranks.before[last.segment_ord] + last.doc + 1
    needed = min(missing, math.ceil(missing * SURE * read / ranks.total))
    newest = heapq.nlargest(needed, [ranks[a.segment_ord][a.doc] for a in tied])[-1]
    return len(ranks.ordered) - bisect.bisect_left(ranks.ordered, newest)


SURE = 4  #: times the tied hits expected in the first window that the sample asks for
SAMPLE = 50  #: tied hits read first that are looked at (at least as many as are missing)


ALL = 1  #: up to this many times READ blocks of hits (one window's read), every hit is read at once (tests: 0)


def reads_all(total: int, wanted: int) -> bool:
    """Few enough hits that :func:`tied` reads every one at once (up to ``ALL`` windows' read)."""
    return total <= ALL * window_read(wanted)


def window_read(wanted: int) -> int:
    """Hits read from one window at most when the ``wanted`` best are looked for."""
    return READ * (wanted // BLOCK + 1) * BLOCK


def _next(size: int, seen: int, found: int, missing: int) -> int:
    """Units in the next window: as many as the tied hits found in the ``seen`` units so far say the
    rest needs (a quarter more), between ``size`` and :data:`GROWTH` times it."""
    if not found:
        return size * GROWTH
    return min(size * GROWTH, max(size, (missing * seen // found - seen) * 5 // 4))


def _start(ordered: array, high: int, size: int, most: int) -> int:
    """The first rank of a window of ``size`` to ``most`` units ending before position ``high``: the most
    rounded one, so that the window is a few terms (:func:`cover`)."""
    if high <= size:
        return 0
    first = ordered[high - size]
    for level in reversed(LEVELS):
        start = first >> level << level
        if high - bisect.bisect_left(ordered, start) <= most:
            return start
    return first >> LEVELS[0] << LEVELS[0]


def _window(searcher, ranks: Ranks, schema, query, least: float, window: tuple[int, int], limit: int,
            needed: int) -> list[int]:
    """The ranks of the hits scoring ``least`` among the units of ranks ``window`` (from, to excluded):
    all of them, or when that would be more than ``limit`` hits, at least the ``needed`` newest.

    A window holding ``limit`` hits at ``least`` or above is halved, the newer half first; one
    block (:data:`GRAIN` ranks) is read whole.
    """
    low, high = window
    single = high - low <= GRAIN
    inside = tantivy.Query.const_score_query(_any(schema, cover(low, high)), 0.0)
    found = searcher.search(tantivy.Query.boolean_query([(tantivy.Occur.Must, query), (tantivy.Occur.Must, inside)]),
                            GRAIN + 1 if single else limit, count=False).hits
    if single or len(found) < limit or found[-1][0] < least:
        return ranks.of(found, least)
    middle = _middle(ranks.ordered, low, high)
    newer = _window(searcher, ranks, schema, query, least, (middle, high), limit, needed)
    if len(newer) >= needed:
        return newer
    return newer + _window(searcher, ranks, schema, query, least, (low, middle), limit, needed - len(newer))


def _any(schema, terms: list[str]):
    """Units indexed under any of the ``span`` terms: one term query each, joined. (A term set query of
    even three terms costs ~0.2 ms more per search on 50,000 units or 500,000, bench/results.md.)"""
    return tantivy.Query.boolean_query([(tantivy.Occur.Should, tantivy.Query.term_query(schema, FIELD, term))
                                        for term in terms])


def _middle(ordered: array, low: int, high: int) -> int:
    """A multiple of :data:`GRAIN` strictly between ``low`` and ``high`` splitting their units about in half."""
    first, last = bisect.bisect_left(ordered, low), bisect.bisect_left(ordered, high)
    middle = ordered[(first + last) // 2] // GRAIN * GRAIN if last > first else (low + high) // 2 // GRAIN * GRAIN
    return min(max(middle, low + GRAIN), high - GRAIN)
