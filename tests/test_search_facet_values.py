"""The facets of a search from one aggregation: every facet value of a unit is also indexed behind its
facet's mark (``facet_values``), and the counts read from it are those of a field per facet -- the same
values, counts and order (most hits first, equal counts by value; years as text), with several
municipalities to a unit, values holding the mark's colon, and a facet with more values than asked for.
(bench/results.md "h105": one pass over the hits where five cost five.)"""

from __future__ import annotations

import pytest
from conftest import ROOT

from protokoll.store.search import FACETS, search
from protokoll.store.search_engine import engine_for, tantivy
from protokoll.store.search_engine_find import (
    _LOW,
    FACET_VALUES,
    MARKS,
    _facets,
    _query,
    _terms,
)
from protokoll.store.search_engine_schema import add_units, schema
from protokoll.store.search_parse import parse

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")

ORGS = ["Ekby kommun", "Ålsta kommun", "Norrvik: kommunförbund", "Bergby kommun", "ekby kommun"]
BODIES = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", None]
PLACES = ["Ekby", "Ålsta", "Norrvik", "Bergby", "Lilla Ö"]
KINDS = ["item", "decision", "assignment", "person"]


def _rows(n: int):
    """``n`` invented units (as :data:`.search_engine_schema.UNITS` reads them): uneven, repeating counts,
    so that equal counts are ordered by value; some units without a body or a year, some with several
    municipalities or none."""
    for i in range(1, n + 1):
        year = None if i % 11 == 0 else 1998 + (i * 7) % 13
        places = "\x1f".join(PLACES[(i + k) % len(PLACES)] for k in range(i % 3))
        day = f"{year}-0{1 + i % 9}-1{i % 10}" if year else None
        terms = "budget" + (" skol" if i % 3 else "") + (" park" if i % 5 == 0 else "")
        yield (i, 100 + i // 4, KINDS[(i * 7 + i // 3) % 4], year, ORGS[(i * i // 7) % len(ORGS)] if i % 13 else None,
               BODIES[i % 3], day, "rubrik", terms, places or None)


@pytest.fixture(scope="module")
def searcher():
    index = tantivy.Index(schema())
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    add_units(writer, _rows(400))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index.searcher(), index.schema


@pytest.mark.parametrize("q", ["budget", "skola", "park", "budget -skola", "skola OR park"])
def test_the_facets_of_one_aggregation_are_those_of_a_field_per_facet(searcher, q):
    found, fields = searcher
    query = _query(fields, _terms(fields, parse(q)), {})
    together = _facets(found, query, list(FACETS))
    assert list(together) == list(FACETS)
    for name in FACETS:  # one facet alone is counted from its own field
        alone = _facets(found, query, [name])[name]
        assert together[name] == alone and list(together[name]) == list(alone), (q, name)
    assert sum(together["kind"].values()) == found.search(query, 1, count=True).count
    assert "Norrvik: kommunförbund" in together["organization"] and "" not in together["organization"]
    assert list(together["year"]) == sorted(together["year"], key=lambda y: (-together["year"][y], y))


def test_a_facet_with_more_values_than_asked_for_is_counted_again(searcher):
    found, fields = searcher
    query = _query(fields, _terms(fields, parse("budget")), {})
    full = _facets(found, query, list(FACETS))
    assert _facets(found, query, list(FACETS), size=3) == full and len(full["year"]) == 13


def test_an_unfiltered_search_counts_its_facets_in_one_aggregation_of_one_field(tmp_path, monkeypatch):
    """The search's page asks tantivy for one terms aggregation (the marked values), not one per facet;
    a facet with a filter of its own is still counted without it, from its own field."""
    from click.testing import CliRunner

    from protokoll.cli import main
    from protokoll.store.db import session_factory

    url = f"sqlite:///{tmp_path / 'archive.sqlite'}"
    CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    sessions = session_factory(url)
    with sessions() as session:
        engine = engine_for(session)
        assert engine.sync(session)
        asked = []
        searcher_type = type(engine.view[0])
        real = searcher_type.aggregate

        class Spy:
            def __init__(self, inner):
                self.inner = inner

            def aggregate(self, query, aggs):
                asked.append(sorted(aggs))
                return self.inner.aggregate(query, aggs)

            def __getattr__(self, name):
                return getattr(self.inner, name)

        engine.view = (Spy(engine.view[0]), engine.view[1])
        whole = search(session, "beslut", limit=5)
        assert asked == [[FACET_VALUES]] and whole.total and sum(whole.facets["kind"].values()) == whole.total
        asked.clear()
        year = next(iter(whole.facets["year"]))
        filtered = search(session, "beslut", limit=5, year=year)
        assert asked == [[FACET_VALUES], ["year"]] and filtered.facets["year"] == whole.facets["year"]
        assert real is searcher_type.aggregate
    sessions.kw["bind"].dispose()


def test_every_facet_has_a_mark_of_its_own():
    assert set(MARKS) == set(FACETS) and len({mark[0] for mark in MARKS.values()}) == len(MARKS)
    assert all(len(mark) == 2 and mark[1] == ":" for mark in MARKS.values())


def _hits(found, query) -> list[tuple[float, int]]:
    """(score, unit id) of every hit of ``query`` (the id read from the unit's rank: it is not stored)."""
    every = found.search(tantivy.Query.all_query(), found.num_docs + 1, count=False, order_by_field="rank").hits
    ids = {(address.segment_ord, address.doc): _LOW - (rank & _LOW) for rank, address in every}
    return [(score, ids[address.segment_ord, address.doc]) for score, address in found.search(query, 1000).hits]


@pytest.mark.parametrize("filters", [{"municipality": "Ekby"}, {"municipality": "Lilla Ö"}, {"year": 2003},
                                     {"organization": "Norrvik: kommunförbund"}, {"kind": "decision"},
                                     {"municipality": "Ålsta", "kind": "item"}])
def test_a_filter_keeps_each_hit_with_its_score(searcher, filters):
    """A filtered search's hits are the unfiltered hits holding the value, each with the score it had: a unit
    with several municipalities is not weighed down by a municipality filter (the term's BM25 length norm)."""
    found, fields = searcher
    must = _terms(fields, parse("budget"))
    every = dict((unit_id, score) for score, unit_id in _hits(found, _query(fields, must, {})))
    hits = _hits(found, _query(fields, must, filters))
    assert hits and len(hits) < len(every)
    assert all(score == every[unit_id] for score, unit_id in hits)
