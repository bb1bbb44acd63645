"""``Ranks.best`` orders the hits at and above the last wanted score as one heap over every (score, rank) pair
did: by score, then the newest rank first; ``Ranks.of`` reads the ranks of the tied hits (one attribute of each
address when the index is one segment)."""

from __future__ import annotations

import heapq
import random
from array import array
from types import SimpleNamespace

import pytest

from protokoll.store.search_engine_ties import Ranks


def _ranks(sizes: list[int], seed: int) -> Ranks:
    rng = random.Random(seed)
    ranks = Ranks()
    for ordinal, size in enumerate(sizes):
        ranks[ordinal] = array("Q", rng.sample(range(1, 10 ** 9), size))
    ranks.done()
    return ranks


def _hits(ranks: Ranks, seed: int, scores: list[float]) -> list[tuple[float, object]]:
    rng = random.Random(seed)
    every = [SimpleNamespace(segment_ord=o, doc=d) for o in ranks for d in range(len(ranks[o]))]
    return sorted(((rng.choice(scores), a) for a in rng.sample(every, min(300, len(every)))),
                  key=lambda hit: -hit[0])


@pytest.mark.parametrize("sizes", [[500], [200, 300, 40]])
@pytest.mark.parametrize("wanted", [1, 20, 100])
@pytest.mark.parametrize("seed", range(5))
def test_the_best_are_those_one_heap_of_every_pair_gives(sizes, wanted, seed):
    ranks = _ranks(sizes, seed)
    hits = _hits(ranks, seed, [9.5, 7.25, 3.0, 3.0, 3.0, 1.5])
    least = hits[wanted - 1][0]
    kept = [hit for hit in hits if hit[0] >= least]
    expected = heapq.nlargest(wanted, [(s, ranks[a.segment_ord][a.doc]) for s, a in kept])
    assert ranks.best(kept, least, wanted) == expected
    assert sorted(ranks.of(hits, least)) == sorted(ranks[a.segment_ord][a.doc] for s, a in hits if s == least)


def test_one_segment_reads_the_document_number_only():
    ranks = _ranks([50], 1)

    class Address:  # an address whose segment is never asked for
        def __init__(self, doc: int) -> None:
            self.doc = doc

        @property
        def segment_ord(self) -> int:
            raise AssertionError("read")

    hits = [(2.0, Address(d)) for d in range(10)]
    assert ranks.of(hits, 2.0) == [ranks[0][d] for d in range(10)]
    assert ranks.best(hits, 2.0, 3) == [(2.0, r) for r in heapq.nlargest(3, ranks[0][:10])]
