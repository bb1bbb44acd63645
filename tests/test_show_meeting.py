"""`protokoll show DATE` shows one meeting with its documents, as the web does (usability review C6)."""

from __future__ import annotations

import shutil

from protokoll.cli.demo import examples_dir

EXAMPLES = examples_dir()
AGENDA, MINUTES = "2024-03-14-dagordning.docx", "2024-03-14-minnesanteckningar.txt"


def test_the_agenda_and_minutes_of_one_day_are_one_meeting(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in (AGENDA, MINUTES, "2024-02-08-minnesanteckningar.txt"):
        shutil.copy(EXAMPLES / name, folder)
    assert cli("ingest", str(folder)).exit_code == 0
    result = cli("show", "2024-03-14")
    assert result.exit_code == 0, result.output
    assert "matchar" not in result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("Minutes")  # the minutes say what was done: they lead
    documents = next(ln for ln in lines if ln.startswith("Documents:"))
    assert AGENDA in documents and MINUTES in documents
    several = cli("show", "2024")
    assert several.output.splitlines()[0] == "2 meetings match '2024':"
    assert cli("show", "1999-01-01").output.strip() == "Error: no meeting matches '1999-01-01'"
