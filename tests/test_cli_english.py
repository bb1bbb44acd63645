"""The CLI speaks English to its operator, consistently, with correct plurals; data values stay
Swedish and JSON stays as it was (issue 14 point 10)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from protokoll.cli import main
from protokoll.cli.words import count

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

#: words only a Swedish operator message would carry (the CLI's former wording); documents' data lines may
#: hold Swedish, so a line is judged only when it is the CLI's own (see ``operator_lines``)
SWEDISH = re.compile(r"(?i)inläst|överhoppad|misslyckad|oförändrad|uppdaterade|dokument lästa|länkar arkivet|"
                     r"arkivet länkat|möten? matchar|träffar|hoppas över|mötesdokument|prova sedan|webbläsare|"
                     r"exempelarkivet|avbrutet|ordningen i en fras|menade du|skrev \d|tillämpad|sammanslagna|\btom fil\b|skadad|läsbar|saknar")
#: `show`'s former Swedish labels (a search snippet may start so: it is a document's text)
SHOW_LABELS = re.compile(r"(?i)^(?:datum|tid|plats|ordförande|sekreterare|närvarande|övriga|källa|nästa möte|"
                         r"dokument):|^\s+(?:föredragande|bilagor|beslut|uppdrag|vidare till):")


def run(db: Path, *args: str):
    result = CliRunner().invoke(main, [*args, "--db", f"sqlite:///{db}"], catch_exceptions=False)
    return result


def operator_lines(output: str, data: list[str]) -> list[str]:
    """The lines of ``output`` that are the CLI's own words: the ones holding none of the ``data`` values
    (titles, names, decisions as the documents write them)."""
    return [ln for ln in output.splitlines() if ln.strip() and not any(value in ln for value in data)]


def test_counts_take_the_singular_for_exactly_one():
    assert [count(n, "meeting") for n in (0, 1, 2)] == ["0 meetings", "1 meeting", "2 meetings"]
    assert [count(n, "person", "people") for n in (1, 3)] == ["1 person", "3 people"]


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The example archive with one prose file beside it (skipped), ingested."""
    root = tmp_path_factory.mktemp("english")
    folder = root / "in"
    shutil.copytree(EXAMPLES, folder)
    (folder / "anteckning.txt").write_text("Vi tog en promenad längs ån och åt glass i solen.\n", encoding="utf-8")
    db = root / "arkiv.sqlite"
    result = run(db, "ingest", str(folder))
    return db, folder, result


def test_ingest_reports_in_english_and_counts_the_skipped(archive):
    _, folder, result = archive
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "12 inserted, 0 updated, 0 unchanged, 2 skipped, 0 failed"
    skips = [ln for ln in result.stderr.splitlines() if ": skipped: not a meeting document (" in ln]
    assert sorted(Path(ln.split(": skipped:")[0]).name for ln in skips) == ["README.md", "anteckning.txt"]
    assert not [ln for ln in result.output.splitlines() if SWEDISH.search(ln)]


def test_the_main_commands_print_no_swedish_operator_words(archive, tmp_path):
    db, _, _ = archive
    meetings = json.loads(run(db, "meetings", "--json").output)
    data = [v for m in meetings for v in m.values() if isinstance(v, str) and v]
    outputs = {}
    for args in (("search", "budget"), ("search", "teknikdagen"), ("search", '"teknikdagen genomfördes"'), ("show", "2025-01-30"), ("show", "2024"),
                 ("meetings",), ("assignments", "--today", "2025-06-01"), ("cases",), ("people", "a"),
                 ("export", "--out", str(tmp_path / "out")), ("link",), ("link", "--full")):
        result = run(db, *args)
        assert result.exit_code == 0, (args, result.output)
        outputs[args] = result.output
    show = outputs[("show", "2025-01-30")]
    bad = {args: [ln for ln in operator_lines(out, data) if SWEDISH.search(ln)]
           + [ln for ln in out.splitlines() if args[0] == "show" and SHOW_LABELS.search(ln)]  # labels: never data
           for args, out in outputs.items()}
    assert bad == dict.fromkeys(outputs, [])
    assert re.match(r"\d+ hits? for 'budget'$", outputs[("search", "budget")].splitlines()[0])
    assert "The order of a phrase's words is not checked" in outputs[("search", '"teknikdagen genomfördes"')]
    assert outputs[("export", "--out", str(tmp_path / "out"))] == f"12 records written to {tmp_path / 'out'}\n"
    assert re.search(r"^Date: +2025-01-30$", show, re.M) and "\nSource: " in show
    assert re.match(r"\d+ meetings match '2024':$", outputs[("show", "2024")].splitlines()[0])
    linked = outputs[("link", "--full")]
    assert linked.startswith("linked the archive in ") and "tillagda" not in linked


def test_the_cli_names_kinds_and_statuses_in_english_and_json_keeps_its_values(archive):
    db, _, _ = archive
    listed = run(db, "meetings").output
    assert re.search(r"\b(minutes|protocol|agenda)\b", listed)
    assert not re.search(r"\b(minnesanteckningar|dagordning|förväntat möte)\b", listed.split("/")[0])
    register = run(db, "assignments", "--today", "2025-06-01").output.splitlines()
    assert register and all(ln.split()[0] in ("open", "overdue", "reported", "done") for ln in register)
    hit = json.loads(run(db, "search", "budget", "--limit", "1", "--json").output)["results"][0]
    assert hit["kind"] in ("item", "decision", "assignment", "person")


def test_a_missing_meeting_is_an_english_error(archive):
    db, _, _ = archive
    result = run(db, "show", "1999-01-01")
    assert result.exit_code == 1 and result.output.strip() == "Error: no meeting matches '1999-01-01'"
