"""Where an ingest's first second goes (issue 12, session 25): the workers' imports (the fork server's, ~0.6 s of
one CPU) run while the storing side imports the store and opens the archive, not after it."""

from __future__ import annotations

import subprocess
import sys


def _fork_server_when_the_archive_is_opened(tmp_path, command: str, *args: str) -> str:
    """Run ``protokoll COMMAND`` in a fresh process; whether the fork server ran when the archive was opened."""
    (tmp_path / "docs").mkdir(exist_ok=True)
    program = f"""
import multiprocessing.forkserver as fs
import sys
from protokoll.cli import main
from protokoll.store import db
seen = []
opened = db.open_sessions
db.open_sessions = lambda *a, **k: seen.append(fs._forkserver._forkserver_pid) or opened(*a, **k)
sys.argv = ["protokoll", {command!r}, *{list(args)!r}, "--db", "sqlite:///{tmp_path / 'a.sqlite'}"]
try:
    main()
except SystemExit:
    pass
print("running" if seen and seen[0] is not None else "not running", file=sys.stderr)
"""
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, timeout=120)
    return out.stderr.strip().splitlines()[-1]


def test_ingest_starts_the_fork_server_before_it_opens_the_archive(tmp_path):
    assert _fork_server_when_the_archive_is_opened(tmp_path, "ingest", str(tmp_path / "docs")) == "running"


def test_demo_starts_the_fork_server_before_it_opens_the_archive(tmp_path):
    assert _fork_server_when_the_archive_is_opened(tmp_path, "demo", "--no-serve") == "running"
