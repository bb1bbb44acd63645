"""bench/varied: the documents written for a second measure of generality, and their hand-made records.

Every record must be one score.py reads as meant (it scores 1.0 against itself, and a record with a
field changed does not), be well formed as the spec says (ISO dates, HH:MM times, known kinds, groups
and roles), and hold only what its document says: each name, title, decision and place is found in the
document's text (for an OCR-damaged document, in the clean text it was damaged from, bench/varied/src).
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import unicodedata
from pathlib import Path

import pytest

from conftest import SHARED, needs_shared

from protokoll.read import read_document

pytestmark = needs_shared

VARIED = Path(__file__).resolve().parents[1] / "bench" / "varied"
RECORDS = sorted((VARIED / "expected").glob("*.json"))
KEYS = {"schema", "source", "kind", "organization", "body", "number", "date", "year", "start", "end", "place",
        "chair", "secretary", "attendees", "items", "next_meeting"}
ITEM_KEYS = {"number", "title", "presenters", "attachments", "proposed_decision", "decisions", "dissent",
             "assignments", "forwarded_to"}
ROLES = {None, "ordförande", "vice ordförande", "sekreterare", "justerare", "ledamot", "ersättare"}
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HHMM = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def overall(score, gold: dict, pred: dict) -> float:
    tallies: dict = {}
    score.score_pair(gold, pred, tallies, [])
    rows = [t.prf()[2] for t in tallies.values() if t.tp + t.fp + t.fn]
    return sum(rows) / len(rows)


def flat(text: str) -> str:
    """Text compared as a reader sees it: NFC, one space for any run of blanks, page breaks and hyphenated
    line ends, case folded."""
    text = unicodedata.normalize("NFC", text).replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).casefold()


def document_text(record_path: Path) -> str:
    """The text the record is checked against: the text an OCR-damaged document was damaged from, the source
    a .docx or .pdf was built from (a table cell wraps in a PDF's text), else the document."""
    for source in (VARIED / "src" / f"{record_path.stem}.clean.txt", VARIED / "src" / f"{record_path.stem}.source"):
        if source.exists():
            return source.read_text(encoding="utf-8").replace("**", "").replace("|", " ")
    source = VARIED / json.loads(record_path.read_text(encoding="utf-8"))["source"]
    return read_document(source.read_bytes()).text


def test_the_set_is_there():
    assert len(RECORDS) >= 30
    for path in RECORDS:
        assert (VARIED / json.loads(path.read_text(encoding="utf-8"))["source"]).is_file(), path.name


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_record_is_well_formed(path):
    rec = json.loads(path.read_text(encoding="utf-8"))
    assert set(rec) == KEYS and rec["schema"] == "meeting-record/1"
    assert rec["source"].rsplit(".", 1)[0] == path.stem
    assert rec["kind"] in {"minutes", "protocol", "agenda"}
    for key in ("date",):
        assert rec[key] is None or ISO.match(rec[key])
    assert rec["year"] == (int(rec["date"][:4]) if rec["date"] else rec["year"])
    for key in ("start", "end"):
        assert rec[key] is None or HHMM.match(rec[key])
    for key in ("organization", "body", "number", "place", "chair", "secretary"):
        assert rec[key] is None or (isinstance(rec[key], str) and rec[key].strip() == rec[key] and rec[key])
    for a in rec["attendees"]:
        assert set(a) == {"name", "affiliation", "title", "role", "group"}
        assert a["group"] in {"present", "other", "guest"} and a["role"] in ROLES
    names = [a["name"] for a in rec["attendees"]]
    assert len(names) == len(set(names)), "an attendee listed twice"
    for item in rec["items"]:
        assert set(item) == ITEM_KEYS and item["number"] and item["title"]
        assert not re.search(r"[§.:]", item["number"]), item["number"]
        for a in item["attachments"]:
            assert re.fullmatch(r"bilaga \w+", a), a
        for t in item["assignments"]:
            assert set(t) == {"assignee", "task", "due"} and (t["due"] is None or ISO.match(t["due"]))
        assert item["proposed_decision"] is None or rec["kind"] == "agenda"
    nm = rec["next_meeting"]
    assert nm is None or (ISO.match(nm["date"]) and all(nm[k] is None or HHMM.match(nm[k]) for k in ("start", "end")))


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_record_scores_one_against_itself_and_less_when_changed(path):
    score = scorer()
    gold = score.load_record(path)
    assert overall(score, gold, gold) == 1.0
    changed = copy.deepcopy(gold)
    changed["attendees"] = changed["attendees"][1:]
    changed["items"] = changed["items"][:-1]
    assert overall(score, gold, changed) < 1.0


@pytest.mark.parametrize("path", RECORDS, ids=lambda p: p.stem)
def test_record_holds_only_what_the_document_says(path):
    """Names, titles, decisions, places as written: each found in the document's text (case and blanks aside)."""
    rec = json.loads(path.read_text(encoding="utf-8"))
    text = flat(document_text(path))
    words = set(re.findall(r"[\w-]+", text))
    spread = [w for w in (rec["organization"], rec["body"], rec["place"])  # a header cell may wrap over lines
              if w and not set(re.findall(r"[\w-]+", flat(w))) <= words]
    assert not spread, spread
    wanted = [rec["chair"], rec["secretary"]]
    wanted += [a["name"] for a in rec["attendees"]] + [a["title"] for a in rec["attendees"]]
    for item in rec["items"]:
        wanted += [item["title"], item["proposed_decision"], *item["presenters"], *item["dissent"], *item["decisions"]]
        wanted += [t["assignee"] for t in item["assignments"]]
        for a in item["attachments"]:  # "bilaga 2", also as in "bil. 1", "bilaga 2 och 3"
            assert re.search(rf"\bbil(aga|agor|\.)?\s*(\d+\s*(och|,|-|–)\s*)*{a.split()[1].casefold()}\b", text), a
    missing = [w for w in wanted if w and flat(w) not in text]
    assert not missing, missing
    numbers = [item["number"] for item in rec["items"]]
    assert len(numbers) == len(set(numbers)), "an item number twice"


def test_score_py_reads_the_records_and_the_parsers_output(tmp_path):
    """score.py itself (its command line) on the set: the hand-made records against themselves give 1.000,
    and against the reader's records it prints the overall that bench/extract.py and bench/extract_varied.py
    report for the set."""
    import subprocess
    import sys

    from protokoll.pipeline import load, process

    pred = tmp_path / "pred"
    pred.mkdir()
    for path in RECORDS:
        source = VARIED / json.loads(path.read_text(encoding="utf-8"))["source"]
        data, sha = load(source)
        record = process(source, data, sha).record.to_dict()
        (pred / path.name).write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")

    def overall_line(gold: Path, predicted: Path) -> float:
        run = subprocess.run([sys.executable, str(SHARED / "bench" / "score.py"), str(gold), str(predicted)],
                             capture_output=True, text=True, check=True)
        return float(re.search(r"overall F1 = ([0-9.]+)", run.stdout.splitlines()[-1]).group(1))

    assert overall_line(VARIED / "expected", VARIED / "expected") == 1.0
    score = scorer()
    tallies: dict = {}
    for path in RECORDS:
        score.score_pair(score.load_record(path), score.load_record(pred / path.name), tallies, [])
    rows = [t.prf()[2] for t in tallies.values() if t.tp + t.fp + t.fn]
    expected = sum(rows) / len(rows)
    assert 0.0 < expected < 1.0
    assert overall_line(VARIED / "expected", pred) == pytest.approx(expected, abs=0.0006)
