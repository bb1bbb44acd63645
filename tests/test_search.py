"""Full-text search: Swedish analysis, the index kept by ingest, ranked hits,
snippets and facets, through the real CLI and the API the web app uses, on
SQLite and (when reachable) PostgreSQL."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import event, select, text

from conftest import ROOT, SHARED, needs_shared, write_minutes
from protokoll.swedish.stems import fold, index_terms, query_terms, tokens
from protokoll.cli import main
from protokoll.store.models import Document, Meeting
from protokoll.store.search import FACETS, search
from protokoll.store.search_engine import ENGINE_ENV, engine_for
from protokoll.store.search_snippet import snippet

EXAMPLES = ROOT / "examples"


@pytest.fixture
def run(database_url):
    """The real `protokoll` command on the test database; returns the result (exit code checked)."""
    runner = CliRunner()

    def invoke(*args: str, ok: bool = True):
        result = runner.invoke(main, list(args), env={"PROTOKOLL_DB": database_url}, catch_exceptions=False)
        if ok:
            assert result.exit_code == 0, result.output
        return result

    return invoke


def found(run, query: str, *options: str) -> dict:
    """`protokoll search QUERY --json` as data."""
    return json.loads(run("search", query, "--json", "--limit", "1000", *options).stdout)


def write(folder: Path, name: str, title: str, body: str, date: str = "2024-04-01") -> Path:
    return write_minutes(folder, name, date, title, body)


def source_names(sessions, hits) -> set[str]:
    """The source file names of the hits' meetings."""
    ids = {h.meeting_id for h in hits}
    with sessions() as session:
        rows = session.execute(select(Meeting.id, Document.name).join(Document).where(Meeting.id.in_(ids)))
        return {name for _id, name in rows}


# --- analysis -------------------------------------------------------------------

def test_folding_makes_ocr_damaged_and_correct_spellings_meet():
    assert fold("Näringslivsgruppen") == fold("Naringslivsgruppen") == "naringslivsgruppen"
    assert fold("kommundirektérsgruppen Über ÅÄÖ") == "kommundirektersgruppen uber aao"
    assert tokens("Möte 2019-01-29: §3, MLR:s") == ["mote", "2019", "01", "29", "3", "mlr", "s"]
    assert query_terms("Näringslivsgruppen") == query_terms("naringslivsgruppens")


def test_inflections_share_a_stem():
    for query, text_word in [("studieresa", "studieresan"), ("teknikdagen", "Teknikdag"),
                             ("protokoll", "protokollet"), ("frågor", "frågan"),
                             ("verksamhetsplan", "verksamhetsplanen")]:
        assert set(query_terms(query)) <= set(index_terms(text_word)), (query, text_word)


def test_compound_heads_are_indexed_but_not_endings():
    assert query_terms("gruppen")[0] in index_terms("kommundirektörsgruppen")
    assert query_terms("plan")[0] in index_terms("aktivitetsplan")  # after an "s" joint
    assert query_terms("rapport")[0] in index_terms("lägesrapporten")
    assert query_terms("ring")[0] not in index_terms("prioriteringar")  # a suffix, not a word
    assert query_terms("garn")[0] not in index_terms("deltagarna")
    assert index_terms("gruppen") == query_terms("gruppen")  # short words: the stem only


def test_snippet_escapes_before_marking_and_cuts_around_the_first_match():
    terms = query_terms("gruppen")
    assert snippet('<b>Kommundirektörsgruppen</b> & "x"', terms) == \
        '&lt;b&gt;<mark>Kommundirektörsgruppen</mark>&lt;/b&gt; &amp; &quot;x&quot;'
    long = "inledning " * 30 + "där styrgruppen beslutade " + "och sedan " * 40
    cut = snippet(long, terms)
    assert cut.startswith("…") and cut.endswith("…") and "<mark>styrgruppen</mark>" in cut
    assert 150 < len(cut) < 260
    assert snippet("inget här", terms, fallback="<i>Arbetsgruppen</i>") == \
        "&lt;i&gt;<mark>Arbetsgruppen</mark>&lt;/i&gt;"


