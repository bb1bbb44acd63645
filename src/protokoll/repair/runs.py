"""Increasing runs of numbers in document order: which "N." in a flattened line are item headings.

Split from :mod:`protokoll.repair.layout`, which calls :func:`runs` once per numbering style.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Protocol


class Numbered(Protocol):
    value: int


def runs(group: list[Numbered], from_one: bool, max_step: int, min_len: int) -> list[list[Numbered]]:
    """Greedy runs of increasing values (steps 1..max_step) in document order.

    A run from each start takes the first unused number after its last one whose value is 1 to
    ``max_step`` higher; the numbers are looked up by value (:class:`_Unused`) rather than scanned,
    as scanning the rest of the line from every "1." made a line of many "1." quadratic.
    """
    unused = _Unused(group)
    out = []
    for s, start in enumerate(group):
        if not unused.has(s) or (from_one and start.value != 1):
            continue
        chain, last, at = [s], start.value, s
        while (j := min((k for v in range(last + 1, last + max_step + 1)
                         if (k := unused.after(v, at)) is not None), default=None)) is not None:
            chain.append(j)
            last, at = group[j].value, j
        if len(chain) >= min_len:
            unused.take(chain)
            out.append([group[j] for j in chain])
    return out


class _Unused:
    """Positions of a group's numbers by value, with "the first unused one after k" in near O(1)."""

    def __init__(self, group: list[Numbered]) -> None:
        self.values = [n.value for n in group]
        self.by_value: dict[int, list[int]] = {}
        for k, v in enumerate(self.values):
            self.by_value.setdefault(v, []).append(k)
        #: per value, index i -> an index at or after i that may be unused (union-find over the list)
        self.skip = {v: list(range(len(ks) + 1)) for v, ks in self.by_value.items()}
        self.used: set[int] = set()

    def has(self, k: int) -> bool:
        return k not in self.used

    def after(self, value: int, k: int) -> int | None:
        """The first unused position after ``k`` holding ``value``, or None."""
        ks = self.by_value.get(value)
        if ks is None:
            return None
        i = self._find(self.skip[value], bisect_right(ks, k))
        return ks[i] if i < len(ks) else None

    def take(self, chain: list[int]) -> None:
        """Mark positions used: each then links to the next entry of its value's list."""
        for k in chain:
            self.used.add(k)
            v = self.values[k]
            i = bisect_left(self.by_value[v], k)
            self.skip[v][i] = i + 1

    @staticmethod
    def _find(skip: list[int], i: int) -> int:
        """The first index at or after ``i`` that is unused, compressing the path walked."""
        root = i
        while skip[root] != root:
            root = skip[root]
        while skip[i] != root:
            skip[i], i = root, skip[i]
        return root
