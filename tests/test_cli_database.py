"""The CLI and the database it is given: a mistyped path is an error, an unreachable server is one line."""

from __future__ import annotations

from click.testing import CliRunner

from protokoll.cli import main


def test_a_missing_archive_file_is_named_and_not_created(tmp_path):
    typo = tmp_path / "typo.sqlite"
    result = CliRunner().invoke(main, ["meetings", "--db", str(typo)])
    assert result.exit_code == 1
    assert f"no archive at {typo}" in result.output and "protokoll ingest" in result.output
    assert not typo.exists()


def test_ingest_creates_the_archive(tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    (source / "m.txt").write_text("Minnesanteckningar\nSamverkansgruppen\nDatum: 2025-03-04\n\n"
                                  "1. Mötets öppnande\nOrdföranden öppnade mötet.\n", encoding="utf-8")
    db = tmp_path / "new.sqlite"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), "--jobs", "1", str(source)])
    assert result.exit_code == 0, result.output
    assert db.exists()
    assert CliRunner().invoke(main, ["meetings", "--db", str(db)]).exit_code == 0


def test_an_unreachable_database_is_one_line():
    result = CliRunner().invoke(main, ["meetings", "--db", "postgresql+psycopg://nobody:secret@127.0.0.1:1/x"])
    assert result.exit_code == 1
    lines = [ln for ln in result.output.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: cannot open the database postgresql+psycopg://nobody:***@")
    assert "Traceback" not in result.output and "secret" not in result.output
