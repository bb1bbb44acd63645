"""Files that are no meeting documents are skipped with the reason and counted, never stored as "? / ?" meetings
(usability review C3). Judged by evidence in general terms: meeting words in the head, or two of the marks a
meeting record has (date, organisation or body, items, attendance)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import write_minutes
from protokoll.parse import parse_text
from protokoll.parse.confidence import not_a_meeting
from protokoll.pipeline import prepare
from protokoll.sources import Source, collect_sources, read_source

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
PROSE = ("Sommaren var varm i år och många familjer åkte ut till skärgården.\n"
         "Barnen badade varje dag och på kvällarna grillade vi vid bryggan.\n"
         "Den 3 augusti 2024 regnade det för första gången på flera veckor.\n")
NOTES = "# Trädgården\n\nTomaterna behöver vattnas oftare.\n\n1. Köp ny jord\n2. Beskär äppelträdet\n3. Laga staketet\n"
README = "# Verktyget\n\nDet här läser filer.\n\n1. Kör make\n2. Starta programmet\n"


def _mixed_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    write_minutes(folder, "2025-01-14.txt", "2025-01-14", "Budget")
    (folder / "fake.jpg").write_text(PROSE, encoding="utf-8")  # text posing as an image: read as text
    (folder / "sub").mkdir()
    (folder / "sub" / "notes.md").write_text(NOTES, encoding="utf-8")
    (folder / "README.md").write_text(README, encoding="utf-8")
    return folder


def test_prose_notes_and_a_readme_are_skipped_with_the_reason_and_counted(cli, tmp_path):
    folder = _mixed_folder(tmp_path)
    result = cli("ingest", str(folder))
    assert result.exit_code == 0, result.output  # a skip is no failure
    assert "1 inserted, 0 updated, 0 unchanged, 3 skipped, 0 failed" in result.output
    for name in ("fake.jpg", "notes.md", "README.md"):
        line = next(ln for ln in result.output.splitlines() if name in ln)
        assert "skipped: not a meeting document (" in line, line
    assert "no meeting words" in next(ln for ln in result.output.splitlines() if "fake.jpg" in ln)
    meetings = json.loads(cli("meetings", "--json").output)
    assert [m["date"] for m in meetings] == ["2025-01-14"]
    again = cli("ingest", str(folder))  # re-ingesting changes nothing
    assert "0 inserted, 0 updated, 1 unchanged, 3 skipped, 0 failed" in again.output
    assert len(json.loads(cli("meetings", "--json").output)) == 1


@pytest.mark.parametrize("text", [
    "Dagordning\n\n1. Mötets öppnande\n2. Val av justerare\n3. Övriga frågor\n",
    "Minnesanteckningar\n\nNärvarande: Anna Berg, Per Lind\n\n1. Information\nInget att rapportera.\n",
    "Kallelse till sammanträde\n\nTid: 13.00\n\n1. Budget\n",
    "Styrelsen 2025-03-11\n\nNärvarande: Anna Berg, Per Lind\nBo Ek\n",
])
def test_short_agendas_and_minutes_are_meeting_documents(text):
    assert not_a_meeting(parse_text(text, source="x.txt"), text) is None


@pytest.mark.parametrize("text", [PROSE, NOTES, README])
def test_prose_notes_and_instructions_are_not(text):
    reason = not_a_meeting(parse_text(text, source="x.txt"), text)
    assert reason and reason.startswith("no ")


def test_every_seed_example_and_devset_document_is_a_meeting_document():
    roots = [SHARED / "devset", SHARED / "seeds", Path(__file__).resolve().parents[1] / "examples"]
    sources = [s for s in collect_sources(roots) if isinstance(s, Source)]
    assert len(sources) >= 70
    for s in sources:
        data = read_source(s.path, 10**8)
        incoming = prepare(s.stored, s.name, data, hashlib.sha256(data).hexdigest())
        assert not_a_meeting(incoming.record, incoming.parsed_text) is None, s.path
