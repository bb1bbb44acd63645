"""Linking at archive scale: a full relink, and one new document ingested with its incremental relink.

    python bench/relink.py --db /path/to/copy.sqlite [--full] [--label 20k] [--write]

On a *copy* of an archive built by ``bench/web.py`` (it gets a new
document each run):

- ``--full``: ``protokoll link --full`` in its own process: seconds, peak RSS
  (``/proc``'s ``ru_maxrss`` of the child), what it changed;
- always: one new document of one of the archive's organisations (the next
  one ``bench/web.py``'s ``Material`` makes) is written to a folder and
  ``protokoll ingest`` is run on it, timed from process start to exit; the
  link part alone is what the ingest's relink reports (``link_state``). Then
  the same file again (unchanged: nothing stored, nothing relinked).

``--write`` puts the numbers in bench/results.md under "## Linking" (one row per run label).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.md"
SECTION = "## Linking"
ABOUT = """Measured with `bench/relink.py` on copies of archives built by `bench/web.py`, on a 2-core machine
shared with other jobs (the load average is in each row; wall seconds grow with it, CPU seconds much less).
An ingest relinks only the organisations (and persons) its new or removed meetings touch
(`protokoll.linking.incremental`); `protokoll link --full` relinks everything. "newest": a new meeting after every
other (the usual case); "amid the archive": a meeting years back. Items, cases and the register are
ordered by keys of their own (migration 0017: a meeting amid the archive moves no other row; before, every later
item, case and assignment was renumbered); chain positions are renumbered within the bodies written. Commands run
as installed, with Python's bytecode cache (rows before 2026-12-04 "order keys" ran without it: every module
compiled at every start, about 1 s). CPU is the process's and its waited-for children's. Correctness: the incremental
answer equals a full relink in a fresh database (tests/test_relink_incremental.py); on the 20,000-meeting
copy, a full relink after six incremental ingests changed no row (generation 10: every table unchanged)."""


def _env() -> dict:
    """The environment of the measured commands: as installed, with Python's bytecode cache
    (``PYTHONDONTWRITEBYTECODE`` would compile every module on every start, ~1 s: no install does that)."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


CPU: list[float] = [0.0]  #: CPU seconds (user + system) of the last run, its workers included
#: runs a command and prints its peak RSS (its own and its workers', KB) last on standard error
_MEASURED = ("import resource, subprocess, sys; r = subprocess.run(sys.argv[1:]); "
             "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
             "print(u.ru_maxrss, u.ru_utime + u.ru_stime, file=sys.stderr); sys.exit(r.returncode)")


def _run(args: list[str]) -> tuple[float, float, subprocess.CompletedProcess]:
    """(wall seconds, peak RSS MB, the result) of ``python -m protokoll *args``; its CPU seconds in ``CPU``."""
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _MEASURED, sys.executable, "-m", "protokoll", *args],
                          capture_output=True, text=True, env=_env())
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"protokoll {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    peak, cpu = done.stderr.strip().splitlines()[-1].split()
    CPU[0] = float(cpu)
    return seconds, int(peak) / 1024, done


def _state(db: Path) -> dict:
    with sqlite3.connect(db) as c:
        meetings = c.execute("SELECT count(*) FROM meetings").fetchone()[0]
        row = c.execute("SELECT generation, seconds, report_json FROM link_state WHERE id = 1").fetchone()
    report = json.loads(row[2]) if row and row[2] else {}
    return {"meetings": meetings, "generation": row[0] if row else 0, "seconds": row[1] if row else None,
            "report": report}


