"""Tied hits ordered by tantivy itself when the index's addresses are in rank order (issue 12, h85): a full
build writes every unit newest first into one segment, so equal scores come back newest first with no
tie window; each commit opened is checked, and an index out of that order (later commits, merges) is
answered by the windows of :mod:`protokoll.store.search_engine_ties` -- the same order either way."""

from __future__ import annotations

import random

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

tantivy = pytest.importorskip("tantivy")

from protokoll.store import search_engine_find  # noqa: E402
from protokoll.store.search_engine import Engine  # noqa: E402
from protokoll.store.search_engine_find import _LOW, DATES, _best, _query, _terms  # noqa: E402
from protokoll.store.search_query import FACETS  # noqa: E402
from protokoll.store.search_parse import parse  # noqa: E402

WORDS = ["budget", "beslut", "budget beslut", "budg*", "budget OR ovrigt"]
TABLES = ["CREATE TABLE search_units (id INTEGER PRIMARY KEY, meeting_id INTEGER, kind TEXT, year INTEGER, "
          "organization TEXT, body TEXT, meeting_date TEXT, title_terms TEXT, terms TEXT)",
          "CREATE TABLE search_places (unit_id INTEGER, municipality TEXT)",
          "CREATE TABLE search_state (id INTEGER PRIMARY KEY, epoch TEXT)",
          "CREATE TABLE search_changes (seq INTEGER PRIMARY KEY, meeting_id INTEGER)"]


def units(rng, meeting_ids, first_id, day=None, per=6):
    """Rows of search_units: ``per`` units a meeting, nearly all with one score for 'budget' (a template)."""
    rows = []
    for meeting_id in meeting_ids:
        when = day or (f"20{rng.randrange(10, 25)}-{rng.randrange(1, 13):02}-{rng.randrange(1, 29):02}"
                       if meeting_id % 11 else None)
        for k in range(per):
            unit_id = first_id + len(rows)
            rows.append({"id": unit_id, "meeting_id": meeting_id, "kind": "item", "year": 2020, "organization": "Org",
                         "body": "Styrelsen", "meeting_date": when, "title_terms": "budget" if unit_id % 89 == 0 else "ovrigt",
                         "terms": "budget beslut" if unit_id % 7 else "budget budget beslut"})
    return rows


def change(session, rows, meeting_id=None, drop=()):
    """Store ``rows`` (and delete the units of the meetings ``drop``) with their logged change."""
    for gone in drop:
        session.execute(text("DELETE FROM search_units WHERE meeting_id = :m"), {"m": gone})
    if rows:
        session.execute(text("INSERT INTO search_units VALUES (:id, :meeting_id, :kind, :year, :organization, :body, "
                             ":meeting_date, :title_terms, :terms)"), rows)
    session.execute(text("INSERT INTO search_changes (meeting_id) VALUES (:m)"), {"m": meeting_id})
    session.commit()


@pytest.fixture
def archive(tmp_path):
    """An archive of 400 meetings stored in an order unrelated to their dates, and its engine."""
    session = Session(create_engine(f"sqlite:///{tmp_path / 'a.sqlite'}"))
    for statement in TABLES:
        session.execute(text(statement))
    session.execute(text("INSERT INTO search_state VALUES (1, 'e1')"))
    rng = random.Random(5)
    meetings = list(range(1, 401))
    rng.shuffle(meetings)
    change(session, units(rng, meetings, 1))
    engine = Engine(tmp_path / "index")
    assert engine.sync(session)
    yield session, engine, rng
    session.close()


def in_rank_order(searcher) -> bool:
    """The truth, read anew: ranks descend as addresses ascend (the state document, rank 0, aside)."""
    every = searcher.search(tantivy.Query.all_query(), searcher.num_docs + 1, count=False, order_by_field="rank").hits
    by_address = sorted((a.segment_ord, a.doc, rank) for rank, a in every if rank)
    return all(x[2] > y[2] for x, y in zip(by_address, by_address[1:]))


def brute(engine, query, wanted):
    searcher, ranks = engine.view
    hits = searcher.search(query, searcher.num_docs + 1).hits
    keyed = sorted(((score, ranks[a.segment_ord][a.doc]) for score, a in hits), reverse=True)
    return [_LOW - (r & _LOW) for _score, r in keyed[:wanted]]


def answers_agree(engine, wanted_values=(1, 20, 150, 700)):
    searcher, ranks = engine.view
    for words in WORDS:
        query = _query(engine.schema, _terms(engine.schema, parse(words)), {})
        for wanted in wanted_values:
            assert _best(searcher, ranks, engine.schema, query, wanted)[0] == brute(engine, query, wanted), words


