"""Which items are about one matter: the rule for two items (``linked``), and the sets it makes over
a whole archive (``clusters``) found without comparing every pair: shared Dnr and names join their
items in one pass, terms are compared per organisation between distinct sets of terms."""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterable, Iterator

from .case_items import CaseItem
from .case_terms import terms_linked


def linked(a: CaseItem, b: CaseItem) -> bool:
    """Whether two items of different documents are about the same matter.

    The rule as two items are compared, the earlier (lower index) first;
    ``clusters`` finds the same links without comparing every pair.
    """
    if a.document == b.document:
        return False
    if a.dnr & b.dnr or a.names & (b.names | b.mentions) or b.names & a.mentions:
        return True
    if a.organization != b.organization or not a.terms or not b.terms:
        return False
    return terms_linked(a.terms, b.terms)


class _Forest:
    """Union-find over item indexes whose root is always the lowest index of its set.

    So the sets and their labels depend only on which items are joined, never on
    the order the links are found in.
    """

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def root(self, n: int) -> int:
        parent = self.parent
        while parent[n] != n:
            parent[n] = parent[parent[n]]
            n = parent[n]
        return n

    def join(self, members: Iterable[int]) -> None:
        roots = {self.root(n) for n in members}
        if len(roots) > 1:
            lowest = min(roots)
            for r in roots:
                self.parent[r] = lowest


def clusters(items: list[CaseItem]) -> dict[str, str]:
    """Item id -> cluster label: the first item of its set of (transitively) linked items.

    Comparing every pair of items is quadratic (millions of pairs at 20,000
    meetings), so the links of ``linked`` are found per rule: items sharing a
    Dnr or a name are joined per Dnr or name in one pass, and terms are
    compared per organisation between distinct sets of terms (items with equal
    terms in one organisation link to the same items).
    """
    forest = _Forest(len(items))
    for members in _shared_keys(items):
        forest.join(members)
    _join_by_terms(items, forest)
    return {item.id: items[forest.root(n)].id for n, item in enumerate(items)}


def _shared_keys(items: list[CaseItem]) -> Iterator[list[int]]:
    """Sets of items that a shared Dnr or name links (each set connected by ``linked``).

    Items of one document never link by themselves; a name links two items when
    at least one has it in its title (``names``), the other in its title or its
    decisions (``mentions``).
    """
    dnrs, named, mentioned = defaultdict(list), defaultdict(list), defaultdict(list)
    for n, item in enumerate(items):
        for key in item.dnr:
            dnrs[key].append(n)
        for key in item.names:
            named[key].append(n)
        for key in item.mentions - item.names:
            mentioned[key].append(n)
    for members in dnrs.values():
        if len({items[n].document for n in members}) > 1:
            yield members
    for key, members in named.items():
        docs = {items[n].document for n in members}
        others = [n for n in mentioned.get(key, ()) if len(docs) > 1 or items[n].document not in docs]
        if len(docs) > 1 or others:
            yield members + others


def _join_by_terms(items: list[CaseItem], forest: _Forest) -> None:
    """Join the items ``linked`` links by their terms: within one organisation, per distinct term set.

    Two term sets can only link when they share the first five letters of a
    term (``same_term``), so only such pairs are compared, once each.
    """
    groups: dict[tuple[str | None, frozenset[str]], list[int]] = defaultdict(list)
    for n, item in enumerate(items):
        if item.terms:
            groups[(item.organization, item.terms)].append(n)
    docs = {key: {items[n].document for n in members} for key, members in groups.items()}
    for key, members in groups.items():
        if len(docs[key]) > 1:  # equal terms link every two items of different documents
            forest.join(members)
    for a, b in _term_pairs(groups):
        forward, backward = terms_linked(a[1], b[1]), terms_linked(b[1], a[1])
        if forward and backward:
            if docs[a] != docs[b] or len(docs[a]) > 1:  # else all of one document
                forest.join(groups[a] + groups[b])
        elif forward or backward:
            first, then = (groups[a], groups[b]) if forward else (groups[b], groups[a])
            _join_directed(first, then, items, forest)


def _term_pairs(groups: dict[tuple, list[int]]) -> Iterator[tuple[tuple, tuple]]:
    """Each pair of distinct (organisation, terms) keys of one organisation sharing a five-letter prefix."""
    by_org: dict[str | None, list[tuple]] = defaultdict(list)
    for key in groups:
        by_org[key[0]].append(key)
    for keys in by_org.values():
        buckets: dict[str, list[int]] = defaultdict(list)
        for n, key in enumerate(keys):
            for prefix in {t[:5] for t in key[1]}:
                buckets[prefix].append(n)
        pairs = {pair for members in buckets.values() for pair in combinations(members, 2)}
        yield from ((keys[i], keys[j]) for i, j in pairs)


def _join_directed(first: list[int], then: list[int], items: list[CaseItem], forest: _Forest) -> None:
    """Join each item of ``then`` to the earlier items of ``first`` of other documents.

    For two term sets that link one way round only (``terms_linked`` counts
    on one side), as ``linked`` compares the earlier item first. One sweep in
    index order: the items of ``first`` not yet joined wait per document; the
    joined ones form a few sets (``hubs``, with their documents), which an
    item of ``then`` joins when they hold an item of another document.
    """
    own = set(first)
    waiting: dict[str, list[int]] = defaultdict(list)
    hubs: list[tuple[int, set[str]]] = []
    for n in sorted(first + then):
        doc = items[n].document
        if n in own:
            waiting[doc].append(n)
            continue
        near = [hub for hub in hubs if hub[1] - {doc}]
        moved = [m for d, ms in waiting.items() if d != doc for m in ms]
        if not near and not moved:
            continue
        forest.join([n, *moved, *(rep for rep, _ in near)])
        docs = set().union(*(d for _, d in near), {items[m].document for m in moved})
        hubs = [hub for hub in hubs if not hub[1] - {doc}] + [(n, docs)]
        waiting = defaultdict(list, {doc: waiting[doc]} if doc in waiting else {})