def test_snippet_spans_found_from_the_folded_text_equal_a_scan_of_every_word():
    from protokoll.store.search_snippet import _each_word, matched_spans

    texts = ["Näringslivsgruppen möter ÅÄÖ-gruppen och naringslivsgruppens råd 2024.",
             "Ærø, Øresund, Straße, İstanbul, ﬁnal, e\u0301te, naïve façade och Ångström.",
             "Styrgruppen_gruppen gruppen2024 " + "utan träff " * 400 + "arbetsgruppen sist"]
    for q in ["gruppen", "näringslivsgruppen", "oresund", "final", "ete", "naive", "angstrom", "istanbul",
              "2024", "sist", "saknas"]:
        terms = query_terms(q)
        for sample in texts:
            assert matched_spans(sample, terms) == _each_word(sample, terms, 0, False), (q, sample[:30])
            assert matched_spans(sample, terms, first_only=True) == _each_word(sample, terms, 0, True), (q, sample[:30])
    long = texts[2]
    assert matched_spans(long, query_terms("gruppen"), first_only=True) == [(0, 11)]  # "_" ends a word
    assert matched_spans(long, query_terms("sist"), first_only=True) == [(len(long) - 4, len(long))]


def test_snippet_spans_of_latin1_text_searched_folded_to_ascii_equal_a_scan_of_every_word():
    """A Latin-1 text is searched with its letters folded to ASCII (one byte each, positions kept): the same words
    as a scan of every word, a short term at word starts only, also after a letter that folded."""
    from protokoll.store.search_snippet import _each_word, matched_spans

    texts = ["Énergi, ärende och éfter: Ärendet ÉTT-året, e-tjänst; åäöÅÄÖ éé e é. Über Ödeshög ökar.",
             "Mötet möter motet: MÖTESPLATS, mötesplatsen och Motala; kl. 13:00-16:00 §12 «citat» 1½ år.",
             "Kommunstyrelsen§4 ärendet-Ärenden ärende2024 ÄRENDE_nr e2 Ée"]
    for q in ["e", "ärende", "arende", "mote", "möte", "motes", "ett", "overs", "ode", "ok", "12", "citat", "ar"]:
        terms = query_terms(q)
        for sample in texts:
            assert matched_spans(sample, terms) == _each_word(sample, terms, 0, False), (q, sample[:30])
            assert matched_spans(sample, terms, first_only=True) == _each_word(sample, terms, 0, True), (q, sample[:30])
    assert matched_spans(texts[0], query_terms("e")) == _each_word(texts[0], query_terms("e"), 0, False) != []


# --- the seeds ------------------------------------------------------------------

@pytest.fixture
def seeded(run):
    assert "5 inserted" in run("ingest", str(SHARED / "seeds")).stdout
    return run


@needs_shared
def test_seed_queries_find_inflections_compounds_and_ocr_damage(seeded, sessions):
    items = found(seeded, "industrinatten", "--kind", "item")["results"]
    assert {"2018-01-18", "2019-01-29", "2020-03-25"} <= {r["meeting_date"] for r in items}
    assert all(re.fullmatch(r"/moten/\d+#punkt-\d+", r["url"]) for r in items)

    with sessions() as session:
        damaged = search(session, "näringslivsgruppen", limit=100).hits
        trips = search(session, "studieresa", limit=100).hits
        groups = search(session, "gruppen", limit=200).hits
        undamaged = search(session, "Naringslivsgruppen", limit=100).hits
    assert [h.snippet for h in undamaged] == [h.snippet for h in damaged]
    # The undated OCR minutes read "naringslivsgruppens" (until the repair restores the "ä"):
    ocr = [h for h in damaged if h.meeting_date is None]
    assert {n[:4] for n in source_names(sessions, ocr)} == {"003_"}
    marked = [fold(m) for h in ocr for m in re.findall(r"<mark>(.*?)</mark>", h.snippet)]
    assert marked and all(m.startswith("naringslivsgrupp") for m in marked)
    inflected = [h for h in trips if re.search(r"<mark>studieresan</mark>", h.snippet, re.I)]
    assert {n[:3] for n in source_names(sessions, inflected)} == {"002", "003"}
    assert {n[:3] for n in source_names(sessions, trips)} == {"002", "003", "004"}
    assert any(re.search(r"<mark>kommundirektörsgruppen</mark>", h.snippet, re.I) for h in groups)


