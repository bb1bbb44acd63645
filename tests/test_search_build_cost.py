"""A full build of the embedded index does each unit's Python-side work once: its rank is made once (the build
sorts by it and hands it on), its rank's prefixes (``span`` terms) are cut from one hex string
(bench/results.md "h131"). The documents are those the per-level formula gives."""

from __future__ import annotations

import random
import shutil

import pytest
from conftest import ROOT

from protokoll.store import search_engine_schema
from protokoll.store.search_engine import Engine, tantivy
from protokoll.store.search_engine_find import rank
from protokoll.store.search_engine_schema import add_units, schema
from protokoll.store.search_engine_ties import LEVELS, spans

pytestmark = pytest.mark.skipif(tantivy is None, reason="tantivy is a pinned dependency")


def _shifted(order: int) -> str:
    """The prefixes as the per-level shift and format write them."""
    return " ".join(f"{level}.{order >> level:x}" for level in LEVELS)


def test_prefixes_are_those_of_the_shift_at_every_length():
    chosen = random.Random(131)
    orders = [0, 1, 15, 16, 4095, 4096, 65535, 65536, 2**32 - 1, 2**32, 2**44, 2**55, 2**56 - 1, 2**56, 2**59,
              2**60 - 1, 2**60, 2**63, 2**64 - 1]
    orders += [chosen.getrandbits(chosen.randint(1, 64)) for _ in range(20_000)]
    orders += [rank(f"{year}-0{month}-1{day}", unit) for year in (1899, 1999, 2024, 9999)
               for month in (1, 9) for day in (0, 9) for unit in (1, 77, 2**31)]
    orders += [rank(None, unit) for unit in (1, 12, 2**20)]
    for order in orders:
        assert spans(order) == _shifted(order), order


def _rows(n: int):
    for i in range(1, n + 1):
        yield (i, 100 + i // 4, ("item", "decision")[i % 2], 2010 + i % 5, "Norrby kommun", "Kulturnämnden",
               f"{2010 + i % 5}-0{1 + i % 9}-2{i % 8}", "bibliotek", f"utlan meroppet {i}", "Norrby" if i % 3 else None)


def test_units_added_with_their_ranks_are_not_ranked_again(monkeypatch):
    rows = list(_rows(40))
    ranks = [rank(row[6], row[0]) for row in rows]
    monkeypatch.setattr(search_engine_schema, "rank", lambda *a: pytest.fail("ranked again"))
    index = tantivy.Index(schema())
    writer = index.writer(heap_size=20_000_000, num_threads=1)
    add_units(writer, rows, ranks)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    assert searcher.num_docs == 40
    for order in (ranks[0], ranks[-1]):  # each document holds the prefixes of the rank it was given
        query = index.parse_query(f'span:"{LEVELS[0]}.{order >> LEVELS[0]:x}"')
        assert searcher.search(query, 50, count=True).count >= 1


def test_units_added_without_ranks_get_theirs():
    rows = list(_rows(12))
    index = tantivy.Index(schema())
    writer = index.writer(heap_size=20_000_000, num_threads=1)
    add_units(writer, iter(rows))  # (a result the caller has not listed: a sync's changed meetings)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()
    searcher = index.searcher()
    for row in rows:
        term = _shifted(rank(row[6], row[0])).split()[0]
        assert searcher.search(index.parse_query(f'span:"{term}"'), 50, count=True).count >= 1


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    from click.testing import CliRunner

    from protokoll.cli import main
    from protokoll.store.db import session_factory

    db = tmp_path_factory.mktemp("buildcost") / "a.sqlite"
    CliRunner().invoke(main, ["ingest", str(ROOT / "examples")], env={"PROTOKOLL_DB": f"sqlite:///{db}",
                       "PROTOKOLL_SEARCH_ENGINE": "sql"}, catch_exceptions=False)
    return session_factory(f"sqlite:///{db}")


def test_a_full_build_ranks_each_unit_once(archive, monkeypatch, tmp_path):
    calls = []

    def counted(day, unit_id):
        calls.append(unit_id)
        return rank(day, unit_id)

    monkeypatch.setattr(search_engine_schema, "rank", counted)
    with archive() as session:
        units = session.connection().exec_driver_sql("SELECT count(*) FROM search_units").scalar()
        folder = tmp_path / "index"
        engine = Engine(folder)
        try:
            assert engine.sync(session)
            assert engine.opened() is not None
        finally:
            del engine
            shutil.rmtree(folder, ignore_errors=True)
    assert units > 50
    assert sorted(calls) == sorted(set(calls)) and len(calls) == units
