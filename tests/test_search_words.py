"""A search's total and facets are counted from one unscored field holding every term of a unit, its title's and
the rest's (``words``): one posting list a term where the scored query joins two (bench/results.md "h129").
The hits it counts are exactly those of the scored query -- terms in the title only or the rest only, prefixes,
OR, excluded words, filters -- and an index of the schema before it is rebuilt by the first search."""

from __future__ import annotations

import os
import shutil

import pytest
from conftest import ROOT

from protokoll.store import search_engine
from protokoll.store.search import search
from protokoll.store.search_engine import SUFFIX, VERSION, engine_for, tantivy
from protokoll.store.search_engine_facets import facets
from protokoll.store.search_engine_find import DATES, FACETS, _query, _terms
from protokoll.store.search_engine_schema import add_units, schema
from protokoll.store.search_parse import parse

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")

TITLES = ["budget", "rivning", "park skol", "brandstation", "upphandling"]
TERMS = ["skol budget", "rivningslov", "lekplats", "budgetuppfoljning park", "brandskydd"]
KINDS = ["item", "decision", "assignment", "person"]


def _rows(n: int):
    """``n`` invented units (as :data:`.search_engine_schema.UNITS` reads them): a term in the title only, in the
    rest only, in both; prefixes shared by several terms."""
    for i in range(1, n + 1):
        year = 2001 + i % 7
        yield (i, 10 + i // 3, KINDS[i % 4], year, f"Ekby {'kommun' if i % 3 else 'region'}",
               "Kommunstyrelsen" if i % 2 else None, f"{year}-0{1 + i % 9}-1{i % 10}",
               TITLES[i % 5], TERMS[(i * 3) % 5], "Ekby" if i % 4 else None)


@pytest.fixture(scope="module")
def built():
    index = tantivy.Index(schema())
    writer = index.writer(heap_size=50_000_000, num_threads=1)
    table = add_units(writer, _rows(300))
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    return index.searcher(), index.schema, table


@pytest.fixture(scope="module")
def searcher(built):
    return built[:2]


NONE = {name: None for name in (*FACETS, DATES)}


@pytest.mark.parametrize("q", ["budget", "park", "rivning", "budg*", "riv* -lekplats", "skol OR brandskydd",
                               "park skol", "-budget upphandling", "brand*"])
@pytest.mark.parametrize("filters", [{}, {"kind": "decision"}, {"organization": "Ekby region", "year": 2003}])
def test_the_unscored_query_has_the_hits_and_facets_of_the_scored_one(built, q, filters):
    found, fields, table = built
    parsed, chosen = parse(q), {**NONE, **filters}
    scored = _query(fields, _terms(fields, parsed), chosen)
    counted = _query(fields, _terms(fields, parsed, True), chosen)
    assert sorted(a.doc for _s, a in found.search(counted, 1000).hits) == sorted(
        a.doc for _s, a in found.search(scored, 1000).hits)
    assert found.search(counted, 1, count=True).count == found.search(scored, 1, count=True).count
    assert facets(found, table, counted, list(FACETS)) == facets(found, table, scored, list(FACETS))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    from click.testing import CliRunner

    from protokoll.cli import main
    from protokoll.store.db import session_factory

    db = tmp_path_factory.mktemp("words") / "a.sqlite"
    CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": f"sqlite:///{db}"},
                       catch_exceptions=False)
    return session_factory(f"sqlite:///{db}"), str(db)


def test_facets_and_total_are_counted_without_scores(archive, monkeypatch):
    sessions, _db = archive
    with sessions() as session:
        engine = engine_for(session)
        engine.sync(session)
        asked = []
        real = type(engine.view[0]).aggregate

        class Spy:
            def __init__(self, inner):
                self.inner = inner

            def aggregate(self, query, aggs):
                asked.append("Boost" in repr(query))
                return self.inner.aggregate(query, aggs)

            def __getattr__(self, name):
                return getattr(self.inner, name)

        monkeypatch.setattr(engine, "view", (Spy(engine.view[0]), engine.view[1]))
        whole = search(session, "beslut", limit=5)
        filtered = search(session, "beslut", limit=5, year=next(iter(whole.facets["year"])))
        by_date = search(session, "beslut", limit=5, sort="date")
        assert whole.total and filtered.total and by_date.total == whole.total
        assert asked and not any(asked)  # (the scored query boosts the title's terms)
        assert real is type(engine.view[0].inner).aggregate


def test_an_index_of_the_older_schema_is_rebuilt_by_the_first_search(archive):
    sessions, db = archive
    with sessions() as session:
        expected = search(session, "beslut", limit=50)
    older = f"{db}{SUFFIX}/v5"
    with search_engine._GUARD:
        search_engine._ENGINES.clear()
    shutil.rmtree(f"{db}{SUFFIX}")
    os.makedirs(older)
    with open(f"{older}/meta.json", "w") as meta:
        meta.write("{}")
    with sessions() as session:
        again = search(session, "beslut", limit=50)
    assert not os.path.exists(older) and os.path.isdir(f"{db}{SUFFIX}/{VERSION}") and VERSION != "v5"
    assert (again.total, again.facets, [h.snippet for h in again.hits]) == (
        expected.total, expected.facets, [h.snippet for h in expected.hits])


def test_an_unfiltered_search_builds_its_two_queries_once(built, monkeypatch):
    """Joining a query's parts copies them (~5-10 us a query): a search without filters reuses its scored and
    unscored queries, a filtered one builds them with its filters."""
    from protokoll.store import search_engine_queries as queries
    from protokoll.store.search_engine_find import find
    from protokoll.store.search_engine_ranks import Ranks

    found, fields, table = built
    every = found.search(tantivy.Query.all_query(), found.num_docs + 1, count=False, order_by_field="rank")
    ranks = Ranks.read(every.hits)
    ranks.facets = table
    made = []
    real = tantivy.Query.boolean_query
    monkeypatch.setattr(queries.tantivy.Query, "boolean_query", staticmethod(lambda *a: made.append(1) or real(*a)))
    first = find(found, ranks, fields, parse("budget park"), NONE, 5)
    assert made
    made.clear()
    again = find(found, ranks, fields, parse("budget park"), NONE, 5)
    assert not made and (again.order, again.total, again.facets) == (first.order, first.total, first.facets)
    find(found, ranks, fields, parse("budget park"), {**NONE, "kind": "item"}, 5)
    assert made


def test_a_unit_document_stores_nothing_its_id_is_in_its_rank(searcher):
    """The index holds no stored field of a unit (its id is the low half of its rank; only the state document
    stores its change): the document store stays small (bench/results.md "h129": index size)."""
    from protokoll.store.search_engine_find import _LOW

    found, fields = searcher
    every = found.search(tantivy.Query.all_query(), found.num_docs + 1, count=False, order_by_field="rank").hits
    assert sorted(_LOW - (rank & _LOW) for rank, _address in every) == list(range(1, 301))
    assert all(found.doc(address).to_dict() == {} for _rank, address in every[:50])
