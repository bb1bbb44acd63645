"""The CLI speaks Swedish to its operator, with correct plurals; JSON stays English (usability review C4)."""

from __future__ import annotations

import json

from conftest import write_minutes
from protokoll.cli.words import MEETING_KINDS, STATUSES, count
from protokoll.web.data import KIND_LABELS, STATUS_LABELS


def test_counts_take_the_singular_for_exactly_one():
    assert [count(n, "möte", "möten") for n in (0, 1, 2)] == ["0 möten", "1 möte", "2 möten"]


def test_search_export_and_link_speak_swedish(cli, tmp_path):
    folder = tmp_path / "in"
    write_minutes(folder, "2025-01-14.txt", "2025-01-14", "Budget")
    assert cli("ingest", str(folder)).output.splitlines()[-1] == (
        "1 inläst, 0 uppdaterade, 0 oförändrade, 0 överhoppade, 0 misslyckade")
    hits = cli("search", "budget").output
    assert hits.splitlines()[0].endswith("för 'budget'") and "[punkt]" in hits and "[item]" not in hits
    one = cli("search", "budget", "--limit", "1", "--json")
    assert json.loads(one.output)["results"][0]["kind"] in ("item", "decision")  # the API keeps its English values
    assert cli("export", "--out", str(tmp_path / "ut")).output == f"skrev 1 mötespost till {tmp_path / 'ut'}\n"
    linked = cli("link").output
    assert linked.startswith("arkivet länkat på ") and "inserted" not in linked and "unchanged" not in linked


def test_the_cli_names_kinds_and_statuses_as_the_web_does():
    assert MEETING_KINDS == KIND_LABELS and STATUSES == STATUS_LABELS