@needs_shared
def test_seed_facets_count_every_hit_and_ignore_their_own_filter(seeded, sessions):
    with sessions() as session:
        engine = engine_for(session)  # one index state for every search below: SQLite's engine caught up
        assert engine is None or engine.sync(session)  # (not SQL first, the engine later)
        everything = search(session, "gruppen", limit=1000)
        facets = everything.facets
        assert set(facets) == set(FACETS)
        for name in ("organization", "body", "kind"):
            assert facets[name] == _counts(getattr(h, name) for h in everything.hits), name
        assert facets["year"] == _counts(str(h.year) for h in everything.hits if h.year)
        assert sum(facets["kind"].values()) == everything.total == len(everything.hits)

        in_2019 = search(session, "gruppen", year=2019, limit=1000)
        assert in_2019.total == facets["year"]["2019"] == len(in_2019.hits)
        assert {h.year for h in in_2019.hits} == {2019}
        assert in_2019.facets["year"] == facets["year"]  # the other years stay selectable
        assert sum(in_2019.facets["kind"].values()) == in_2019.total
        for place, count in facets["municipality"].items():
            assert search(session, "gruppen", municipality=place).total == count, place
        page = search(session, "gruppen", limit=5, offset=5)
        assert [h.snippet for h in page.hits] == [h.snippet for h in everything.hits[5:10]]


def _counts(values) -> dict[str, int]:
    return dict(Counter(v for v in values if v is not None))


@needs_shared
def test_seed_reingest_and_reindex_change_no_hit(seeded):
    before = found(seeded, "kommundirektörsgruppen")
    assert "5 unchanged" in seeded("ingest", str(SHARED / "seeds")).stdout
    assert found(seeded, "kommundirektörsgruppen") == before
    assert "search index rebuilt" in seeded("search", "--reindex").stderr
    assert found(seeded, "kommundirektörsgruppen") == before


# --- documents written here -----------------------------------------------------

def test_a_changed_file_is_found_by_its_new_text_only(run, tmp_path):
    name = "protokoll-2024-04-01.txt"
    path = write(tmp_path / "in", name, "Cykelbanor", "Gruppen diskuterade cykelbanor.")
    run("ingest", str(path))
    assert found(run, "cykelbanor")["total"] == 1
    write(tmp_path / "in", name, "Parkeringsnorm", "Gruppen diskuterade parkeringsnormen.")
    assert "1 updated" in run("ingest", str(path)).stdout
    assert found(run, "cykelbanor")["total"] == 0
    hits = found(run, "parkeringsnorm")["results"]
    assert hits and len({h["url"].split("#")[0] for h in hits}) == 1


def test_an_untrusted_title_comes_out_escaped(run, tmp_path):
    path = write(tmp_path / "in", "m.txt", '<script>alert("x")</script> Parkeringsnorm',
                 "Gruppen diskuterade <b>normen</b> & annat.")
    run("ingest", str(path))
    by_title = found(run, "parkeringsnorm")["results"]
    assert by_title[0]["title"] == '<script>alert("x")</script> Parkeringsnorm'  # raw: the page escapes it
    assert by_title[0]["snippet"] == \
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>Parkeringsnorm</mark>'
    by_text = found(run, "normen")["results"][0]["snippet"]
    assert "<b>" not in by_text and "&lt;b&gt;<mark>normen</mark>&lt;/b&gt; &amp; annat." in by_text


def test_an_index_left_empty_by_the_migration_is_rebuilt_on_first_search(run, tmp_path, sessions):
    run("ingest", str(write(tmp_path / "in", "m.txt", "Cykelbanor", "Om cykelbanor.")))
    with sessions() as session:
        session.execute(text("DELETE FROM search_places"))
        session.execute(text("DELETE FROM search_units"))
        session.commit()
    result = run("search", "cykelbanor")
    assert "search index rebuilt" in result.stderr and "Cykelbanor" in result.stdout
    assert run("search", ok=False).exit_code == 2  # neither a query nor --reindex


