"""Golden-file tests of `parse`: invented documents in tests/parse_cases/ against their full records,
the bundled examples against their hand-made records, and the seeds (../shared) against theirs."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from protokoll.parse import parse_text
from protokoll.record import MeetingRecord

from conftest import ROOT, SHARED, needs_shared

CASES = sorted((Path(__file__).parent / "parse_cases").glob("*.txt"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_parse_gives_the_full_golden_record(path):
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert parse_text(path.read_text(encoding="utf-8"), path.name).to_dict() == expected


def test_record_round_trips_through_its_dict_form():
    path = CASES[0]
    rec = parse_text(path.read_text(encoding="utf-8"), path.name)
    assert MeetingRecord.from_dict(rec.to_dict()).to_dict() == rec.to_dict()


def test_evidence_points_at_the_item_headings():
    path = next(p for p in CASES if "protokoll" in p.name)
    text = path.read_text(encoding="utf-8")
    rec = parse_text(text, path.name)
    spans = [e for e in rec.evidence if e.path.startswith("items[")]
    assert [text[e.start:e.end] for e in spans] == [
        "§ 41 Val av justerare", "§ 42 Taxor för idrottshallar 2024", "§ 43 Information"]


def _score(gold: Path, docs: Path, cli, tmp_path: Path) -> float:
    assert cli("ingest", str(docs)).exit_code == 0
    out = tmp_path / "out"
    assert cli("export", "--out", str(out)).exit_code == 0
    run = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), str(gold), str(out)],
                         capture_output=True, text=True, check=True)
    return float(re.search(r"overall F1 = ([\d.]+)", run.stdout.splitlines()[-1]).group(1))


@needs_shared
def test_bundled_examples_match_their_hand_made_records(cli, tmp_path):
    assert _score(ROOT / "examples" / "expected", ROOT / "examples", cli, tmp_path) >= 0.97
