"""The ingest library tells a ``progress`` callback how far it is; the command draws its bar from it."""

from __future__ import annotations

from conftest import write_minutes

from protokoll.cli.ingest import _Bar
from protokoll.ingest import Report, ingest_paths
from protokoll.read import DEFAULT_MAX_BYTES
from protokoll.store.db import open_sessions
from protokoll.workers import Limits


def test_progress_counts_every_entry_from_none_to_all(tmp_path, db):
    folder = tmp_path / "in"
    for day in ("2025-01-14", "2025-02-11", "2025-03-11"):
        write_minutes(folder, f"{day}.txt", day, "Budget")
    (folder / "empty.txt").write_bytes(b"")  # fails, and counts as handed on all the same
    calls = []
    report = ingest_paths(open_sessions(db), [folder], DEFAULT_MAX_BYTES, progress=lambda *c: calls.append(c),
                          limits=Limits(jobs=1))
    assert report.counts["inserted"] == 3 and report.counts["failed"] == 1
    assert calls == [(0, 4), (1, 4), (2, 4), (3, 4), (4, 4)]


def test_no_entries_is_one_call_saying_so(tmp_path, db):
    (tmp_path / "none").mkdir()
    calls = []
    ingest_paths(open_sessions(db), [tmp_path / "none"], DEFAULT_MAX_BYTES, progress=lambda *c: calls.append(c))
    assert calls == [(0, 0)]


def test_the_bar_prints_failures_above_itself_and_goes_away_when_all_are_handed_on():
    lines = []
    report = Report(emit=lines.append)
    bar = _Bar(report)
    bar(0, 1)  # one entry: no bar
    assert bar.bar is None and report.emit == lines.append
    bar(0, 3)
    assert bar.bar is not None and report.emit != lines.append  # failure lines go through the bar's console
    bar(2, 3)
    assert bar.bar is not None
    bar(3, 3)
    assert bar.bar is None and report.emit == lines.append
    bar.close()  # closing again changes nothing
    assert report.emit == lines.append


def test_without_a_terminal_progress_is_plain_lines_every_n_files_or_seconds():
    from protokoll.cli.ingest import _Lines

    now = [0.0]
    lines = _Lines(every=50, seconds=10.0, clock=lambda: now[0])
    said = []
    lines.say = said.append
    for done in range(0, 121):
        now[0] = done * 0.1 + (30.0 if done > 110 else 0.0)  # a slow file after the 110th
        lines(done, 120)
    assert said == ["50/120 documents read", "100/120 documents read", "111/120 documents read"]
    lines.shown = True
    lines(120, 120)
    assert said[-1] == "120/120 documents read"


def test_a_short_batch_prints_no_progress_lines():
    from protokoll.cli.ingest import _Lines

    lines = _Lines(every=50, seconds=10.0, clock=lambda: 0.0)
    said = []
    lines.say = said.append
    for done in range(4):
        lines(done, 3)
    lines.stage("link")
    assert said == []


def test_a_batch_under_nohup_says_how_far_it_is_and_that_it_links(tmp_path, db):
    import os
    import subprocess
    import sys
    from pathlib import Path

    folder = tmp_path / "in"
    for n in range(55):
        write_minutes(folder, f"möte-{n:02d}.txt", f"2024-{n % 12 + 1:02d}-{n % 27 + 1:02d}", f"Ärende {n}")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    with open(tmp_path / "err.log", "w") as err:  # standard error is a file: no terminal
        done = subprocess.run([sys.executable, "-m", "protokoll", "ingest", "--db", db, str(folder)],
                              env=env, stdout=subprocess.PIPE, stderr=err, text=True, timeout=300)
    assert done.returncode == 0
    log = (tmp_path / "err.log").read_text(encoding="utf-8").splitlines()
    # Every 50 files a line, and on a slow (loaded) machine one more each 10 seconds: the counts rise, the 50th and
    # the last are always told, then the linking is named and timed.
    counts = [int(line.split("/")[0]) for line in log[:-2]]
    assert log[:-2] == [f"{n}/55 documents read" for n in counts]
    assert counts == sorted(set(counts)) and 50 in counts and counts[-1] == 55
    assert log[-2] == "linking the archive ..." and log[-1].startswith("linked the archive in ")
    assert done.stdout.splitlines()[-1].startswith("55 inserted,")
