"""Corrections of read records (issue 13) in the store, on SQLite and PostgreSQL: beside the extraction,
append-only, applied to every later version of the same file, reported when they no longer fit."""

from __future__ import annotations

import json

import orjson
import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from protokoll.export import export_json
from protokoll.linking import relink
from protokoll.store import current_meetings
from protokoll.store.db import session_factory
from protokoll.store.models import Meeting
from protokoll.store.record_corrections import (CorrectionError, RecordCorrection, applied_marks, correct,
                                                corrections_of, organisation_log, unapplied_records)
from record_correction_docs import ORG, ingest, write

DUE = "items[2].assignments[1].due"


def _meeting(s) -> Meeting:
    (meeting,) = current_meetings(s)
    return meeting


def _corrected(url: str, folder) -> int:
    """One archive with the date and a due date corrected; -> the meeting id."""
    ingest(url, write(folder))
    with session_factory(url)() as s:
        meeting = _meeting(s)
        correct(s, meeting.id, "date", "2024-03-15", "sara", "Fel datum i dokumentet")
        correct(s, meeting.id, DUE, "2024-06-01", "sara")
        relink(s, full=True)
        s.commit()
        return meeting.id


def test_a_correction_is_a_row_beside_the_extraction_and_export_gives_the_corrected_record(database_url, tmp_path):
    meeting_id = _corrected(database_url, tmp_path / "in")
    with session_factory(database_url)() as s:
        meeting = s.get(Meeting, meeting_id)
        record, extracted = orjson.loads(meeting.record_json), orjson.loads(meeting.extracted_json)
        assert (record["date"], record["year"], record["items"][1]["assignments"][0]["due"]) == \
            ("2024-03-15", 2024, "2024-06-01")
        assert (extracted["date"], extracted["items"][1]["assignments"][0]["due"]) == ("2024-03-14", "2024-05-02")
        assert meeting.date == "2024-03-15"  # the listed date follows
        rows = [(r.field, r.before, r.after, r.who, r.reason) for r in corrections_of(s, meeting.document.path)]
        assert rows == [("date", "2024-03-14", "2024-03-15", "sara", "Fel datum i dokumentet"),
                        (DUE, "2024-05-02", "2024-06-01", "sara", None)]
        assert sorted(applied_marks(s, meeting)) == ["date", DUE]
        assert [r.field for r in organisation_log(s, [ORG.upper()])] == [DUE, "date"]  # newest first
        (written,) = export_json(s, tmp_path / "out")
    exported = json.loads(written.read_text(encoding="utf-8"))
    assert exported == record


def test_the_same_value_again_is_no_correction_and_bad_values_are_refused(database_url, tmp_path):
    meeting_id = _corrected(database_url, tmp_path / "in")
    with session_factory(database_url)() as s:
        assert correct(s, meeting_id, "date", "2024-03-15", "sara") is None
        for path, value, reason in [("date", "15 mars", "ÅÅÅÅ-MM-DD"), ("start", "25:00", "TT:MM"),
                                    ("items[9].title", "X", "punkten 9 finns inte"),
                                    ("items[2].title", "  ", "tomt"), ("organization", "Annan", "kan inte rättas"),
                                    ("items[2].assignments[1].status", "kanske", "alternativen")]:
            with pytest.raises(CorrectionError, match=reason):
                correct(s, meeting_id, path, value, "sara")
        assert len(corrections_of(s, s.get(Meeting, meeting_id).document.path)) == 2


def test_corrections_are_append_only_in_the_database(database_url, tmp_path):
    _corrected(database_url, tmp_path / "in")
    factory = session_factory(database_url)
    for statement in ("UPDATE record_corrections SET after_json = '\"x\"'", "DELETE FROM record_corrections"):
        with factory() as s, pytest.raises(DBAPIError, match="append-only"):
            s.execute(text(statement))
    with factory() as s:
        assert s.scalar(select(text("count(*)")).select_from(RecordCorrection)) == 2


def test_corrections_survive_reingest_of_the_same_file_and_of_a_new_version(database_url, tmp_path):
    folder = tmp_path / "in"
    _corrected(database_url, folder)
    assert ingest(database_url, write(folder)).counts["unchanged"] == 1
    report = ingest(database_url, write(folder, extra="\n§ 3 Övriga frågor\nInga övriga frågor.\n"))
    assert report.counts["updated"] == 1 and report.linked.unapplied == []
    with session_factory(database_url)() as s:
        meeting = _meeting(s)
        record = orjson.loads(meeting.record_json)
        assert (record["date"], record["items"][1]["assignments"][0]["due"]) == ("2024-03-15", "2024-06-01")
        assert len(record["items"]) == 3  # the new version's own change is there too
        assert orjson.loads(meeting.extracted_json)["date"] == "2024-03-14"


