"""`protokoll render MEETING --format docx|pdf|html --out FILE`: a stored meeting out, and back in by `ingest`."""

from __future__ import annotations

import json
import shutil

from click.testing import CliRunner

from conftest import ROOT
from protokoll.cli import main

EXAMPLES = ROOT / "examples"


def run(db, *args):
    return CliRunner().invoke(main, [*args, "--db", db], catch_exceptions=False)


def exported(db, out) -> dict[str, dict]:
    assert run(db, "export", "--out", str(out)).exit_code == 0
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in out.glob("*.json")}


def test_render_a_stored_meeting_and_ingest_it_again(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(EXAMPLES / "2024-11-20-styrelsen-protokoll.pdf", folder)
    first, second = f"sqlite:///{tmp_path / 'a.sqlite'}", f"sqlite:///{tmp_path / 'b.sqlite'}"
    assert run(first, "ingest", str(folder)).exit_code == 0
    out = tmp_path / "renders" / "2024-11-20-styrelsen-protokoll.docx"
    result = run(first, "render", "2024-11-20", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"PK")
    assert run(second, "ingest", str(out.parent)).exit_code == 0
    stored = exported(first, tmp_path / "x1")["2024-11-20-styrelsen-protokoll"]
    again = exported(second, tmp_path / "x2")["2024-11-20-styrelsen-protokoll"]
    for key in ("kind", "organization", "body", "number", "date", "start", "end", "place", "chair", "secretary",
                "next_meeting"):
        assert again[key] == stored[key], key
    by_name = sorted(stored["attendees"], key=lambda a: a["name"])  # the render lists them group by group
    assert sorted(again["attendees"], key=lambda a: a["name"]) == by_name
    assert [(i["number"], i["title"], i["decisions"]) for i in again["items"]] == \
        [(i["number"], i["title"], i["decisions"]) for i in stored["items"]]
    # re-ingesting the same render changes nothing
    assert "1 unchanged" in run(second, "ingest", str(out.parent)).output


def test_format_from_the_suffix_and_a_record_file(tmp_path):
    out = tmp_path / "dagordning.html"
    source = EXAMPLES / "expected" / "2025-03-13-dagordning.json"
    result = run(f"sqlite:///{tmp_path / 'a.sqlite'}", "render", str(source), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Kommundirektörsgruppen – dagordning" in out.read_text(encoding="utf-8")


def test_anslag_option_for_protocols_only(tmp_path):
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    protocol = EXAMPLES / "expected" / "2025-04-03-styrelsen-protokoll.json"
    out = tmp_path / "p.html"
    result = run(db, "render", str(protocol), "--out", str(out), "--anslag", "2025-04-10",
                 "--forvaringsplats", "Kommunkansliet")
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "ANSLAG/BEVIS" in page and "2025-05-01" in page and "Kommunkansliet" in page
    minutes = EXAMPLES / "expected" / "2024-02-08-minnesanteckningar.json"
    refused = run(db, "render", str(minutes), "--out", str(out), "--anslag", "2024-02-15")
    assert refused.exit_code == 2 and "protocol" in refused.output


def test_clear_errors(tmp_path):
    from protokoll.store.db import session_factory

    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    session_factory(db)  # an empty archive
    missing = run(db, "render", "1999-01-01", "--out", str(tmp_path / "x.pdf"))
    assert missing.exit_code == 1 and "no meeting matches '1999-01-01'" in missing.output
    no_format = run(db, "render", "1999-01-01", "--out", str(tmp_path / "x.odt"))
    assert no_format.exit_code == 2 and "--format" in no_format.output
    broken = tmp_path / "broken.json"
    broken.write_text("{", encoding="utf-8")
    bad = run(db, "render", str(broken), "--out", str(tmp_path / "x.html"))
    assert bad.exit_code == 1 and "broken.json" in bad.output
    assert not (tmp_path / "x.html").exists()


def test_several_matches_are_listed_not_guessed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("2024-02-08-minnesanteckningar.txt", "2024-06-12-styrelsen-protokoll.txt"):
        shutil.copy(EXAMPLES / name, folder)
    db = f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert run(db, "ingest", str(folder)).exit_code == 0
    result = run(db, "render", "2024", "--out", str(tmp_path / "x.pdf"))
    assert result.exit_code == 1 and "2 meetings match '2024'" in result.output
    assert "2024-02-08-minnesanteckningar.txt" in result.output and not (tmp_path / "x.pdf").exists()
