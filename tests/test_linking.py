"""The stored link snapshot: made by ingest, loaded instead of linking again, never trusted blindly."""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict

import pytest
from sqlalchemy import text

from conftest import ROOT
from protokoll.link.snapshot import FORMAT, SnapshotError, decode, encode
from protokoll.linking import archive_key, link_all, linked_archive, snapshot_key, sources
from protokoll.store.db import session_factory
from protokoll.store.links import LinkSnapshot, has_snapshot, save_snapshot, stored_snapshot

EXAMPLES = ROOT / "examples"


def _canonical(result) -> dict:
    """Everything a page can read of a link result, as plain data."""
    return {
        "chain": [[n.to_dict(), [s.meeting_id for s in n.sources]] for n in result.chain.nodes],
        "items": [[i.id, i.meeting.id, i.document, i.number, i.title, i.decisions, i.assignments, i.routine,
                   sorted(i.terms), sorted(i.names), sorted(i.dnr), i.kind, sorted(i.mentions)]
                  for i in result.items],
        "cases": [[c.id, c.title, c.corrected, [i.id for i in c.items], c.to_dict()] for c in result.cases],
        "people": [[p.id, p.name, sorted(p.possible), p.possible_same_as, [asdict(m) for m in p.mentions]]
                   for p in result.people],
        "orgs": [asdict(o) for o in result.orgs],
    }


@pytest.fixture
def archive(cli, db):
    assert cli("ingest", str(EXAMPLES)).exit_code == 0
    return session_factory(db)


def _snapshot_rows(sessions) -> list[tuple[int, str]]:
    with sessions() as s:
        return [(r.id, r.archive_key) for r in s.query(LinkSnapshot).all()]


def test_ingest_stores_the_answer_and_the_stored_answer_equals_linking_again(archive):
    with archive() as s:
        key = snapshot_key(archive_key(s))
        assert has_snapshot(s, key)
        loaded = linked_archive(s)
        fresh = link_all(s)
    assert len(loaded.cases) > 1 and len(loaded.people) > 5 and loaded.orgs
    assert _canonical(loaded) == _canonical(fresh)


def test_the_snapshot_holds_decisions_not_documents(archive):
    with archive() as s:
        blob = stored_snapshot(s, snapshot_key(archive_key(s)))
        texts = sum(len(t) for (t,) in s.execute(text("SELECT record_json FROM meetings")))
    data = json.loads(zlib.decompress(blob))
    assert data["format"] == FORMAT
    assert "decisions" not in json.dumps(data["items"])  # titles and decisions stay in the records
    assert len(blob) < texts / 2


def test_reingesting_the_same_files_links_nothing_again(archive, cli):
    before = _snapshot_rows(archive)
    result = cli("ingest", str(EXAMPLES))
    assert result.exit_code == 0 and "0 inserted, 0 updated" in result.output
    assert _snapshot_rows(archive) == before and len(before) == 1


def test_a_new_document_replaces_the_snapshot(archive, cli, tmp_path):
    before = _snapshot_rows(archive)
    extra = tmp_path / "2026-01-15-minnesanteckningar.txt"
    extra.write_text("Minnesanteckningar\nStyrgruppen för Testnätverket\n2026-01-15\n\n"
                     "1. Mötets öppnande\n2. Fiberutbyggnaden\nBeslut: att godkänna planen.\n",
                     encoding="utf-8")
    assert cli("ingest", str(extra)).exit_code == 0
    after = _snapshot_rows(archive)
    assert len(after) == 1 and after != before
    with archive() as s:
        assert after[0][1] == snapshot_key(archive_key(s))
        docs = {src.document_name for n in linked_archive(s).chain.nodes for src in n.sources}
    assert extra.name in docs


def test_a_damaged_snapshot_is_linked_again_and_replaced(archive, caplog):
    with archive() as s:
        key = snapshot_key(archive_key(s))
        fresh = _canonical(link_all(s))
        save_snapshot(s, key, b"not a snapshot", 0.0)
        s.commit()
        assert _canonical(linked_archive(s)) == fresh
        assert "not used" in caplog.text
        decode(stored_snapshot(s, key), sources(s))  # replaced by a readable one


def test_a_snapshot_of_other_records_or_format_is_refused(archive):
    with archive() as s:
        result = link_all(s)
        records = sources(s)
    blob = encode(result)
    with pytest.raises(SnapshotError, match="does not fit"):
        decode(blob, records[:-1] + [records[-1]._replace(meeting_id=10**6)])
    with pytest.raises(SnapshotError, match="another set"):
        decode(blob, records + [records[0]._replace(meeting_id=10**6)])
    other = json.loads(zlib.decompress(blob))
    other["format"] = FORMAT + 1
    with pytest.raises(SnapshotError, match="format"):
        decode(zlib.compress(json.dumps(other).encode()), records)
    with pytest.raises(SnapshotError, match="unreadable"):
        decode(b"\x00" * 10, records)


def test_a_correction_changes_the_key_so_the_old_answer_is_not_used(archive, cli):
    with archive() as s:
        before = snapshot_key(archive_key(s))
    cases = json.loads(cli("cases", "--json").output)
    multi = [c for c in cases if len(c["items"]) > 1]
    assert cli("cases", "rename", multi[0]["id"], "Ett nytt namn").exit_code == 0
    with archive() as s:
        after = snapshot_key(archive_key(s))
        assert after != before and not has_snapshot(s, after)
        titles = {c.title for c in linked_archive(s).cases}
        assert has_snapshot(s, after)
    assert "Ett nytt namn" in titles


def test_the_snapshot_round_trips_on_each_database(database_url):
    from protokoll.ingest import ingest_paths

    sessions = session_factory(database_url)
    report = ingest_paths(sessions, [EXAMPLES], 10_000_000)
    assert report.counts["inserted"] > 5 and not report.failures
    with sessions() as s:
        assert has_snapshot(s, snapshot_key(archive_key(s)))
        assert _canonical(linked_archive(s)) == _canonical(link_all(s))


def test_the_web_archive_is_left_out_of_garbage_collection_and_collection_resumes(archive):
    import gc

    from protokoll.linking import gc_paused
    from protokoll.web.archive import ArchiveCache

    gc.unfreeze()
    cache = ArchiveCache()
    with archive() as s:
        linked = cache.get(s)
    assert gc.isenabled() and gc.get_freeze_count() > 1000 and linked.people
    with pytest.raises(RuntimeError), gc_paused():
        assert not gc.isenabled()
        raise RuntimeError
    assert gc.isenabled()
    gc.unfreeze()


def test_the_link_command_links_only_when_asked_or_needed(archive, cli):
    first = cli("link")
    assert first.exit_code == 0 and "is current" in first.output
    from protokoll.store.links import snapshot_info

    with archive() as s:
        before = snapshot_info(s)
    again = cli("link", "--force")
    assert again.exit_code == 0 and again.output.startswith("linked the archive in ")
    with archive() as s:
        after = snapshot_info(s)
    assert len(_snapshot_rows(archive)) == 1 and after.archive_key == before.archive_key
    assert after.made_at > before.made_at


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
