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
