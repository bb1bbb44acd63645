"""`items[].text`: an item's own text as written, kept by parse, exported, searchable and shown."""

from __future__ import annotations

import json

from protokoll.parse import parse_text
from protokoll.record import MeetingRecord

#: An invented protocol: two pages, a running footer beside each page counter, a wrapped line,
#: a labelled decision, a signature block.
DOCUMENT = """Protokoll
Kulturnämnden
Datum: 2023-10-05

§ 7 Bibliotekets öppettider
Föredragande: Karin Lund
Biblioteket har haft fler besökare på kvällarna under hösten. Förvaltningen före-
slår därför längre öppettider på torsdagar.

Beslut: Kulturnämnden beslutar att biblioteket har öppet till kl. 20 på torsdagar.
Kulturnämnden · Protokoll 2023-10-05
1(2)
§ 8 Övriga frågor
Ordföranden tackade för i dag.

Vid protokollet
Per Holm
"""


def test_parse_keeps_each_items_own_text_in_paragraphs():
    rec = parse_text(DOCUMENT, "kultur.txt")
    assert [i.text for i in rec.items] == [
        "Föredragande: Karin Lund\n\n"
        "Biblioteket har haft fler besökare på kvällarna under hösten. Förvaltningen föreslår därför "
        "längre öppettider på torsdagar.\n\n"
        "Beslut: Kulturnämnden beslutar att biblioteket har öppet till kl. 20 på torsdagar.",
        "Ordföranden tackade för i dag.",
    ]


def test_item_text_is_exported_and_read_back():
    rec = parse_text(DOCUMENT, "kultur.txt")
    data = json.loads(json.dumps(rec.to_dict(), ensure_ascii=False))
    assert data["items"][1]["text"] == "Ordföranden tackade för i dag."
    assert [i.text for i in MeetingRecord.from_dict(data).items] == [i.text for i in rec.items]


def test_a_record_without_item_text_reads_as_empty_text():
    data = parse_text(DOCUMENT, "kultur.txt").to_dict()
    for item in data["items"]:
        del item["text"]
    assert [i.text for i in MeetingRecord.from_dict(data).items] == ["", ""]


# --- search and the meeting page, over a real database (SQLite, and PostgreSQL when reachable) ----

import lxml.html  # noqa: E402
import pytest  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from conftest import migration_before, write_minutes  # noqa: E402
from protokoll.cli import main  # noqa: E402
from protokoll.web.app import create_app  # noqa: E402

#: Item 2's text: a word no title, decision or name holds, markup that must come out escaped,
#: two paragraphs.
BODY = ("Gruppen gick igenom vinterns snöröjningsavtal och <b>kostnaderna</b> för sandning.\n\n"
        "Frågan tas upp igen i höst.")


@pytest.fixture
def archive(database_url, tmp_path):
    path = write_minutes(tmp_path / "in", "samverkan-2024-04-01.txt", "2024-04-01", "Vinterväghållning", BODY)
    result = CliRunner().invoke(main, ["ingest", str(path)], env={"PROTOKOLL_DB": database_url},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return database_url


def search_json(url: str, query: str) -> dict:
    result = CliRunner().invoke(main, ["search", query, "--json"], env={"PROTOKOLL_DB": url},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_a_word_only_in_an_items_text_is_found_and_its_hit_opens_the_item(archive):
    hits = search_json(archive, "snöröjningsavtal")["results"]
    assert [(h["kind"], h["item_number"]) for h in hits] == [("item", "2")]
    assert "<mark>snöröjningsavtal</mark>" in hits[0]["snippet"]
    client = TestClient(create_app(archive))
    page = client.get("/sok", params={"q": "snöröjningsavtal"})
    link = lxml.html.fromstring(page.text).xpath("//li[@class='hit']//h2/a/@href")
    assert len(link) == 1 and link[0].split("#")[1] == "punkt-2"
    doc = lxml.html.fromstring(client.get(link[0].split("#")[0]).text)
    item = doc.get_element_by_id("punkt-2")
    assert "snöröjningsavtal" in item.text_content()


def test_the_meeting_page_shows_the_items_text_in_escaped_paragraphs(archive):
    client = TestClient(create_app(archive))
    url = search_json(archive, "snöröjningsavtal")["results"][0]["url"].split("#")[0]
    response = client.get(url)
    assert response.status_code == 200
    assert "&lt;b&gt;kostnaderna&lt;/b&gt;" in response.text and "<b>kostnaderna" not in response.text
    doc = lxml.html.fromstring(response.text)
    paragraphs = [p.text_content() for p in doc.xpath("//*[@id='punkt-2']//div[@class='item-text']/p")]
    assert paragraphs == ["Gruppen gick igenom vinterns snöröjningsavtal och <b>kostnaderna</b> för sandning.",
                          "Frågan tas upp igen i höst."]
    first = [p.text_content() for p in doc.xpath("//*[@id='punkt-1']//div[@class='item-text']/p")]
    assert first == ["Ordföranden öppnade mötet."]
    twin = client.get(url + ".json").json()  # the page's JSON twin carries the same paragraphs
    assert [i["paragraphs"] for i in twin["items"]] == [first, paragraphs]


def test_a_reindex_takes_the_stored_item_text_and_an_older_record_has_it_read_again(archive):
    """The index and the page read ``items[].text`` from the stored record; a record stored before
    items kept their text (no ``text`` key) has it read again from the document's text when the
    archive is opened (migration 0022): the page reads the record only."""
    from sqlalchemy import text

    from protokoll.store.db import session_factory
    from protokoll.store.models import Meeting

    factory = session_factory(archive)
    with factory() as session:
        meeting = session.query(Meeting).one()
        data = json.loads(meeting.record_json)
        assert data["items"][1]["text"].startswith("Gruppen gick igenom vinterns snöröjningsavtal")
        for item in data["items"]:
            del item["text"]
        meeting.record_json = json.dumps(data, ensure_ascii=False)
        session.execute(text("UPDATE alembic_version SET version_num = :v"),  # as an older version left it
                        {"v": migration_before("printed_numbers_and_dissent")})
        session.commit()
        meeting_id = meeting.id
    factory.kw["bind"].dispose()
    result = CliRunner().invoke(main, ["search", "--reindex", "snöröjningsavtal", "--json"],
                                env={"PROTOKOLL_DB": archive}, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert [h["item_number"] for h in json.loads(result.stdout)["results"]] == ["2"]
    doc = lxml.html.fromstring(TestClient(create_app(archive)).get(f"/moten/{meeting_id}").text)
    assert doc.xpath("//*[@id='punkt-2']//div[@class='item-text']/p[2]")[0].text_content() == \
        "Frågan tas upp igen i höst."


def test_export_writes_each_items_text(archive, tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["export", "--out", str(out)], env={"PROTOKOLL_DB": archive},
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    [written] = list(out.glob("*.json"))
    items = json.loads(written.read_text(encoding="utf-8"))["items"]
    assert [i["text"] for i in items] == ["Ordföranden öppnade mötet.", BODY]
