"""What the store keeps, the same on SQLite and PostgreSQL (when $PROTOKOLL_TEST_PG is set):
NUL and over-long values (W6), a file restored to earlier bytes (W8), two ingests at once (W5)."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys

import pytest
from sqlalchemy import select

from conftest import ROOT, write_minutes
from protokoll.ingest import ingest_paths
from protokoll.pipeline import _bounded, prepare
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.record import MeetingRecord
from protokoll.store import save
from protokoll.store.models import Document, Meeting
from protokoll.store.search import search
from protokoll.store.versions import StoreError, save_committed

NUL_TEXT = ("Minnesanteckningar\nStyrgruppen för Ängsö kommunförbund\nDatum: 2025-01-15\n\n"
            "§ 1 Budget\nBeslut: Gruppen beslutar att godkänna\x00 budgeten.\n")


def incoming_of(text: str, path: str = "/arkiv/möte.txt"):
    data = text.encode()
    return prepare(path, path.rsplit("/", 1)[-1], data, hashlib.sha256(data).hexdigest())


def test_nul_characters_are_removed_on_every_backend(sessions, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nul.txt").write_bytes(NUL_TEXT.encode())
    report = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert (report.line(), report.failures) == ("1 inserted, 0 updated, 0 unchanged, 0 skipped, 0 failed", [])
    with sessions() as session:
        doc = session.scalars(select(Document)).one()
        assert "\x00" not in doc.text and "godkänna budgeten" in doc.text
        assert "\x00" not in doc.meeting.record_json


def test_nul_in_a_record_from_elsewhere_is_removed_by_the_store(sessions):
    doc = incoming_of(NUL_TEXT.replace("\x00", ""))
    doc.parsed_text = doc.parsed_text.replace("godkänna", "god\x00känna")
    doc.record.organization = "Ängsö\x00 kommunförbund"
    with sessions() as session:
        assert save_committed(session, doc, save) == "inserted"
        row = session.scalars(select(Document)).one()
        assert "god\x00" not in row.text and row.meeting.organization == "Ängsö kommunförbund"


def test_an_organisation_longer_than_a_name_is_null_with_the_reason():
    record = _bounded(MeetingRecord(source="x.txt", organization="Styrgruppen " + "Å" * 300, body="Styrgruppen"))
    assert record.organization is None and record.body == "Styrgruppen"
    assert [(e.path, e.rule) for e in record.evidence] == [
        ("organization", "abstained: 312 characters, over the 255 a name may have")]


def test_a_long_heading_line_is_stored_on_every_backend(sessions, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "lång.txt").write_text("Minnesanteckningar\nStyrgruppen\nTranskript" + "Å" * 300 + "\n\n§ 1 Budget\n")
    report = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert (report.line(), report.failures) == ("1 inserted, 0 updated, 0 unchanged, 0 skipped, 0 failed", [])
    with sessions() as session:
        meeting = session.scalars(select(Meeting)).one()
        assert len(meeting.organization or "") <= 255 and len(meeting.body or "") <= 255


def test_a_path_longer_than_the_archive_keeps_is_refused_the_same_way_everywhere(sessions):
    doc = incoming_of(NUL_TEXT, "/" + "a" * 1100 + ".txt")
    with sessions() as session:
        with pytest.raises(StoreError) as err:
            save(session, doc)
    assert str(err.value) == "the path is 1105 characters long, over the 1024 the archive keeps"


def test_restoring_earlier_bytes_makes_that_version_current_again(sessions, tmp_path):
    folder = tmp_path / "in"
    path = write_minutes(folder, "möte-2025-01-30.txt", "2025-01-30", "Budget")
    first = path.read_bytes()
    assert ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES).line() == "1 inserted, 0 updated, 0 unchanged, 0 skipped, 0 failed"
    path.write_bytes(first + "\n§ 3 Extrapunkt om vindkraftsparken\nGruppen beslutade att avvakta.\n".encode())
    assert ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES).line() == "0 inserted, 1 updated, 0 unchanged, 0 skipped, 0 failed"
    with sessions() as session:
        assert search(session, "vindkraftsparken").total > 0

    path.write_bytes(first)
    report = ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES)
    assert report.line() == "0 inserted, 1 updated, 0 unchanged, 0 skipped, 0 failed"
    with sessions() as session:
        rows = session.execute(select(Document.version, Document.current, Document.sha256)
                               .order_by(Document.version)).all()
        assert [(v, c) for v, c, _ in rows] == [(1, True), (2, False)]
        assert rows[0][2] == hashlib.sha256(first).hexdigest()
        assert search(session, "vindkraftsparken").total == 0
        from protokoll.query.linked import LinkedView
        titles = [i.title for i in LinkedView(session).items()]
        assert "Budget" in titles and not any("Extrapunkt" in t for t in titles)
    assert ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES).line() == "0 inserted, 0 updated, 1 unchanged, 0 skipped, 0 failed"

    path.write_bytes(first + "\n§ 3 Övriga frågor\nInga.\n".encode())
    assert ingest_paths(sessions, [folder], DEFAULT_MAX_BYTES).line() == "0 inserted, 1 updated, 0 unchanged, 0 skipped, 0 failed"
    with sessions() as session:
        assert session.execute(select(Document.version).where(Document.current)).scalars().all() == [3]


def test_a_duplicate_found_while_inserting_is_unchanged(sessions, monkeypatch):
    """The other ingest stores the same bytes between this one's check and its insert."""
    import protokoll.store.versions as versions

    doc = incoming_of(NUL_TEXT)
    with sessions() as other:
        assert save(other, incoming_of(NUL_TEXT)) == "inserted"
        other.commit()
    monkeypatch.setattr(versions, "reuse", lambda *_: None)  # this ingest checked before the other stored
    with sessions() as session:
        assert save_committed(session, doc, save) == "unchanged"
    with sessions() as session:
        assert len(session.scalars(select(Document)).all()) == 1


def test_two_ingests_at_once_report_no_failure(database_url, tmp_path):
    folder = tmp_path / "in"
    for n in range(30):
        write_minutes(folder, f"möte-{n:02d}.txt", f"2024-{n % 12 + 1:02d}-{n % 27 + 1:02d}", f"Ärende {n}")
    from protokoll.store.db import session_factory
    session_factory(database_url).kw["bind"].dispose()  # migrated once, before both start
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "protokoll", "ingest", "--jobs", "1", "--db", database_url, str(folder)]
    procs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for proc, (out, err) in zip(procs, outs):
        said = [ln for ln in err.splitlines()  # progress lines (a slow run without a terminal) are no failure
                if not re.fullmatch(r"\d+/\d+ documents read|linking the archive \.\.\.|linked the archive in .*", ln)]
        assert proc.returncode == 0 and said == [], err[:2000]
    counts = [dict((k, int(v)) for v, k in (part.split() for part in out.splitlines()[-1].split(", ")))
              for out, _ in outs]
    assert sum(c["inserted"] for c in counts) == 30
    assert all(c["inserted"] + c["unchanged"] == 30 and c["failed"] == 0 for c in counts)