def test_a_full_build_orders_ties_by_address_with_no_window(archive, monkeypatch):
    session, engine, _rng = archive
    searcher, ranks = engine.view
    assert searcher.num_segments == 1 and ranks.in_order and in_rank_order(searcher)

    def no_window(*args, **kwargs):
        raise AssertionError("a tie window was searched")

    monkeypatch.setattr(search_engine_find, "tied", no_window)
    monkeypatch.setattr(search_engine_find, "_next_page", no_window)
    answers_agree(engine)
    nothing = {name: None for name in FACETS} | {DATES: None}
    for words in WORDS:  # the whole search: the first read holds just the page's hits, the total still exact
        query = _query(engine.schema, _terms(engine.schema, parse(words)), {})
        count = searcher.search(query, 1).count
        for wanted in (1, 20, 150, count + 5):
            found = engine.find(parse(words), nothing, wanted)
            assert found.order == brute(engine, query, wanted) and found.total == count, (words, wanted)


def test_later_commits_and_merges_are_checked_and_answered_by_windows_alike(archive):
    session, engine, rng = archive
    next_id, seen_out_of_order, most_segments = 10_000, False, 1
    for step in range(14):
        if step % 5 == 4:  # a meeting deleted: a commit of the state document alone
            change(session, [], meeting_id=step + 1, drop=[step + 1])
        else:  # a new meeting, dated among the others (or the newest), stored as a new segment
            day = "2030-01-01" if step % 3 == 0 else None
            rows = units(rng, [1000 + step], next_id, day)
            next_id += len(rows)
            change(session, rows, meeting_id=1000 + step)
        assert engine.sync(session)
        searcher, ranks = engine.view
        most_segments = max(most_segments, searcher.num_segments)
        assert ranks.in_order == in_rank_order(searcher), step
        seen_out_of_order |= not ranks.in_order
        answers_agree(engine, (1, 20, 150))
    assert seen_out_of_order and most_segments > 2

    change(session, [], meeting_id=None)  # a reindex: a full build, in order again
    assert engine.sync(session)
    searcher, ranks = engine.view
    assert searcher.num_segments == 1 and ranks.in_order and in_rank_order(searcher)
    answers_agree(engine, (1, 20, 150))


def test_a_commit_of_the_state_document_alone_keeps_the_order(archive):
    session, engine, _rng = archive
    change(session, [], meeting_id=7, drop=[7])
    assert engine.sync(session)
    searcher, ranks = engine.view
    assert searcher.num_segments == 2 and ranks.in_order
    answers_agree(engine, (1, 20))


@pytest.mark.parametrize("per", [6, 40])  # (40: the new segments' tied hits fill a first read when they come first)
def test_new_meetings_in_new_segments_are_read_apart_from_the_segment_still_in_order(archive, monkeypatch, per):
    """Commits of the newest meetings (an archive's usual ingest): every older unit is still in the full build's
    segment, in rank order; a tie is read there in tantivy's order and among the new units in one window.
    A meeting older than the rest ends that: the windows answer, alike."""
    from protokoll.store import search_engine_ties

    session, engine, rng = archive
    windows = search_engine_ties._windows

    def no_windows(*args, **kwargs):
        raise AssertionError("windows of the newest units down were searched")

    next_id = 10_000
    apart = 0
    for step in range(6):  # (tantivy merges segments under 10,000 documents when there are 8: the build's too, here)
        rows = units(rng, [2000 + step], next_id, f"2031-0{step // 3 + 1}-1{step % 3}", per)
        next_id += len(rows)
        change(session, rows, meeting_id=2000 + step)
        assert engine.sync(session)
        searcher, ranks = engine.view
        assert not ranks.in_order or in_rank_order(searcher)
        if not ranks.in_order:
            assert search_engine_ties._apart(ranks) is not None, step
            monkeypatch.setattr(search_engine_ties, "_windows", no_windows)
            answers_agree(engine, (1, 20, 150, 700))
            monkeypatch.setattr(search_engine_ties, "_windows", windows)
            apart += 1
    assert apart >= 3  # (new segments may fall in rank order by chance: ordinals follow random segment ids)
    rows = units(rng, [3000], next_id, "2012-05-05")  # an older meeting, stored last
    change(session, rows, meeting_id=3000)
    assert engine.sync(session)
    searcher, ranks = engine.view
    assert not ranks.in_order and search_engine_ties._apart(ranks) is None
    answers_agree(engine, (1, 20, 150, 700))
