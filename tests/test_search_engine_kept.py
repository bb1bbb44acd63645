"""A search's first steps, done once where their answer cannot change (issue 12, h120).

``engine_for`` keeps the last bind's engine (its URL is not read again while that engine is the one open for
its directory), ``raw`` the session's connection while the transaction it is of goes on, and a search's facets are
read from the counts of their ids (:mod:`.search_engine_facets`), counts first, equal counts in the order of their
values."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from test_search_engine_agree import archive, template  # noqa: F401 (fixtures)
from protokoll.store import search_engine
from protokoll.store.search_engine_facets import BODY, KIND_YEAR, MUNICIPALITY, ORGANIZATION, FacetTable, facets
from protokoll.store.search import search
from protokoll.store.search_engine import engine_for, forget, raw, tantivy

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")


@pytest.fixture
def resolved(monkeypatch):
    """The binds whose URL ``engine_for`` read (each call of ``_resolved``)."""
    seen: list = []
    original = search_engine._resolved

    def counting(bind):
        seen.append(bind)
        return original(bind)

    monkeypatch.setattr(search_engine, "_resolved", counting)
    return seen


def test_the_same_bind_is_answered_without_reading_its_url_again(archive, resolved):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        first = engine_for(session)
        assert first is not None and resolved == [session.get_bind()]
        for _ in range(3):
            assert engine_for(session) is first
        assert len(resolved) == 1
        assert search(session, "teknikdagen").total  # a search asks it too: still the one read
        assert len(resolved) == 1


def test_a_dropped_engine_or_a_cleared_registry_is_opened_anew(archive, resolved):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        first = engine_for(session)
        forget(first)  # (a failed index: the next search opens the directory anew)
        second = engine_for(session)
        assert second is not None and second is not first and len(resolved) == 2
        search_engine._ENGINES.clear()
        third = engine_for(session)
        assert third is not second and len(resolved) == 3
        assert engine_for(session) is third and len(resolved) == 3


def test_the_engine_turned_off_and_other_databases_answer_none(archive, resolved, monkeypatch):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        assert engine_for(session) is not None
        monkeypatch.setenv(search_engine.ENGINE_ENV, "sql")
        assert engine_for(session) is None  # read at every call, before the kept answer
        monkeypatch.delenv(search_engine.ENGINE_ENV)
        assert engine_for(session) is not None
    memory = create_engine("sqlite://")
    with Session(memory) as other:
        assert engine_for(other) is None and engine_for(other) is None
        assert resolved[-1] is memory and resolved.count(memory) == 1  # (none is kept as an answer too)


def test_a_relative_path_is_read_at_every_call(tmp_path, monkeypatch, resolved):
    """A relative database path names another file once the working directory changes: never kept."""
    monkeypatch.chdir(tmp_path)
    bind = create_engine("sqlite:///relative.sqlite")
    with Session(bind) as session:
        first = engine_for(session)
        assert first is not None and engine_for(session) is first
        assert resolved.count(bind) == 2


class Aggregating:
    """A searcher answering the aggregation of the columns of facet ids with the counts of the given values
    (a kind and a year as one pair), in tantivy's order (most hits first, ties in no order of ours)."""

    def __init__(self, table: FacetTable, counts: dict[tuple[str, object], int]) -> None:
        self.table, self.counts = table, counts

    def aggregate(self, _query, request):
        out = {}
        for column, asked in request.items():
            assert asked == {"terms": {"field": column, "size": len(self.table.values[column]) + 1}}
            ids = [(self.table.id(col, value), n) for (col, value), n in self.counts.items() if col == column]
            out[column] = {"buckets": [{"key": i, "doc_count": n} for i, n in sorted(ids, key=lambda p: (-p[1], -p[0]))
                                       if n], "sum_other_doc_count": 0}
        return out


def test_the_facets_are_read_from_their_ids_counts_first_ties_in_value_order():
    table = FacetTable()
    for column, value in [(ORGANIZATION, "Norrby kommun"), (MUNICIPALITY, "Öland"), (ORGANIZATION, "Ekby: norra"),
                          (ORGANIZATION, "Alvik kommun"), (MUNICIPALITY, "Åby"), (MUNICIPALITY, "Borås"),
                          (MUNICIPALITY, "Alvik"), (MUNICIPALITY, "Ärla"), (BODY, "Kommunstyrelsen")]:
        table.id(column, value)  # (ids in no order of the values)
    searcher = Aggregating(table, {
        (ORGANIZATION, "Norrby kommun"): 3, (ORGANIZATION, "Alvik kommun"): 3, (ORGANIZATION, "Ekby: norra"): 5,
        (BODY, "Kommunstyrelsen"): 11, (BODY, None): 2, (KIND_YEAR, ("item", 2019)): 2,
        (KIND_YEAR, ("item", 2024)): 5, (KIND_YEAR, ("decision", 2024)): 4, (KIND_YEAR, ("item", 2023)): 9,
        (KIND_YEAR, ("decision", None)): 0, (MUNICIPALITY, "Alvik"): 1, (MUNICIPALITY, "Borås"): 6,
        (MUNICIPALITY, "Åby"): 6, (MUNICIPALITY, "Öland"): 1, (MUNICIPALITY, "Ärla"): 0})
    counted = facets(searcher, table, None, ["kind", "organization", "body", "year", "municipality"])
    assert {name: list(values.items()) for name, values in counted.items()} == {
        "kind": [("item", 16), ("decision", 4)],
        "organization": [("Ekby: norra", 5), ("Alvik kommun", 3), ("Norrby kommun", 3)],
        "body": [("Kommunstyrelsen", 11)],  # (a unit without a body: never shown)
        "year": [("2023", 9), ("2024", 9), ("2019", 2)],
        "municipality": [("Borås", 6), ("Åby", 6), ("Alvik", 1), ("Öland", 1)],  # (an empty bucket is left out)
    }
    table = FacetTable()
    table.id(KIND_YEAR, ("item", 2024))
    assert facets(Aggregating(table, {(KIND_YEAR, ("item", 2024)): 2}), table, None, ["kind", "body"]) == {
        "kind": {"item": 2}, "body": {}}


def test_the_connection_is_kept_while_its_transaction_goes_on(archive, monkeypatch):  # noqa: F811
    url, sessions = archive
    with sessions() as session:
        search(session, "teknikdagen")  # builds the index (its sync reads the database its own way)
        asked = []
        connection = session.connection
        monkeypatch.setattr(session, "connection", lambda *a, **k: asked.append(1) or connection(*a, **k))
        first = raw(session)
        assert first is connection().connection.dbapi_connection and not asked  # (the search's, kept)
        assert search(session, "teknikdagen").total and raw(session) is first
        assert not asked  # (the search and the call after it: no walk through the transaction)
        for end in (session.commit, session.rollback, session.close):
            end()  # a new transaction (perhaps on another pooled connection) is asked for its connection
            again = raw(session)
            assert again is connection().connection.dbapi_connection
            assert again.execute("SELECT 1").fetchone() == (1,)
        assert len(asked) == 3
