"""The facets of the embedded engine counted from columns of small ids (:mod:`.search_engine_facets`): the
same values, counts and order as counting the units' values one by one (most hits first, equal counts by
value, years as text; a facet's own filter left out) -- with several municipalities to a unit, units without
a body, a year or an organisation, values alike but for case or holding a colon; ids kept across the commits
of a sync (the table in the state document), and one aggregation a search (bench/results.md "h164")."""

from __future__ import annotations

from collections import Counter

import pytest
from conftest import ROOT

from protokoll.store.search import FACETS, search
from protokoll.store.search_engine import engine_for, tantivy
from protokoll.store.search_engine_facets import COLUMNS, KIND_YEAR, FacetTable, facets
from protokoll.store.search_engine_find import _query, _terms
from protokoll.store.search_engine_schema import TABLE, add_state, add_units, schema
from protokoll.store.search_parse import parse

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")

ORGS = ["Ekby kommun", "Ålsta kommun", "Norrvik: kommunförbund", "Bergby kommun", "ekby kommun"]
BODIES = ["Kommunstyrelsen", "Barn- och utbildningsnämnden", None]
PLACES = ["Ekby", "Ålsta", "Norrvik", "Bergby", "Lilla Ö"]
KINDS = ["item", "decision", "assignment", "person"]
WORDS = {"budget": lambda i: True, "skol": lambda i: i % 3, "park": lambda i: i % 5 == 0}


def _rows(first: int, last: int):
    """Invented units ``first``..``last`` (as :data:`.search_engine_schema.UNITS` reads them): uneven, repeating
    counts, so that equal counts are ordered by value; some without a body, a year or an organisation, some
    with several municipalities or none."""
    for i in range(first, last + 1):
        year = None if i % 11 == 0 else 1998 + (i * 7) % 13
        places = "\x1f".join(PLACES[(i + k) % len(PLACES)] for k in range(i % 3))
        day = f"{year}-0{1 + i % 9}-1{i % 10}" if year else None
        terms = " ".join(word for word, has in WORDS.items() if has(i))
        yield (i, 100 + i // 4, KINDS[(i * 7 + i // 3) % 4], year, ORGS[(i * i // 7) % len(ORGS)] if i % 13 else None,
               BODIES[i % 3], day, "rubrik", terms, places or None)


def _expected(rows, words: set[str], filters: dict, name: str) -> dict[str, int]:
    """Facet ``name`` counted unit by unit: the hits holding every word and every filter's value but its own."""
    counts: Counter = Counter()
    for _i, _m, kind, year, org, body, _d, _t, terms, places in rows:
        values = {"kind": [kind], "year": [year], "organization": [org], "body": [body],
                  "municipality": places.split("\x1f") if places else []}
        if not words <= set(terms.split()):
            continue
        if any(value not in values[key] for key, value in filters.items() if key != name):
            continue
        counts.update(str(v) for v in values[name] if v is not None)
    return dict(sorted(sorted(counts.items()), key=lambda pair: -pair[1]))


def _index(*parts):
    """An index of the rows of each part, one commit a part, each commit's table extending the last one's
    (as a sync does); the searcher and the table of the last commit, read back from its state document."""
    index = tantivy.Index(schema())
    table = FacetTable()
    for seq, rows in enumerate(parts, 1):
        writer = index.writer(heap_size=50_000_000, num_threads=1)
        table = add_units(writer, rows, table=table.copy())
        add_state(writer, "epoch", seq, table)
        writer.commit()
        writer.wait_merging_threads()
    index.reload()
    found = index.searcher()
    state = found.search(tantivy.Query.term_query(index.schema, "kind", "_state"), 1).hits[0][1]
    return found, index.schema, FacetTable.loads(found.doc(state).to_dict()[TABLE][0])


QUERIES = ["budget", "skol", "park", "budget skol", "skol park"]
FILTERS = [{}, {"kind": "decision"}, {"year": 2003}, {"municipality": "Lilla Ö"}, {"body": "Kommunstyrelsen"},
           {"organization": "Norrvik: kommunförbund", "municipality": "Ekby"}]


@pytest.mark.parametrize("q", QUERIES)
@pytest.mark.parametrize("filters", FILTERS)
def test_the_facets_from_ids_are_those_of_the_units_values_counted_one_by_one(q, filters):
    rows = list(_rows(1, 400))
    found, fields, table = _index(rows[:150], rows[150:330], rows[330:])  # three commits, three segments
    for name in FACETS:
        query = _query(fields, _terms(fields, parse(q)), {**filters, "dates": None}, skip=name)
        counted = facets(found, table, query, [name])[name]
        expected = _expected(rows, set(q.split()), filters, name)
        assert counted == expected and list(counted) == list(expected), (q, filters, name)
    query = _query(fields, _terms(fields, parse(q)), {**filters, "dates": None})
    together = facets(found, table, query, list(FACETS))
    assert list(together) == list(FACETS) and sum(together["kind"].values()) == found.search(query, 1).count
    assert all(together[name] == facets(found, table, query, [name])[name] for name in FACETS)


def test_ids_are_kept_across_commits_and_new_values_get_new_ones():
    rows = list(_rows(1, 200))
    _found, _fields, first = _index(rows[:20])
    _found, _fields, later = _index(rows[:20], rows[20:])
    for column in COLUMNS:
        assert later.values[column][:len(first.values[column])] == first.values[column]
        assert later.values[column][0] is None and len(set(later.values[column])) == len(later.values[column])
    assert any(pair and pair[1] is None for pair in later.values[KIND_YEAR])  # (a unit without a year)
    assert FacetTable.loads(later.dumps()).values == later.values