def test_a_correction_a_new_version_no_longer_fits_is_reported_and_not_applied(database_url, tmp_path):
    folder = tmp_path / "in"
    _corrected(database_url, folder)
    report = ingest(database_url, write(folder, due="2024-05-20"))  # the new version has another due date
    (unfit,) = report.linked.unapplied
    assert unfit["kind"] == "record" and unfit["subject"] == f"styrelsen.txt {DUE}"
    assert "'2024-05-20' där rättelsen ändrade '2024-05-02'" in unfit["reason"]
    with session_factory(database_url)() as s:
        record = orjson.loads(_meeting(s).record_json)
        assert (record["date"], record["items"][1]["assignments"][0]["due"]) == ("2024-03-15", "2024-05-20")
        assert [u["subject"] for u in unapplied_records(s)] == [f"styrelsen.txt {DUE}"]


def test_an_attendee_and_a_status_are_corrected(database_url, tmp_path):
    meeting_id = _corrected(database_url, tmp_path / "in")
    with session_factory(database_url)() as s:
        correct(s, meeting_id, "attendees[Per Lind]", None, "sara", "Var inte med")
        correct(s, meeting_id, "attendees[Eva Sund]", {"name": "Eva Sund", "affiliation": "Umeå",
                                                       "role": "ordförande"}, "sara")
        correct(s, meeting_id, "items[2].assignments[1].status", "done", "sara")
        relink(s, full=True)
        s.commit()
        record = orjson.loads(s.get(Meeting, meeting_id).record_json)
        assert [(a["name"], a["role"], a["group"]) for a in record["attendees"]] == [
            ("Anna Berg", None, "present"), ("Eva Sund", "ordförande", "present")]
        from protokoll.store.cases import done_assignments
        assert done_assignments(s) == {"styrelsen:2/1"}


def test_an_earlier_version_made_current_again_takes_the_corrections_made_since(database_url, tmp_path):
    folder = tmp_path / "in"
    ingest(database_url, write(folder))
    ingest(database_url, write(folder, extra="\n§ 3 Övriga frågor\nInga övriga frågor.\n"))
    with session_factory(database_url)() as s:
        correct(s, _meeting(s).id, "items[2].title", "Nya busslinjer i norr", "sara")
        s.commit()
    assert ingest(database_url, write(folder)).counts["updated"] == 1  # the first bytes again: current again
    with session_factory(database_url)() as s:
        meeting = _meeting(s)
        assert meeting.document.version == 1
        assert [i["title"] for i in orjson.loads(meeting.record_json)["items"]] == \
            ["Mötets öppnande", "Nya busslinjer i norr"]


def test_ingest_and_link_say_which_correction_no_longer_fits(cli, db, tmp_path):
    folder = tmp_path / "in"
    assert cli("ingest", str(write(folder))).exit_code == 0
    with session_factory(db)() as s:
        correct(s, _meeting(s).id, DUE, "2024-06-01", "sara")
        s.commit()
    result = cli("ingest", str(write(folder, due="2024-05-20")))
    (line,) = [x for x in result.output.splitlines() if x.startswith("warning:")]
    assert line == (f"warning: correction 1 (styrelsen.txt {DUE}) is not applied: "
                    "dokumentet har nu '2024-05-20' där rättelsen ändrade '2024-05-02'")
    assert f"not applied: record correction 1 (correct styrelsen.txt {DUE})" in cli("link", "--full").output


def test_relinking_a_corrected_meeting_gives_what_a_full_relink_gives(database_url, tmp_path):
    from protokoll.linking.corrected import relink_corrected
    from test_relink_incremental import dump

    folder = tmp_path / "in"
    ingest(database_url, write(folder), write(folder, date="2024-04-11", due="2024-06-13", name="april.txt"),
           write(folder / "annan", date="2024-03-20", name="annan.txt").parent)
    factory = session_factory(database_url)
    with factory() as s:
        meeting = next(m for m in current_meetings(s) if m.document.name == "styrelsen.txt")
        correct(s, meeting.id, "items[2].title", "Nya busslinjer och tidtabeller", "sara")
        correct(s, meeting.id, "attendees[Per Lind]", {"name": "Per Lindh", "affiliation": "Malmö"}, "sara")
        correct(s, meeting.id, DUE, "2024-04-11", "sara")
        report = relink_corrected(s, meeting.id)
        s.commit()
        assert report.scope != "unchanged" and not report.scope.startswith("full")
        after_correction = dump(s)
    with factory() as s:
        relink(s, full=True)
        s.commit()
        assert dump(s) == after_correction
        titles = s.execute(text("SELECT title FROM linked_items ORDER BY title")).scalars().all()
        assert "Nya busslinjer och tidtabeller" in titles
        names = s.execute(text("SELECT name FROM person_mentions")).scalars().all()
        assert "Per Lindh" in names  # (linking takes him for Per Lind of the other minutes: one person)


def test_a_meeting_written_in_the_app_is_not_corrected_here(database_url):
    from protokoll.record import MeetingRecord
    from protokoll.store.authoring import new_meeting
    from protokoll.store.authoring_archive import archive

    with session_factory(database_url)() as s:
        written = new_meeting(s, MeetingRecord(source="", kind="minutes", organization=ORG, body="Styrelsen",
                                               date="2024-03-14"), "sara")
        archive(s, written.id, published=True)
        with pytest.raises(CorrectionError, match="skrivet i appen"):
            correct(s, _meeting(s).id, "date", "2024-03-15", "sara")
