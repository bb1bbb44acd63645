"""`protokoll demo`: reads the bundled examples, says what to try, and serves them."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from protokoll.cli import main
from click.testing import CliRunner
from protokoll.cli.demo import examples_dir

EXAMPLES = examples_dir()


def test_demo_reads_the_examples_and_says_what_to_try(tmp_path):
    db = tmp_path / "demo.sqlite"
    result = CliRunner().invoke(main, ["demo", "--no-serve", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0
    said = [ln for ln in result.stderr.splitlines()  # progress lines appear when the run is slow (no terminal)
            if not re.fullmatch(r"\d+/\d+ documents read|linking the archive \.\.\.|linked the archive in .*", ln)]
    assert said == [  # the README beside the examples is counted as skipped, and named
        f"{EXAMPLES / 'README.md'}: skipped: not a meeting document (a README file describes the folder)"]
    assert "12 inserted, 0 updated, 0 unchanged, 1 skipped, 0 failed" in result.stdout.splitlines()[0]
    again = CliRunner().invoke(main, ["demo", "--no-serve", "--db", str(db)], catch_exceptions=False)
    assert "0 inserted, 0 updated, 12 unchanged, 1 skipped, 0 failed" in again.stdout.splitlines()[0]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_serves_the_archive(tmp_path):
    port = _free_port()
    cmd = [sys.executable, "-m", "protokoll", "demo", "--db", str(tmp_path / "d.sqlite"), "--port", str(port),
           "--host", "0.0.0.0"]  # every interface, so also the loopback one asked below
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/moten.json", timeout=2) as r:
                    body = r.read().decode()
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read().decode()
                assert time.monotonic() < deadline, "demo server did not answer in 60 s"
                time.sleep(0.5)
        assert "2025-01-30" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_make_demo_passes_port_and_host_on():
    root = Path(__file__).resolve().parents[1]
    dry = subprocess.run(["make", "-n", "-C", str(root), "demo", "PORT=8765", "HOST=0.0.0.0"],
                         capture_output=True, text=True, timeout=60)
    assert dry.returncode == 0, dry.stderr
    assert ".venv/bin/protokoll demo --host 0.0.0.0 --port 8765" in dry.stdout
    plain = subprocess.run(["make", "-n", "-C", str(root), "demo"], capture_output=True, text=True, timeout=60)
    assert ".venv/bin/protokoll demo --host 127.0.0.1 --port 8000" in plain.stdout
