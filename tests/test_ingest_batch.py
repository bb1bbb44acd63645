"""`protokoll ingest` as a user runs it (a real process): bounded work per file, a report that
streams, and the counts of a batch that is stopped (R6)."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from conftest import PROGRESS_LINE, ROOT, said, write_minutes

ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}


def protokoll(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "protokoll", *args], env=ENV, capture_output=True,
                          text=True, timeout=300, **kw)


def long_minutes(path: Path, megabytes: int, letter: str = "a") -> Path:
    """A valid but very long minutes document (many items) of about ``megabytes`` MB."""
    item = (f"§ {{n}} Rapport om {letter}rbetet\nGruppen diskuterade frågan och beslutade att "
            f"godkänna rapporten om {letter * 3}.\n\n")
    head = "Minnesanteckningar\nStyrgruppen för Ängsö kommunförbund\nDatum: 2025-03-12\n\n"
    count = megabytes * 1_000_000 // len(item.encode())
    path.write_text(head + "".join(item.format(n=n) for n in range(1, count + 1)), encoding="utf-8")
    return path


def stored_names(db: Path) -> list[str]:
    with sqlite3.connect(db) as conn:
        return sorted(r[0] for r in conn.execute("SELECT name FROM documents WHERE current"))


def test_a_file_over_its_time_fails_with_the_reason_and_the_rest_is_stored(tmp_path):
    folder = tmp_path / "in"
    write_minutes(folder, "a-2025-01-15.txt", "2025-01-15", "Budget")
    long_minutes(folder / "b-lang.txt", 10)
    write_minutes(folder, "c-2025-02-12.txt", "2025-02-12", "Verksamhetsplan")
    db = tmp_path / "db.sqlite"
    started = time.monotonic()
    result = protokoll("ingest", "--file-timeout", "1", "--db", str(db), str(folder))
    assert result.returncode == 1, result.stderr
    assert said(result.stderr) == [f"{folder / 'b-lang.txt'}: took longer than 1 s (stopped)"]
    assert result.stdout.splitlines()[-1] == "2 inserted, 0 updated, 0 unchanged, 0 skipped, 1 failed"
    assert stored_names(db) == ["a-2025-01-15.txt", "c-2025-02-12.txt"]
    assert time.monotonic() - started < 120


def test_a_file_over_its_memory_fails_with_the_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    long_minutes(folder / "a-stor.txt", 60, letter="ā")
    write_minutes(folder, "b-2025-02-12.txt", "2025-02-12", "Budget")
    db = tmp_path / "db.sqlite"
    result = protokoll("ingest", "--file-memory", "200", "--db", str(db), str(folder))
    assert result.returncode == 1, result.stderr
    assert said(result.stderr) == [f"{folder / 'a-stor.txt'}: needed more than 200 MB of memory (stopped)"]
    assert result.stdout.splitlines()[-1] == "1 inserted, 0 updated, 0 unchanged, 0 skipped, 1 failed"
    assert stored_names(db) == ["b-2025-02-12.txt"]


def test_failures_stream_while_the_batch_runs_and_a_stopped_batch_prints_its_counts(tmp_path):
    folder = tmp_path / "in"
    write_minutes(folder, "a-2025-01-15.txt", "2025-01-15", "Budget")
    (folder / "b-tom.txt").write_bytes(b"")
    long_minutes(folder / "c-lang.txt", 10)
    write_minutes(folder, "d-2025-02-12.txt", "2025-02-12", "Verksamhetsplan")
    db = tmp_path / "db.sqlite"
    proc = subprocess.Popen([sys.executable, "-m", "protokoll", "ingest", "--file-timeout", "120", "--db", str(db),
                             str(folder)], env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        first = proc.stderr.readline()
        while PROGRESS_LINE.fullmatch(first.rstrip("\n")):  # a slow start: "1/4 documents read" may come first
            first = proc.stderr.readline()
        assert first == f"{folder / 'b-tom.txt'}: empty file\n"
        assert proc.poll() is None  # named while the long file is still being read
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == 130, err
    assert out.splitlines() == ["1 inserted, 0 updated, 0 unchanged, 0 skipped, 1 failed (interrupted)"]
    assert stored_names(db) == ["a-2025-01-15.txt"]
    again = protokoll("ingest", "--db", str(db), str(folder / "a-2025-01-15.txt"))
    assert again.returncode == 0 and again.stdout.splitlines()[-1] == "0 inserted, 0 updated, 1 unchanged, 0 skipped, 0 failed"


def test_help_documents_the_limits():
    result = protokoll("ingest", "--help")
    assert result.returncode == 0
    for option in ("--file-timeout", "--file-memory", "--jobs", "--follow-links", "default: 300", "default: 2048"):
        assert option in result.stdout


def test_workers_end_when_the_ingest_is_killed(tmp_path):
    """``kill -9`` of the ingest leaves no worker reading on (the time limit was the ingest's to enforce)."""
    folder = tmp_path / "in"
    folder.mkdir()
    long_minutes(folder / "lang.txt", 30)
    proc = subprocess.Popen([sys.executable, "-m", "protokoll", "ingest", "--jobs", "1", "--db",
                             str(tmp_path / "db.sqlite"), str(folder)], env=ENV)
    try:
        workers: list[int] = []
        for _ in range(600):  # a worker is a child of the fork server, a child of the ingest
            servers = [p for p in _children(proc.pid) if "forkserver" in _cmdline(p)]
            workers = [w for s in servers for w in _children(s)]
            if workers:
                break
            time.sleep(0.1)
        assert workers
        time.sleep(1)  # reading the long file now
        proc.kill()
        proc.wait()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and [p for p in workers if _state(p) not in ("gone", "Z")]:
            time.sleep(0.2)
        assert [p for p in workers if _state(p) not in ("gone", "Z")] == []
    finally:
        proc.kill()


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        found += [int(c) for c in (task / "children").read_text().split()] if (task / "children").exists() else []
    return found


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_text()
    except OSError:
        return ""


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return "gone"