def new_document(db: Path, folder: Path, newest: bool) -> Path:
    """A new document of an organisation the archive holds: the next one ``bench/web.py``'s
    ``Material`` would generate (a date amid the archive: every later item, case and assignment
    moves one place in the order), or with ``newest`` its latest meeting two years on (a date after
    every other: the usual case, a new meeting)."""
    import re

    sys.path.insert(0, str(HERE))
    sys.path.insert(0, str(ROOT / "src"))
    import web

    material = web.Material.load()
    count = _state(db)["meetings"]
    per_org = web.CYCLES * len(material.templates)
    if newest:
        index = (count % (count // per_org)) * per_org + len(material.templates) - 1  # an organisation per run
    else:
        index = count if count % per_org else count - per_org // 2  # never a new organisation's first
    name, text = material.text(index)
    if newest:
        later = lambda m: str(int(m.group(0)) + 2)  # noqa: E731
        name, text = re.sub(r"^\d{4}", later, name), re.sub(r"\b20\d\d\b", later, text)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--label", default="")
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--repeat", type=int, default=1,
                        help="new documents of each kind (newest, amid); with more than one, the fastest run is "
                             "added: on a shared machine the wall time follows the load")
    args = parser.parse_args()
    url = f"sqlite:///{args.db}"
    numbers: dict[str, str] = {}
    if args.full:
        seconds, peak, done = _run(["link", "--full", "--db", url, "--json"])
        report = json.loads(done.stdout)
        changed = sum(t["inserted"] + t["updated"] + t["deleted"] for t in report["tables"].values())
        numbers["full relink (process), s"] = f"{seconds:.1f} (CPU {CPU[0]:.1f})"
        numbers["full relink peak RSS, MB"] = f"{peak:.0f}"
        numbers["full relink: rows changed"] = str(changed)
    for newest in (True, False):
        label = "newest" if newest else "amid the archive"
        if args.repeat > 1:
            numbers |= _repeated(args.db, url, newest, label, args.repeat)
        with tempfile.TemporaryDirectory() as tmp:
            doc = new_document(args.db, Path(tmp), newest)
            seconds, peak, done = _run(["ingest", tmp, "--db", url])
            cpu = CPU[0]
            state = _state(args.db)
            again, _, _ = _run(["ingest", tmp, "--db", url])
            numbers["meetings"] = str(state["meetings"])
            numbers[f"one new document ({label}: {doc.name[:10]}): ingest, process start to exit, s"] = (
                f"{seconds:.2f} (CPU {cpu:.2f}; the same file again, nothing to link: {again:.2f}, CPU {CPU[0]:.2f})")
            renumbered = state["report"].get("renumbered", {})
            numbers[f"{label}: the incremental relink alone, s"] = (
                f"{state['seconds']:.2f} ({state['report'].get('scope', '?')}; rows renumbered: "
                + ", ".join(f"{t} {n}" for t, n in renumbered.items() if n) + ")")
            numbers[f"{label}: ingest peak RSS, MB"] = f"{peak:.0f}"
    numbers["load average"] = " ".join(f"{x:.1f}" for x in os.getloadavg())
    for k, v in numbers.items():
        print(f"{k}: {v}")
    if args.write:
        write(args.label or f"{numbers['meetings']} meetings", numbers)


def _repeated(db: Path, url: str, newest: bool, label: str, repeat: int) -> dict[str, str]:
    """``repeat`` new documents of one kind ingested one after the other: wall and CPU seconds of the
    fastest and the median run."""
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            new_document(db, Path(tmp), newest)
            seconds, _, _ = _run(["ingest", tmp, "--db", url])
            runs.append((seconds, CPU[0], os.getloadavg()[0]))
    runs.sort()
    fast, median = runs[0], runs[len(runs) // 2]
    return {f"{label}, {repeat} documents: ingest, process start to exit, s (fastest; median)":
            f"{fast[0]:.2f} (CPU {fast[1]:.2f}, load average {fast[2]:.1f}); {median[0]:.2f} (CPU {median[1]:.2f})"}


def write(label: str, numbers: dict[str, str]) -> None:
    """The row of this run in the Linking section of results.md (other rows kept)."""
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    head, _, rest = text.partition(SECTION)
    body, sep, tail = rest.partition("\n## ")
    lines = [ln for ln in body.splitlines() if ln.startswith("- ")]
    lines = [ln for ln in lines if not ln.startswith(f"- **{label}**")]
    lines.append(f"- **{label}** ({time.strftime('%Y-%m-%d')}): " + "; ".join(f"{k} {v}" for k, v in numbers.items()))
    section = f"{SECTION}\n\n{ABOUT}\n\n" + "\n".join(lines) + "\n"
    tail = f"\n## {tail}" if sep else ""
    RESULTS.write_text(f"{head.rstrip()}\n\n{section}{tail}" if head.strip() else f"{section}{tail}", encoding="utf-8")


if __name__ == "__main__":
    main()