def test_a_search_counts_its_facets_in_one_aggregation_of_the_id_columns(tmp_path):
    """An unfiltered search asks tantivy once, a terms count per column of ids; a facet with a filter of its own
    is counted again without it, from its column only (kind and year share one)."""
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
        assert asked == [sorted(COLUMNS)] and whole.total and sum(whole.facets["kind"].values()) == whole.total
        asked.clear()
        year = next(iter(whole.facets["year"]))
        filtered = search(session, "beslut", limit=5, year=year)
        assert asked == [sorted(COLUMNS), [KIND_YEAR]] and filtered.facets["year"] == whole.facets["year"]
    sessions.kw["bind"].dispose()


@pytest.fixture
def archive(tmp_path):
    """The example archive in a SQLite file, its index built; (url, sessions)."""
    from click.testing import CliRunner

    from protokoll.cli import main
    from protokoll.store.db import session_factory

    url = f"sqlite:///{tmp_path / 'archive.sqlite'}"
    CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    sessions = session_factory(url)
    with sessions() as session:
        assert engine_for(session).sync(session)
    yield url, sessions
    sessions.kw["bind"].dispose()


def _both(sessions, monkeypatch, q: str, **filters):
    """(embedded, SQL term index) results of one search with every hit."""
    from protokoll.store.search_engine import ENGINE_ENV

    with sessions() as session:
        embedded = search(session, q, limit=5000, **filters)
    with monkeypatch.context() as env:
        env.setenv(ENGINE_ENV, "sql")
        with sessions() as session:
            sql = search(session, q, limit=5000, **filters)
    return embedded, sql


def _sync_agrees(sessions, monkeypatch, queries) -> None:
    for q, filters in queries:
        embedded, sql = _both(sessions, monkeypatch, q, **filters)
        assert embedded.total == sql.total > 0 and sql.facets_exact, (q, filters)
        assert embedded.facets == sql.facets and [list(f) for f in embedded.facets.values()] == [
            list(f) for f in sql.facets.values()], (q, filters)


def test_a_sync_extends_the_open_commits_table_and_counts_as_the_sql_term_index(archive, tmp_path, monkeypatch):
    """A changed meeting is written into the index (not rebuilt): the values the index had keep their ids, a
    new value (a year no unit had) gets a new one, and every count is the SQL term index's exact one."""
    from click.testing import CliRunner
    from conftest import write_minutes

    from protokoll.cli import main

    url, sessions = archive
    with sessions() as session:
        engine = engine_for(session)
    before = {column: list(values) for column, values in engine.view[1].facets.values.items()}
    path = write_minutes(tmp_path / "in", "protokoll-2031-03-02.txt", "2031-03-02", "Cykelbanor i Ekby",
                         "Gruppen beslutade om cykelbanor.")
    CliRunner().invoke(main, ["ingest", str(path)], env={"PROTOKOLL_DB": url}, catch_exceptions=False)
    with sessions() as session:
        assert search(session, "cykelbanor").total >= 1
    after = engine.view[1].facets.values
    assert all(after[column][:len(values)] == values for column, values in before.items())
    assert any(pair and pair[1] == 2031 for pair in after[KIND_YEAR][len(before[KIND_YEAR]):])
    assert engine.view[0].num_segments > 1  # (written beside the built segment, not rebuilt)
    _sync_agrees(sessions, monkeypatch, [("beslut", {}), ("cykelbanor", {}), ("gruppen", {"year": 2031}),
                                         ("beslut", {"kind": "decision"})])


def test_an_index_of_the_schema_before_facet_ids_is_rebuilt_on_open(archive, monkeypatch):
    """An index directory of the former schema (v6: the facet values as text, no table) beside the archive --
    as every archive had one before this version -- is thrown away when the engine opens, and the first
    search rebuilds the index: the same hits and total, and the facets of the SQL term index."""
    import os
    import shutil

    from protokoll.store import search_engine
    from protokoll.store.search_engine import SUFFIX, VERSION

    url, sessions = archive
    with sessions() as session:
        expected = search(session, "beslut", limit=50)
    folder = url.removeprefix("sqlite:///") + SUFFIX
    with search_engine._GUARD:
        search_engine._ENGINES.clear()
    shutil.rmtree(folder)
    builder = tantivy.SchemaBuilder()  # (the former schema's facet fields)
    builder.add_text_field("kind", fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("facet_values", fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", indexed=True, fast=True)
    os.makedirs(f"{folder}/v6")
    older = tantivy.Index(builder.build(), path=f"{folder}/v6")
    writer = older.writer(heap_size=15_000_000, num_threads=1)
    writer.add_document(tantivy.Document(kind="item", facet_values=["k:item", "y:2024"], year=2024))
    writer.commit()
    writer.wait_merging_threads()
    del writer, older
    with sessions() as session:
        again = search(session, "beslut", limit=50)
    assert not os.path.exists(f"{folder}/v6") and os.path.isdir(f"{folder}/{VERSION}") and VERSION != "v6"
    assert (again.total, again.facets, [h.snippet for h in again.hits]) == (
        expected.total, expected.facets, [h.snippet for h in expected.hits])
    _sync_agrees(sessions, monkeypatch, [("beslut", {}), ("teknikdagen", {"municipality": "Gislaved"})])
