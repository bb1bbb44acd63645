"""Search against raw tantivy on the bench archives of 2,000 and 20,000 meetings, in process.

For each archive (a copy of it: our engine writes its index directory beside the database) this
builds a raw tantivy index over the same search units our engine indexes (their analysed terms, a
whitespace tokenizer, so the hit sets are the same; ``bench/search_ab.py``'s builder) and runs the
20 bench queries of ``bench/web.py``:

* Protokoll ``search()``: top 20 with their rows and snippets, the exact total and the facets;
* Protokoll's engine alone: the ids of the top 20, the exact total and the exact facets;
* tantivy: top 20 + count + the five facet aggregations (organisation, body, year, kind, municipality).

The engines take turns on each query; ``--runs`` whole runs are made and each engine's best run
(lowest p50) is kept, since the machine is shared. Beside the times: each engine's full index build
and its size on disk, and the hits per query (must be equal).

    python bench/search_tantivy.py                                   # /work/bench/final2k + final20k
    python bench/search_tantivy.py --db /tmp/a.sqlite --no-write
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from results import write_section  # noqa: E402
from search_ab import (embedded_build, folder_bytes, load_units, pct, protokoll_engine,  # noqa: E402
                       protokoll_find, tantivy_build, tantivy_engine, timed_together)

RESULTS = ROOT / "bench" / "results.md"
SECTION = "## Search against tantivy on the bench archives (issue 12, h7)"
ARCHIVES = [Path("/work/bench/final2k.sqlite"), Path("/work/bench/final20k.sqlite")]
OURS = "Protokoll `search()` (top 20 with rows + snippets, exact total, facets)"
ALONE = "Protokoll engine alone (top 20 ids + exact total + exact facets)"
FLOOR = "tantivy top 20 + count + 5 facet aggregations"


def copy_of(db: Path, workdir: Path) -> Path:
    """A private copy of the archive (SQLite's backup, so a live WAL is included)."""
    target = workdir / db.name
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as source, sqlite3.connect(target) as copy:
        source.backup(copy)
    return target


def queries_for(db: Path) -> tuple[int, list[str]]:
    from web import CYCLES, Material

    meetings = sqlite3.connect(db).execute("SELECT count(*) FROM documents WHERE current").fetchone()[0]
    material = Material.load()
    material.org(meetings // (CYCLES * len(material.templates)))  # as bench/web.py, so the queries match
    return meetings, material.queries()


def measure(db: Path, runs: int, rounds: int, clock=time.perf_counter) -> dict:
    """Times, builds, sizes and hit counts of one archive (``db``: a private copy)."""
    meetings, queries = queries_for(db)
    url = f"sqlite:///{db}"
    t0 = time.perf_counter()
    engines = {OURS: protokoll_engine(url)}  # brings the embedded index up to date
    sync = time.perf_counter() - t0
    finder = protokoll_find(url)
    if finder is not None:
        engines[ALONE] = finder
    # (timed in CPU: the process's, as tantivy indexes in threads of its own)
    build_clock = time.process_time if clock is time.thread_time else time.perf_counter
    ours_build, ours_bytes = embedded_build(url, build_clock) or (float("nan"), 0)
    folder = Path(tempfile.mkdtemp(prefix="search-tantivy-"))
    try:
        units = load_units(db)
        t0 = build_clock()
        index = tantivy_build(units, folder)
        floor_build = build_clock() - t0
        floor_bytes = folder_bytes(folder)
        engines[FLOOR] = tantivy_engine(index, True)
        best: dict[str, list[float]] = {}
        totals: dict = {}
        for _ in range(runs):
            times, totals = timed_together(engines, queries, rounds, clock)
            for name, values in times.items():
                if name not in best or statistics.median(values) < statistics.median(best[name]):
                    best[name] = values
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return {"meetings": meetings, "units": len(units), "queries": queries, "times": best, "totals": totals,
            "sync": sync, "builds": {ALONE: ours_build, FLOOR: floor_build},
            "sizes": {ALONE: ours_bytes, FLOOR: floor_bytes}, "load": os.getloadavg(),
            "build_unit": "process CPU s" if build_clock is time.process_time else "s"}


def lines_for(m: dict) -> list[str]:
    times, floor = m["times"], m["times"][FLOOR]
    out = [f"**{m['meetings']:,} meetings** ({m['units']:,} search units; load average at the end "
           f"{' / '.join(f'{x:.1f}' for x in m['load'])})", "",
           "| Engine (in process) | p50 ms | p95 ms | p50 / tantivy | p95 / tantivy |", "| --- | --- | --- | --- | --- |"]
    for name, values in times.items():
        out.append(f"| {name} | {statistics.median(values):.2f} | {pct(values, 95):.2f} | "
                   f"{statistics.median(values) / statistics.median(floor):.1f}x | {pct(values, 95) / pct(floor, 95):.1f}x |")
    b, s = m["builds"], m["sizes"]
    out += ["", "| Index | Protokoll (embedded engine) | tantivy | ratio |", "| --- | --- | --- | --- |",
            f"| full build from the stored units, {m['build_unit']} | {b[ALONE]:.2f} | {b[FLOOR]:.2f} | "
            f"{b[ALONE] / b[FLOOR]:.1f}x |",
            f"| index directory, MB | {s[ALONE] / 1e6:.1f} | {s[FLOOR] / 1e6:.1f} | {s[ALONE] / max(1, s[FLOOR]):.1f}x |",
            "", f"Bringing our index up to date before the first search (the copy's index was "
            f"{'already current' if m['sync'] < 5 else 'built anew'}): {m['sync']:.2f} s."]
    names = [OURS, FLOOR]
    differ = [q for q in m["queries"] if len({m["totals"][n][q] for n in names}) > 1]
    out += ["", "Hits per query, Protokoll / tantivy: " + ("identical for all 20" if not differ else
            "DIFFERENT for " + "; ".join(f"{q}: {m['totals'][OURS][q]} / {m['totals'][FLOOR][q]}" for q in differ)) + "."]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, action="append", help="archives built by bench/web.py (default: "
                        + ", ".join(map(str, ARCHIVES)) + ")")
    parser.add_argument("--runs", type=int, default=3, help="whole runs; each engine's best is kept")
    parser.add_argument("--rounds", type=int, default=5, help="passes over the 20 queries per run")
    parser.add_argument("--workdir", type=Path, help="where the copies go (default: a temporary folder)")
    parser.add_argument("--cpu", action="store_true", help="time calls in CPU time of the thread (time.thread_time), "
                        "and the index builds in CPU time of the process (time.process_time), not wall clock: "
                        "what a shared machine's load inflates less")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--results", type=Path, default=RESULTS)
    args = parser.parse_args(argv)
    started = datetime.now(timezone.utc)
    lines = [SECTION, "", f"Measured {date.today().isoformat()} {started:%H:%M} UTC with `nice python bench/search_tantivy.py` "
             f"(--runs {args.runs} --rounds {args.rounds}) on the shared 2-core machine; the 20 bench queries of "
             "bench/web.py, in process, one thread, result cache off, the engines taking turns on each query, "
             f"best of {args.runs} runs per engine, {'CPU time of the thread' if args.cpu else 'wall clock'} per call. "
             f"tantivy {_version()} indexes our own analysed terms (same hit sets).", ""]
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="search-tantivy-db-"))
    failed = 0
    try:
        for db in args.db or ARCHIVES:
            copy = copy_of(db, workdir)
            try:
                m = measure(copy, args.runs, args.rounds, time.thread_time if args.cpu else time.perf_counter)
            finally:
                copy.unlink(missing_ok=True)
                shutil.rmtree(f"{copy}.search", ignore_errors=True)
            lines += lines_for(m) + [""]
            failed += any(m["totals"][OURS][q] != m["totals"][FLOOR][q] for q in m["queries"])
            print("\n".join(lines_for(m)), flush=True)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    if not args.no_write:
        write_section(args.results, SECTION, "\n".join(lines) + "\n")
    return 1 if failed else 0


def _version() -> str:
    from importlib.metadata import version

    return version("tantivy")


if __name__ == "__main__":
    raise SystemExit(main())
