"""Golden CLI listings: every ``--json`` listing of the example archive equals its file in tests/golden_cli/.

The companion of test_page_golden.py for the command line: the listings
(``meetings``, ``people``, ``cases``, ``assignments``, ``orgs``, ``search``,
``user list``) and ``show --json`` of every stored document, run through click's CliRunner
against the same example archive as the web tests, compared as parsed JSON. ``index.txt`` lists every
command run, so a listing that appears or disappears fails too.

Regenerate after an intended change, then review the diff in git::

    PROTOKOLL_REGOLD=1 pytest tests/test_cli_golden.py
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from golden import Golden, check, normal_json
from protokoll.cli import main
from example_archive import TODAY

FOLDER = Path(__file__).parent / "golden_cli"
DAY = TODAY.isoformat()  #: deadlines judged as of the web tests' fixed day
LISTINGS = [["meetings", "--json"], ["people", "--json"], ["cases", "--json"], ["cases", "--json", "--all"],
            ["assignments", "--json", "--today", DAY], ["assignments", "--json", "--today", DAY, "--by-body"],
            ["assignments", "--json", "--today", DAY, "--status", "overdue"], ["orgs", "--json"],
            ["search", "budget", "--json"], ["search", "--json", "--sort", "date", "--limit", "1000", "beslut"],
            ["user", "list", "--json"]]


def run(db: str, args: list[str]):
    result = CliRunner().invoke(main, args, env={"PROTOKOLL_DB": db}, catch_exceptions=False)
    assert result.exit_code == 0, (args, result.output)
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def listed(db_url) -> Golden:
    golden = Golden(FOLDER)
    for args in LISTINGS:
        golden.add("protokoll " + " ".join(args), normal_json(run(db_url, args)), is_json=True)
    documents = [d for meeting in run(db_url, ["meetings", "--json"]) for d in meeting["documents"]]
    for stem in sorted({Path(d).stem for d in documents}):  # `show` takes a source file's name stem
        args = ["show", stem, "--json"]
        golden.add("protokoll " + " ".join(args), normal_json(run(db_url, args)), is_json=True)
    return golden


def test_every_listing_equals_its_golden_file(listed):
    assert len(listed.answers) > len(LISTINGS), "show --json reached no meeting"
    check(listed)
