"""The facets of the embedded engine (:mod:`.search_engine`) counted from small integer columns: each facet
value of a unit is held as its id in a table of the index (:class:`FacetTable`), and a search's facets are one
aggregation of a terms count per column (:func:`facets`), the ids read back to values here.

Why not the values' text: tantivy counts a terms aggregation per hit and column value in a hash map, and a
column of many values a unit (the former ``facet_values``: every facet value of a unit behind its facet's mark)
costs about twice a single value a column. Four columns of ids -- a unit's kind and year as one id
(:data:`KIND_YEAR`: a few dozen pairs), its organisation, its body (one each) and its municipalities (the only
column of several values) -- count the same facets at ~0.7-0.75 of the cost (20,000 meetings, the 20 bench
queries, bench/results.md "h164"); ids also spare tantivy the reading of the terms' text, and its answer is smaller.

The ids are dense, given in the order values are first written, and never change in an index: the table is
kept in the index's state document (:func:`.search_engine_schema.add_state`), written in the commit that adds
its values, and read with every commit opened; a sync extends the open commit's table, a rebuild starts anew.
Id 0 of every column is "no value" (a unit without a body or year): never shown.
"""

from __future__ import annotations

import json
from operator import itemgetter

KIND_YEAR, ORGANIZATION, BODY, MUNICIPALITY = "f_kind_year", "f_organization", "f_body", "f_municipality"
#: the columns of ids, in the order of a unit's values (:meth:`FacetTable.ids_of`)
COLUMNS = (KIND_YEAR, ORGANIZATION, BODY, MUNICIPALITY)
#: facet -> the column it is counted from (kind and year: both from the pair's column)
COLUMN = {"organization": ORGANIZATION, "body": BODY, "year": KIND_YEAR, "municipality": MUNICIPALITY,
          "kind": KIND_YEAR}


class FacetTable:
    """The values of each column of ids by id (:attr:`values`; a kind and year as a pair), and the reverse.
    One table belongs to one commit: a sync writes into a :meth:`copy`."""

    def __init__(self, values: dict[str, list] | None = None) -> None:
        values = values or {}
        self.values = {column: list(values.get(column) or [None]) for column in COLUMNS}
        self.ids = {column: {value: i for i, value in enumerate(self.values[column])} for column in COLUMNS}
        self._names: dict[str, tuple] = {}  #: column -> the shown text of each id, made when first counted
        self._order: dict[str, list[int]] = {}  #: column -> each id's place among the values, made when first counted

    def copy(self) -> FacetTable:
        return FacetTable(self.values)

    def id(self, column: str, value) -> int:
        """The id of ``value`` in ``column``, a new one when it has none (None: 0)."""
        ids = self.ids[column]
        found = ids.get(value)
        if found is None:
            found = ids[value] = len(self.values[column])
            self.values[column].append(value)
        return found

    def dumps(self) -> bytes:
        """The table as stored in the state document."""
        return json.dumps(self.values, ensure_ascii=False, separators=(",", ":")).encode()

    @classmethod
    def loads(cls, stored: bytes | None) -> FacetTable:
        values = json.loads(stored) if stored else {}
        values[KIND_YEAR] = [tuple(pair) if pair is not None else None for pair in values.get(KIND_YEAR) or [None]]
        return cls(values)

    def names(self, column: str) -> tuple:
        """Per id the text a facet shows (a pair's column: (kinds, years)); None: never shown."""
        names = self._names.get(column)
        if names is None:
            values = self.values[column]
            if column == KIND_YEAR:
                pairs = [pair or (None, None) for pair in values]
                names = ([kind for kind, _year in pairs], [None if year is None else str(year) for _kind, year in pairs])
            else:
                names = list(values)
            self._names[column] = names
        return names

    def order(self, column: str) -> list[int]:
        """Per id its place among the column's values in the order of their text (code points, as Python orders
        strings); "no value" first."""
        order = self._order.get(column)
        if order is None:
            names = self.names(column)
            order = [0] * len(names)
            for place, i in enumerate(sorted(range(1, len(names)), key=names.__getitem__), 1):
                order[i] = place
            self._order[column] = order
        return order


def facets(searcher, table: FacetTable, query, names: list[str]) -> dict[str, dict[str, int]]:
    """Exact counts per value of each facet of ``names`` over the hits of ``query``, most hits first, equal
    counts in the order of their values (a year's as text; as :func:`.search_counts._sorted` orders them): one
    aggregation, a terms count per column of ids (kind and year share one)."""
    columns = list(dict.fromkeys(COLUMN[name] for name in names))
    if not columns:
        return {}
    answer = searcher.aggregate(query, {column: _terms(column, len(table.values[column])) for column in columns})
    out = {}
    for name in names:
        column = COLUMN[name]
        buckets = answer[column]["buckets"]
        if column == KIND_YEAR:
            out[name] = _summed(buckets, table.names(column)[name == "year"])
        else:
            counts = dict(zip(map(_KEY, buckets), map(_DOCS, buckets)))
            counts.pop(0, None)  # (no value)
            out[name] = _ordered(counts, table.names(column), table.order(column))
    return out


def _terms(column: str, values: int) -> dict:
    """A column's count: room for every id (none is left out, nothing is asked again)."""
    return {"terms": {"field": column, "size": values + 1}}


def _summed(buckets: list[dict], names: list) -> dict[str, int]:
    """The counts of a pair's column summed per kind or per year (``names``: the kind or year of each id)."""
    counts: dict = {}
    for bucket in buckets:
        name = names[bucket["key"]]
        if name is not None:
            counts[name] = counts.get(name, 0) + bucket["doc_count"]
    ordered = sorted(counts)
    ordered.sort(key=counts.__getitem__, reverse=True)  # stable: equal counts stay in the order of their values
    return {name: counts[name] for name in ordered if counts[name]}


def _ordered(counts: dict[int, int], names: list, order: list[int]) -> dict[str, int]:
    """Counts by id as value -> count, most hits first, equal counts in the order of their values (``order``:
    each id's place among the values). A common word's facets hold hundreds of values: the ids are sorted twice
    (stable) and read into the dict by C loops, no pair or key made per value."""
    ids = sorted(counts, key=order.__getitem__)
    ids.sort(key=counts.__getitem__, reverse=True)  # stable: equal counts stay in the order of their values
    return dict(zip(map(names.__getitem__, ids), map(counts.__getitem__, ids)))


_KEY, _DOCS = itemgetter("key"), itemgetter("doc_count")
