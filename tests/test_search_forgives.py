"""Search that forgives (issue 14): one query syntax (words, OR, -word, prefix*, phrases), "Menade du",
date range and sort by date -- each behaviour on every engine: the embedded tantivy index, the SQL
term index on SQLite (FTS5) and PostgreSQL (when $PROTOKOLL_TEST_PG is set)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from conftest import migration_before, write_minutes
from protokoll.cli import main
from protokoll.store.db import session_factory
from protokoll.store.search import search
from protokoll.store.search_engine import ENGINE_ENV, engine_for
from protokoll.store.search_parse import MAX_CHARS, fts_query, parse, ts_query

DOCS = [  # (date, item title, item text), written for these tests
    ("2024-03-01", "Digital arkivering", "Gruppen beslutade att införa e-arkiv för nämnden."),
    ("2024-09-10", "Teknikmässan 2024", "Gruppen beslutade att budgeten för teknikmässan fastställs."),
    ("2025-02-05", "Teknikmässan 2025", "Gruppen beslutade att godkänna programmet."),
    ("2025-06-01", "Sommarlov", "Gruppen diskuterade sommarlovet och busskorten 2024-2025."),
]


@pytest.fixture(params=["embedded", "sql"])
def find(request, database_url, tmp_path, monkeypatch):
    """search() on the test archive with one engine; returns a function (query, **options) -> result."""
    if request.param == "embedded" and not database_url.startswith("sqlite"):
        pytest.skip("the embedded engine serves SQLite archives in a file only")
    for date, title, body in DOCS:
        write_minutes(tmp_path / "docs", f"{date}.txt", date, title, body)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "docs")], env={"PROTOKOLL_DB": database_url},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    sessions = session_factory(database_url)
    if request.param == "sql":
        monkeypatch.setenv(ENGINE_ENV, "sql")
    else:
        with sessions() as session:
            assert engine_for(session).sync(session)

    def run(q: str, **options):
        with sessions() as session:
            return search(session, q, limit=1000, **options)

    yield run
    sessions.kw["bind"].dispose()


def days(result, kind: str | None = "item") -> set[str]:
    return {h.meeting_date for h in result.hits if kind is None or h.kind == kind}


def test_and_is_the_default_and_a_word_in_capitals_is_not_searched(find):
    assert days(find("teknikmässan budgeten")) == {"2024-09-10"}
    assert days(find("teknikmässan AND budgeten")) == {"2024-09-10"}
    assert find("teknikmässan AND budgeten").total == find("teknikmässan budgeten").total > 0


def test_or_minus_prefix_and_phrase(find):
    assert days(find("teknikmässan")) == {"2024-09-10", "2025-02-05"}
    assert days(find("teknikmässan -2024")) == {"2025-02-05"}
    assert days(find("teknikmässan NOT 2024")) == {"2025-02-05"}
    assert days(find("tekn*")) == days(find("teknikmässa*")) == {"2024-09-10", "2025-02-05"}
    assert find("teknikm").total == 0  # without the star a word is a word
    assert days(find("sommarlov OR arkivering")) == {"2024-03-01", "2025-06-01"}
    assert days(find("sommarlov ELLER arkivering")) == {"2024-03-01", "2025-06-01"}
    assert days(find('"digital arkivering"')) == {"2024-03-01"}
    assert days(find("e-arkiv", kind=None)) == {"2024-03-01"}


def test_a_query_without_hits_gets_a_suggestion_from_the_archive_that_has_hits(find):
    wrong = find("teknikmäsan")
    assert wrong.total == 0 and wrong.suggestion == "Teknikmässan"  # as the archive writes it
    assert find(wrong.suggestion).total > 0
    assert find("qwxzvbn").suggestion is None  # nothing near in the archive: no guess
    assert find("teknikmässan").suggestion is None


def test_a_hyphenated_word_is_found_written_together_and_the_other_way_round(find):
    """W10: "earkiv" found nothing while "e-arkiv" found the item; the index also keeps the parts
    written together, so both spellings find the same item on every engine."""
    assert days(find("earkiv"), None) == days(find("e-arkiv"), None) == {"2024-03-01"}
    assert find("earkiv").suggestion is None
    assert any("<mark>e-arkiv</mark>" in h.snippet for h in find("earkiv", kind=None).hits)  # marked as written
    assert days(find("earkiv*"), None) == {"2024-03-01"}
    assert days(find("arkiv -earkiv"), None) == set()
    assert find("20242025").total == 0  # numbers joined by a hyphen are ranges, not words


def test_date_range_and_sort_by_date(find):
    every = find("gruppen")
    assert days(every, None) == {d for d, _t, _b in DOCS}
    assert days(find("gruppen", date_from="2025-01-01"), None) == {"2025-02-05", "2025-06-01"}
    assert days(find("gruppen", date_to="2024-12-31"), None) == {"2024-03-01", "2024-09-10"}
    ranged = find("gruppen", date_from="2024-09-10", date_to="2025-02-05")
    assert days(ranged, None) == {"2024-09-10", "2025-02-05"}
    assert ranged.facets["year"] == {"2024": ranged.facets["year"]["2024"], "2025": ranged.facets["year"]["2025"]}
    newest = find("gruppen", sort="date")
    dates = [h.meeting_date for h in newest.hits]
    assert dates == sorted(dates, reverse=True) and newest.total == every.total
    with pytest.raises(ValueError):
        find("gruppen", date_from="1 mars")


def test_a_long_query_is_cut_and_says_so(find):
    long = find(" ".join(["teknikmässan"] * 60))
    assert long.total > 0 and long.notes


def test_the_parser_makes_one_structure_for_every_engine():
    assert parse("teknikdagen AND budget").key() == parse("teknikdagen budget").key() == "teknikdag budget"
    assert parse("skola OR förskola -2024").key() == "skol|forskol -2024"
    assert parse("teknik*").key() == "teknik*"
    assert parse("e-arkiv").key() == "e+arkiv|earkiv"
    assert parse('"fysisk planering"').key() == "fysisk+planering"
    assert parse("and or").key() == "and or"  # lower case: words
    assert not parse("-2024").required and not parse("  ").required
    assert fts_query(parse("a OR b -c")) == '((("a") OR ("b"))) NOT ((("c")))'
    assert ts_query(parse("a OR b -c dd*")) == "((a) | (b)) & ((dd:*)) & !(((c)))"
    assert len(parse("x" * (3 * MAX_CHARS)).notes) == 1


# --- the web app: page, JSON API, CSV and Atom feed ----------------------------------------------

@pytest.fixture
def client(database_url, tmp_path):
    import lxml.html  # noqa: F401 (the page tests parse HTML)
    from fastapi.testclient import TestClient

    from protokoll.web.app import create_app

    for date, title, body in DOCS:
        write_minutes(tmp_path / "docs", f"{date}.txt", date, title, body)
    result = CliRunner().invoke(main, ["ingest", str(tmp_path / "docs")], env={"PROTOKOLL_DB": database_url},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return TestClient(create_app(database_url))


def test_the_page_documents_the_syntax_and_offers_examples_and_suggestions(client):
    import lxml.html

    empty = lxml.html.fromstring(client.get("/sok").text)
    assert "teknik*" in " ".join(empty.xpath("//details[@id='soksyntax']//code/text()"))
    examples = empty.xpath("//details[@id='soksyntax']//a/@href")
    assert examples and all(client.get(url).status_code == 200 for url in examples)
    wrong = lxml.html.fromstring(client.get("/sok?q=teknikm%C3%A4san&typ=item").text)
    link = wrong.xpath("//p[@class='suggestion']//a/@href")
    assert link and "typ=item" in link[0]
    fixed = lxml.html.fromstring(client.get(link[0]).text)
    assert fixed.xpath("//ol[@class='hits']/li")
    long = lxml.html.fromstring(client.get("/sok?q=" + "teknikm%C3%A4ssan+" * 60).text)
    assert long.xpath("//p[@class='notice']")


def test_the_empty_page_offers_an_example_of_each_syntax_made_of_the_archives_words_each_with_hits(client):
    examples = [q for q, _url in client.get("/sok.json").json()["examples"]]
    prefix, either, without, phrase = examples
    assert prefix.endswith("*") and " OR " in either and " -" in without and phrase.startswith('"')
    for q, url in client.get("/sok.json").json()["examples"]:
        assert client.get("/api/search", params={"q": q}).json()["total"] > 0, q
        assert url.startswith("/sok?q=")
    assert "teknikmässan" in " ".join(examples)  # the archive's most frequent title word


def test_dates_and_sort_in_the_page_api_csv_and_feed(client):
    import csv
    import io

    import lxml.etree

    api = client.get("/api/search?q=gruppen&fran=2025-01-01&sortering=datum").json()
    dates = [r["meeting_date"] for r in api["results"]]
    assert dates and dates == sorted(dates, reverse=True) and min(dates) >= "2025-01-01"
    text = client.get("/sok.csv?q=gruppen&till=2024-12-31").content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert rows and {r["Mötesdatum"][:4] for r in rows} == {"2024"}
    feed = lxml.etree.fromstring(client.get("/sok/atom.xml?q=gruppen&fran=2024-09-10&till=2024-09-10").content)
    entries = feed.findall("{http://www.w3.org/2005/Atom}entry")
    assert entries and all("2024-09-10" in e.findtext("{http://www.w3.org/2005/Atom}title") for e in entries)
    page = client.get("/sok?q=gruppen&sortering=datum&fran=2025-01-01").text
    assert 'value="2025-01-01"' in page and '<option value="datum" selected' in page
    assert client.get("/sok?q=gruppen&fran=1+mars").status_code == 400
    assert client.get("/api/search?q=gruppen&sortering=b%C3%A4st").status_code == 400


def test_the_command_takes_dates_and_sort_and_suggests(database_url, tmp_path):
    import json

    for date, title, body in DOCS:
        write_minutes(tmp_path / "docs", f"{date}.txt", date, title, body)
    env = {"PROTOKOLL_DB": database_url}
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(tmp_path / "docs")], env=env).exit_code == 0
    out = runner.invoke(main, ["search", "gruppen", "--json", "--from", "2025-01-01", "--sort", "date"], env=env)
    dates = [r["meeting_date"] for r in json.loads(out.stdout)["results"]]
    assert dates and dates == sorted(dates, reverse=True) and min(dates) >= "2025-01-01"
    out = runner.invoke(main, ["search", "teknikmäsan"], env=env)
    assert out.exit_code == 0 and "Did you mean 'Teknikmässan'?" in out.stdout


DECISION = """Protokoll
Samverkansgruppen för kollektivtrafik
Datum: 2024-05-05