# --- the example archive --------------------------------------------------------

@pytest.fixture
def examples(run):
    assert "12 inserted" in run("ingest", str(EXAMPLES)).stdout
    return run


def test_examples_search_filters(examples, sessions):
    trips = found(examples, "studieresa")
    marked = {r["url"].split("#")[0] for r in trips["results"]
              if "<mark>studieresan</mark>" in r["snippet"].lower()}
    assert len(marked) >= 3
    assert trips["facets"]["organization"] == {"Vätterstadsregionen": trips["total"]}
    decisions = found(examples, "teknikdagen", "--kind", "decision", "--year", "2025")
    assert decisions["total"] > 0 and decisions["facets"]["kind"]["item"] > 0
    assert {(r["meeting_date"][:4]) for r in decisions["results"]} == {"2025"}
    person = found(examples, "Fröjd", "--kind", "person")["results"]
    assert person and {p["title"] for p in person} == {"Elin Fröjd"}
    assert any(re.fullmatch(r"/moten/\d+", p["url"]) for p in person)  # attendee: the meeting itself
    assert any(re.fullmatch(r"/moten/\d+#punkt-\d+", p["url"]) for p in person)  # presenter: the item

    queries = ["teknikdagen", "studieresa", "verksamhetsplanen", "kommundirektörsgruppen", "Jönköping",
               "beslut"]
    with sessions() as session:  # (latency: bench/search_ab.py, not asserted here)
        for q in queries:
            assert search(session, q).total > 0, q


def test_queries_start_from_the_term_index(examples, sessions, database_url, monkeypatch):
    """No statement of a search scans the units: each reads the term index (FTS5 on SQLite, GIN on
    PostgreSQL), or fetches the page's rows by primary key. (On SQLite: the SQL path, the embedded
    engine turned off.)"""
    monkeypatch.setenv(ENGINE_ENV, "sql")
    sqlite = database_url.startswith("sqlite")
    term_index, by_key = (("VIRTUAL TABLE INDEX", "USING INTEGER PRIMARY KEY") if sqlite
                          else ("ix_search_units_vector", "search_units_pkey"))
    with sessions() as session:
        plain = _plans(session, sqlite, "teknikdagen")
        filtered = _plans(session, sqlite, "teknikdagen", municipality="Habo", kind="item", year=2024)
    assert len(plain) == 4 and len(filtered) == 6  # ids, rows, grouped facets, municipality; + 2 filtered
    for statement, plan in plain + filtered:
        assert not re.search(r"SCAN search_(units|places)\b(?! USING)|Seq Scan on search_", plan), plan
    for statement, plan in plain:  # (with filters, a selective filter's index may lead instead)
        uses_terms = "search_fts" in statement or "vector" in statement
        assert (term_index if uses_terms else by_key) in plan, plan


def _plans(session, sqlite: bool, query: str, **filters) -> list[tuple[str, str]]:
    """``(statement, plan)`` of each statement one search runs."""
    statements: list[tuple[str, object]] = []
    engine = session.get_bind()

    def listener(_conn, _cursor, statement, parameters, _context, _many):
        statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", listener)
    try:
        assert search(session, query, **filters).total > 0
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    return [(stmt, _plan(session, sqlite, stmt, params)) for stmt, params in statements
            if "search_" in stmt]  # not PostgreSQL's planner settings


def _plan(session, sqlite: bool, stmt: str, params) -> str:
    cur = session.connection().connection.dbapi_connection.cursor()
    if sqlite:
        cur.execute(f"EXPLAIN QUERY PLAN {stmt}", params)
        return "\n".join(row[-1] for row in cur.fetchall())
    # Tiny tables: make scans cost so much that the plan shows whether an index *can* serve the query.
    cur.execute("SET enable_seqscan = off")
    cur.execute("SET enable_indexscan = off")
    cur.execute(f"EXPLAIN {stmt}", params)
    plan = "\n".join(row[0] for row in cur.fetchall())
    cur.execute("RESET ALL")
    return plan
