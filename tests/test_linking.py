"""Linking runs where the data changes (ingest, `protokoll link`) and its answer is rows; readers never link."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from conftest import ROOT
from protokoll.store.db import session_factory
from protokoll.store.linked import link_generation
from protokoll.store.linked_tables import ChainSource, LinkedItem

EXAMPLES = ROOT / "examples"


@pytest.fixture
def archive(cli, db):
    assert cli("ingest", str(EXAMPLES)).exit_code == 0
    return session_factory(db)


def test_ingest_writes_the_linked_rows_once_per_batch(archive):
    with archive() as s:
        assert link_generation(s) == 1
        assert s.scalar(select(func.count()).select_from(ChainSource)) == 12
        assert s.scalar(select(func.count()).select_from(LinkedItem)) > 50


def test_reingesting_the_same_files_links_nothing_again(archive, cli):
    assert cli("ingest", str(EXAMPLES)).exit_code == 0
    with archive() as s:
        assert link_generation(s) == 1


def test_a_new_document_is_linked_at_the_end_of_its_batch(archive, cli, tmp_path):
    folder = tmp_path / "more"
    folder.mkdir()
    source = sorted(EXAMPLES.glob("*.txt"))[0]
    (folder / "kopia.txt").write_text(source.read_text(encoding="utf-8") + "\nEn rad till.\n", encoding="utf-8")
    with archive() as s:
        items = dict(s.execute(select(LinkedItem.key, LinkedItem.id)).all())
    assert cli("ingest", str(folder)).exit_code == 0
    with archive() as s:
        assert link_generation(s) == 2
        after = dict(s.execute(select(LinkedItem.key, LinkedItem.id)).all())
    assert {k: after[k] for k in items} == items  # every item kept its id
    assert any(k.startswith("kopia:") for k in after)


def test_the_link_command_reports_each_table(archive, cli):
    result = cli("link")
    assert result.exit_code == 0 and result.output.startswith("nothing changed since the last relink (generation 1)")
    result = cli("link", "--full")
    assert result.exit_code == 0 and result.output.startswith("linked the archive in ")
    assert "linked_items: 0 inserted, 0 updated," in result.output
    report = json.loads(cli("link", "--full", "--json").output)
    assert report["generation"] == 3 and report["tables"]["persons"]["inserted"] == 0
    assert all(t["deleted"] == 0 and t["unchanged"] > 0 for t in report["tables"].values())


def test_the_link_command_refuses_a_missing_archive(cli, tmp_path):
    result = cli("link", "--db", str(tmp_path / "none.sqlite"))
    assert result.exit_code != 0 and "no archive" in result.output


def test_two_organisations_named_as_often_leave_the_record_open():
    from protokoll.parse.context import complete_from_archive
    from protokoll.record import MeetingRecord

    known = [("Norrvikens kommunalförbund", "Styrelsen", None, None), ("Sjöhamnsregionen", "Rådet", None, None)]
    text = "Norrvikens kommunalförbund och Sjöhamnsregionen. Norrvikens kommunalförbund, Sjöhamnsregionen."
    record = MeetingRecord(source="x.txt")
    complete_from_archive(record, text, known)
    assert record.organization is None
    complete_from_archive(record, text + " Sjöhamnsregionen.", known)
    assert record.organization == "Sjöhamnsregionen"


def test_a_correction_that_no_longer_applies_is_reported_not_dropped(archive, cli):
    from protokoll.store.cases import add_case_correction
    from protokoll.web.app import create_app
    from fastapi.testclient import TestClient

    with archive() as s:
        add_case_correction(s, "merge", "2024-02-08-minnesanteckningar:99", other="2024-02-08-minnesanteckningar:1")
        add_case_correction(s, "rename", "no-such-document:1", title="Ny rubrik")
        s.commit()
    result = cli("link")
    assert result.exit_code == 0
    lines = [line for line in result.output.splitlines() if line.startswith("not applied:")]
    assert len(lines) == 2 and "2024-02-08-minnesanteckningar:99" in lines[0] and "finns inte längre" in lines[0]
    status = TestClient(create_app(archive.kw["bind"].url.render_as_string(hide_password=False))).get("/-/status.json")
    unapplied = status.json()["unapplied"]
    assert [(u["kind"], u["action"], u["subject"]) for u in unapplied] == [
        ("case", "merge", "2024-02-08-minnesanteckningar:99"), ("case", "rename", "no-such-document:1")]
    page = TestClient(create_app(archive.kw["bind"].url.render_as_string(hide_password=False))).get("/-/status")
    assert "no-such-document:1" in page.text


def test_a_person_merge_whose_names_left_the_archive_is_reported():
    from protokoll.link.corrections import PersonFix, unapplied_people
    from protokoll.link.people import Mention, Person

    anna = Person([Mention("Anna Berg", 1, None, None, None, None, None)], id="anna-berg", name="Anna Berg")
    bo = Person([Mention("Bo Ek", 1, None, None, None, None, None)], id="bo-ek", name="Bo Ek")
    merged = PersonFix(1, "merge", "anna-berg", "bo-ek", ["Anna Berg"], ["Bo Ek"])
    gone = PersonFix(2, "merge", "cecilia-ny", "bo-ek", ["Cecilia Ny"], ["Bo Ek"])
    together = Person(anna.mentions + bo.mentions, id="anna-berg", name="Anna Berg")
    assert [u.id for u in unapplied_people([together], [merged, gone])] == [2]
    assert [u.reason for u in unapplied_people([anna, bo], [merged])] == ["personerna som slogs ihop är åter två"]
    split = PersonFix(3, "split", "anna-berg", "Bo Ek", ["Anna Berg", "Bo Ek"], [])
    assert [u.id for u in unapplied_people([together], [split])] == [3]
    assert unapplied_people([anna, bo], [split]) == []