§ 1 Mötets öppnande
Ordföranden öppnade mötet.

§ 2 Vintervägar
Gruppen beslutade
att godkänna planen för snöröjning,
att uppdra åt förvaltningen att redovisa kostnaderna.
Anna Berg får i uppdrag att ta fram en tidplan till nästa möte.
"""


def test_a_decision_is_one_hit_and_hits_show_their_own_text(database_url, tmp_path, monkeypatch):
    """W12: the "att" clauses of one decision are one hit; W11: a decision or assignment found by its
    item's title shows its own text, not the title again."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "vinter.txt").write_text(DECISION, encoding="utf-8")
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "docs")],
                              env={"PROTOKOLL_DB": database_url}).exit_code == 0
    sessions = session_factory(database_url)
    for engine in ("embedded", "sql"):
        if engine == "sql":
            monkeypatch.setenv(ENGINE_ENV, "sql")
        with sessions() as session:
            hits = search(session, "vintervägar").hits
        decisions = [h for h in hits if h.kind == "decision"]
        assert len(decisions) == 1, engine
        assert "snöröjning; att uppdra" in decisions[0].snippet
        others = [h for h in hits if h.kind in ("decision", "assignment")]
        assert others and all("Vintervägar" not in h.snippet and h.snippet for h in others), engine
    sessions.kw["bind"].dispose()


