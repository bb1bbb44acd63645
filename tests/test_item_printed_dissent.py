"""Item numbers as printed and dissent with party and statement: read by parse into the record
(``items[].printed_number``, ``items[].dissent_details``), stored with it, and shown by the web from
the record alone (issue 14; usability review W8, W16)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from protokoll.parse import parse_text
from protokoll.swedish.minutes import party, statement
from protokoll.swedish.minutes import BARE, PERIOD, SECTION, as_printed, printed_style
from protokoll.record import MeetingRecord
from protokoll.store.db import session_factory

PROTOCOL = """Sammanträdesprotokoll
Barn- och utbildningsnämnden
Datum: 2024-05-14

§ 3 Budget 2025
Nämnden beslutar att anta förslaget till budget.
Anna Lind (S) reserverar sig mot beslutet till förmån för eget yrkande.

§ 4 Skolskjuts
Diskussion om turerna. Nämnden beslutar enligt förslaget.
Per Berg (V) och Anna Lind (S) reserverar sig mot beslutet.

§ 5 Information
Förvaltningen informerar om läget.
"""


def test_printed_style_follows_the_text_not_the_kind():
    assert printed_style("§ 7 Budget\n§ 8 Övrigt", ["7", "8"]) == SECTION
    assert printed_style("1. Teleupphandling\n2. Övrigt", ["1", "2"]) == PERIOD
    assert printed_style("1 Teleupphandling\n2 Övrigt", ["1", "2"]) == BARE
    assert printed_style("1. Öppnande\n2. Enligt § 12 i stadgan", ["1", "2"]) == PERIOD
    assert [as_printed("3", s) for s in (SECTION, PERIOD, BARE)] == ["§ 3", "3.", "3"]
    assert as_printed(None, SECTION) is None


def test_the_dissent_sentence_and_party_are_read_from_the_text():
    doc = ("§ 3 Budget\nAnna Lind (S) reserverar sig mot beslutet.\n§ 4 Skolskjuts\nDiskussion om turer. "
           "Beslut enligt förslaget. Anna Lind (S) och Per Berg (V) reserverar sig till förmån för eget yrkande.")
    said = statement(doc, "Per Berg", "Skolskjuts")
    assert said == "Anna Lind (S) och Per Berg (V) reserverar sig till förmån för eget yrkande."
    assert party(said, "Per Berg") == "V" and party(said, "Anna Lind") == "S"
    assert statement(doc, "Per Berg", "Budget") == said  # the first sentence naming him after the title
    assert statement("Per Berg höll med.", "Per Berg") is None  # no dissent is said: abstain
    assert party("Per Berg reserverar sig.", "Per Berg") is None  # no bracket: no party


def test_parse_records_the_printed_numbers_and_each_dissenter():
    rec = parse_text(PROTOCOL, "protokoll.txt")
    assert [(i.number, i.printed_number) for i in rec.items] == [("3", "§ 3"), ("4", "§ 4"), ("5", "§ 5")]
    budget, school, _ = rec.items
    assert budget.dissent == ["Anna Lind"]
    assert [(d.name, d.party, d.statement) for d in budget.dissent_details] == [
        ("Anna Lind", "S", "Anna Lind (S) reserverar sig mot beslutet till förmån för eget yrkande.")]
    assert [(d.name, d.party) for d in school.dissent_details] == [(n, p) for n, p in
                                                                    (("Per Berg", "V"), ("Anna Lind", "S"))
                                                                    if n in school.dissent]
    assert all(d.statement.startswith("Per Berg (V) och Anna Lind (S)") for d in school.dissent_details)
    data = rec.to_dict()
    assert data["items"][0]["printed_number"] == "§ 3"
    assert data["items"][0]["dissent_details"][0] == {"name": "Anna Lind", "party": "S",
                                                      "statement": budget.dissent_details[0].statement}
    assert MeetingRecord.from_dict(data).to_dict() == data


def test_each_item_gets_its_own_statement_when_the_same_person_dissents_twice():
    doc = ("Protokoll\nKulturnämnden\nDatum: 2024-05-14\n\nDagordning: Budget,   Bibliotek,   Taxor\n\n"
           "§ 7 Budget\nNämnden beslutar enligt förslaget.\n"
           "Anna Lind (S) reserverar sig mot beslutet till förmån för eget budgetförslag.\n\n"
           "§ 8 Taxor\nNämnden beslutar enligt förslaget.\n"
           "Anna Lind (S) reserverar sig mot beslutet då taxorna höjs för mycket.\n")
    rec = parse_text(doc, "kultur.txt")
    said = {i.title: [d.statement for d in i.dissent_details] for i in rec.items if i.dissent_details}
    assert said == {"Budget": ["Anna Lind (S) reserverar sig mot beslutet till förmån för eget budgetförslag."],
                    "Taxor": ["Anna Lind (S) reserverar sig mot beslutet då taxorna höjs för mycket."]}


def test_minutes_keep_their_period_and_unnumbered_items_have_none():
    rec = parse_text("Minnesanteckningar\nStyrgruppen\nDatum: 2024-05-14\n\n1. Öppnande\nMötet öppnades.\n\n"
                     "2. Ekonomi\nGenomgång av utfallet.\n", "minnes.txt")
    assert [i.printed_number for i in rec.items] == ["1.", "2."]


def test_the_meeting_page_reads_numbers_and_dissent_from_the_record_not_the_document_text(cli, db, tmp_path):
    from protokoll.web.app import create_app

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "2024-05-14-protokoll.txt").write_text(PROTOCOL, encoding="utf-8")
    assert cli("ingest", str(tmp_path / "docs")).exit_code == 0
    client = TestClient(create_app(db))
    before = client.get("/moten/1.json").json()["items"]
    sessions = session_factory(db)
    with sessions() as session:  # the document's text is not what the page reads
        session.execute(text("UPDATE documents SET text = ''"))
        session.commit()
    sessions.kw["bind"].dispose()
    after = TestClient(create_app(db)).get("/moten/1.json").json()["items"]
    assert [i["label"] for i in after] == ["§ 3", "§ 4", "§ 5"]
    (lind,) = after[0]["dissent"]
    assert (lind["name"], lind["party"]) == ("Anna Lind", "S") and "eget yrkande" in lind["statement"]
    assert [i["dissent"] for i in after] == [i["dissent"] for i in before]


@pytest.mark.pg_empty  # the schema is built from nothing up to 0016
def test_a_record_stored_before_the_keys_existed_gets_them_from_its_document_text(database_url):
    import json

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, event

    from protokoll.store.db import MIGRATIONS, _sqlite_pragmas, open_engine

    old = parse_text(PROTOCOL, "p.txt").to_dict()
    for item in old["items"]:
        del item["printed_number"], item["dissent_details"]
    engine = create_engine(database_url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0016")
        conn.execute(text(
            "INSERT INTO documents (id, sha256, path, name, size, format, version, current, published, "
            "ingested_at, pages_json, text) VALUES (1, 'ab', 'p.txt', 'p.txt', 3, 'txt', 1, true, true, "
            "'2025-01-01 00:00:00', '[]', :text)"), {"text": PROTOCOL})
        conn.execute(text("INSERT INTO meetings (id, document_id, record_json, evidence_json) "
                          "VALUES (1, 1, :r, '[]')"), {"r": json.dumps(old)})
    engine.dispose()
    migrated = open_engine(database_url)
    try:
        with migrated.connect() as conn:
            record = json.loads(conn.execute(text("SELECT record_json FROM meetings")).scalar())
    finally:
        migrated.dispose()
    assert record == parse_text(PROTOCOL, "p.txt").to_dict()
