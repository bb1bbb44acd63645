"""The rank of every document of an opened commit of the embedded index, and what the layout of its
segments says about tantivy's order of equal scores (:mod:`.search_engine_ties`).

tantivy orders hits of equal score by address: segment ordinal, then document number. A full build
writes every unit newest first into one segment (:func:`.search_engine_schema.add_newest_first`), so
addresses ascend as ranks descend and tantivy's order is the order by score, then rank
(:attr:`Ranks.in_order`): no tie is looked for. A later commit adds a segment, in an order of
segment ordinals tantivy chooses (by random segment ids); when only that segment's units -- usually
the newest meetings -- are out of place, every unit older than them is still in one segment in
rank order (:attr:`Ranks.apart`), and a tie is read there in tantivy's order, the newest units apart.
Each property is read from the ranks themselves at every commit opened, never assumed.
"""

from __future__ import annotations

import heapq
from array import array
from operator import gt

from .search_engine_facets import FacetTable


class Ranks(dict):
    """The rank of every document of a searcher: segment ordinal -> array by document number;
    :attr:`ordered`: every rank, ascending; :attr:`before`: segment ordinal -> the documents of the
    segments before it; :attr:`total`: every document. Made once per commit opened (:meth:`read`)."""

    ordered: array = array("Q")
    before: dict[int, int] = {}
    total: int = 0
    #: whether addresses ascend as ranks descend over the whole index (rank 0, the state document, aside:
    #: it has no terms and no date, so it is never a hit)
    in_order: bool = False
    #: when not :attr:`in_order`: the lowest rank of a unit outside the largest segment in rank order -- every
    #: older unit is in that segment (None: no segment is in rank order)
    apart: int | None = None
    #: that segment's ordinal (with :attr:`apart`)
    whole: int | None = None
    #: the values of the commit's facet ids (its state document's; set when the commit is opened, never changed)
    facets: FacetTable = FacetTable()

    @classmethod
    def read(cls, every) -> Ranks:
        """The ranks of ``every`` document, as (rank, address) from the newest rank down."""
        ranks = cls()
        ranks.ordered = array("Q", reversed([value for value, _address in every]))  # (read newest first)
        for value, address in every:
            column = ranks.setdefault(address.segment_ord, array("Q"))
            doc = address.doc
            if doc >= len(column):
                column.frombytes(bytes(8 * (doc + 1 - len(column))))
            column[doc] = value
        ranks.done()
        ranks.in_order, ranks.apart, ranks.whole = _layout(ranks)
        return ranks

    def of(self, hits, score: float) -> list[int]:
        """The ranks of the hits of ``hits`` (score, address) that score ``score``. (An index of one segment --
        every full build -- reads one attribute of each address, not two: ~0.1 us a hit, hundreds of tied hits.)"""
        if len(self) == 1:
            (column,) = self.values()
            return [column[a.doc] for s, a in hits if s == score]
        return [self[a.segment_ord][a.doc] for s, a in hits if s == score]

    def best(self, hits, least: float, wanted: int) -> list[tuple[float, int]]:
        """(score, rank) of the ``wanted`` best of ``hits`` (score, address), all scoring ``least`` or more and
        fewer than ``wanted`` above it: those above by score, then the tied ones newest first (a heap of plain
        ranks, not of pairs)."""
        above = sorted(((s, self[a.segment_ord][a.doc]) for s, a in hits if s > least), reverse=True)
        return above + [(least, r) for r in heapq.nlargest(wanted - len(above), self.of(hits, least))]

    def done(self) -> None:
        """Count each segment's preceding documents and the total, once all columns are read."""
        self.before, self.total = {}, 0
        for ordinal in sorted(self):
            self.before[ordinal] = self.total
            self.total += len(self[ordinal])


def _layout(ranks: Ranks) -> tuple[bool, int | None, int | None]:
    """(:attr:`Ranks.in_order`, :attr:`Ranks.apart`, :attr:`Ranks.whole`) of ``ranks``, from each segment's
    column (a deleted document, and the state document, read as rank 0: left out)."""
    live = {ordinal: [r for r in column if r] for ordinal, column in ranks.items()}
    ordered = {ordinal for ordinal, kept in live.items() if all(map(gt, kept, kept[1:]))}  # (descending)
    spans = [(kept[0], kept[-1]) for _ordinal, kept in sorted(live.items()) if kept]
    if len(ordered) == len(live) and all(oldest > newest for (_n, oldest), (newest, _o) in zip(spans, spans[1:])):
        return True, None, None
    if not ordered:
        return False, None, None
    whole = max(ordered, key=lambda ordinal: len(live[ordinal]))
    apart = min((min(kept) for ordinal, kept in live.items() if ordinal != whole and kept), default=None)
    return False, apart, whole if apart is not None else None