def test_page_footers_are_found_at_page_ends_and_kept_out_of_item_text():
    """W13: a running footer above a page mark names the document; it is not item text."""
    from protokoll.store.search_footers import footers, without_footers

    pages = ["Sjöstadens kommun\n§ 1 Budget\nText om budgeten.\nSjöstadens kommun · Kulturnämnden · Protokoll\n1(2)",
             "Mer text om budgeten.\n§ 2 Övriga frågor\nInga frågor.\nSjöstadens kommun · Kulturnämnden · Protokoll\n2(2)"]
    found = footers("\f".join(pages), ["Sjöstadens kommun", "Kulturnämnden"])
    assert found == {"Sjöstadens kommun · Kulturnämnden · Protokoll"}
    single = "§ 1 Övriga frågor\nInga frågor.\nNorrby · Tekniska nämnden · Dagordning\n1(1)"
    assert footers(single, ["Norrby", "Tekniska nämnden"]) == {"Norrby · Tekniska nämnden · Dagordning"}
    assert footers(single, ["Annat", None]) == set()  # one page, names nothing of the meeting: kept
    assert footers("§ 1 Val\nDet sista stycket.\nInget sidnummer", ["Norrby"]) == set()
    joined = "Inga frågor. Sjöstadens kommun · Kulturnämnden · Protokoll Mer text.\n2(2)"
    assert without_footers(joined, found).split() == ["Inga", "frågor.", "Mer", "text."]


def test_an_archive_indexed_before_hyphenated_words_were_joined_finds_them_after_the_migration(database_url,
                                                                                             tmp_path):
    from sqlalchemy import text

    from protokoll.store.db import open_engine

    for date, title, body in DOCS:
        write_minutes(tmp_path / "docs", f"{date}.txt", date, title, body)
    assert CliRunner().invoke(main, ["ingest", str(tmp_path / "docs")],
                              env={"PROTOKOLL_DB": database_url}).exit_code == 0
    engine = open_engine(database_url)
    with engine.begin() as conn:  # as the older analysis stored them: without the joined words
        for unit_id, terms in conn.execute(text("SELECT id, terms FROM search_units")).all():
            kept = " ".join(t for t in terms.split() if t != "earkiv")
            conn.execute(text("UPDATE search_units SET terms = :t WHERE id = :id"), {"t": kept, "id": unit_id})
        conn.execute(text("UPDATE alembic_version SET version_num = :v"),
                     {"v": migration_before("joined_hyphen_terms")})
    engine.dispose()
    sessions = session_factory(database_url)  # opening the archive migrates it
    with sessions() as session:
        assert days(search(session, "earkiv", limit=100), None) == {"2024-03-01"}
    sessions.kw["bind"].dispose()
