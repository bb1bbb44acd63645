"""A server worker's memory and start time, by archive size: no worker holds the archive.

For each archive given (SQLite files with linked rows, e.g. the ones `bench/web.py` builds), starts
`protokoll serve --workers 1`, times process start to the first answer of `/moten/{id}` (a page
that reads the linked rows), then fetches a mixed warm-up (meeting, person, case, municipality,
register, start and list pages; 200 requests), and reads the worker's resident memory from
/proc/PID/status (VmRSS, and VmHWM, its peak). Writes a "Web workers" section to
bench/results.md.

    python bench/workers.py /path/web2000.sqlite /path/web20000.sqlite
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import time
import urllib.parse
import urllib.request
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))

from browser_server import Server  # noqa: E402
from results import write_section  # noqa: E402

RESULTS = HERE / "results.md"
SECTION = "## Web workers"
NOTE = ('The start is timed from `protokoll serve` to the first answer of a meeting page (.json), five starts after a first that writes the bytecode cache; its CPU seconds (user + system, /proc) do not depend on the load, the wall seconds grow with it (2 CPUs shared with other jobs). What the first answer does not need is imported when first used (tantivy, icalendar, the reading pipeline and parsers, rapidfuzz, Alembic: tests/test_lazy_imports.py); FastAPI, SQLAlchemy and uvicorn are about 0.65 s CPU of the 0.9.')
TODAY = "2026-12-04"


def sample_paths(db: Path, n: int = 40) -> list[str]:
    """Page paths of every kind, chosen at random from the archive."""
    con = sqlite3.connect(db)
    try:
        q = lambda sql: [r[0] for r in con.execute(sql)]  # noqa: E731
        meetings = q(f"SELECT meeting_id FROM chain_sources ORDER BY random() LIMIT {n}")
        persons = q(f"SELECT key FROM persons ORDER BY random() LIMIT {n}")
        cases = q(f"SELECT key FROM cases WHERE item_count > 1 ORDER BY random() LIMIT {n}")
        places = q(f"SELECT DISTINCT municipality FROM memberships ORDER BY random() LIMIT {n}")
    finally:
        con.close()
    quote = urllib.parse.quote
    paths = ([f"/moten/{m}" for m in meetings] + [f"/personer/{quote(p)}" for p in persons]
             + [f"/arenden/{quote(c)}" for c in cases] + [f"/kommuner/{quote(m)}" for m in places]
             + ["/uppdrag", "/", "/moten", "/arenden", "/personer", "/kommuner"])
    return paths


def memory(pid: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) of a process, MB."""
    values = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(("VmRSS", "VmHWM")):
            values[line.split(":")[0]] = int(line.split()[1]) // 1024
    return values.get("VmRSS", 0), values.get("VmHWM", 0)


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds a process has used (/proc/PID/stat): what its start cost, whatever the load."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_times(db: Path, path: str, starts: int) -> tuple[list[float], list[float]]:
    """Seconds from starting `protokoll serve --workers 1` to the first answer of ``path``, and the CPU
    seconds the server used until then, ``starts`` times each, sorted (the server stopped in between;
    the first start also writes the bytecode cache, so it is not counted)."""
    seconds, cpu = [], []
    for _ in range(starts + 1):
        server = Server(f"sqlite:///{db}", log=Path(f"/tmp/bench-workers-{os.getpid()}.log"), workers=1,
                        env={"PROTOKOLL_TODAY": TODAY})
        started = time.perf_counter()
        server.start(timeout=300, ready=path)
        seconds.append(time.perf_counter() - started)
        cpu.append(sum(cpu_seconds(p) for p in server.pids()))
        server.stop()
    return sorted(seconds[1:]), sorted(cpu[1:])


def measure(db: Path, requests: int, starts: int = 5) -> dict[str, str]:
    paths = sample_paths(db)
    times, cpu = start_times(db, paths[0] + ".json", starts)
    load = os.getloadavg()[0]
    server = Server(f"sqlite:///{db}", log=Path(f"/tmp/bench-workers-{os.getpid()}.log"), workers=1,
                    env={"PROTOKOLL_TODAY": TODAY})
    started = time.perf_counter()
    server.start(timeout=300, ready=paths[0] + ".json")
    first = time.perf_counter() - started
    try:
        worker = server.pids()[-1]
        after_start = memory(worker)
        slow = []
        for k in range(requests):
            path = paths[k % len(paths)]
            t = time.perf_counter()
            with urllib.request.urlopen(server.base + path, timeout=600) as response:
                response.read()
            slow.append((time.perf_counter() - t, path))
        rss, peak = memory(worker)
    finally:
        server.stop()
    con = sqlite3.connect(db)
    meetings = con.execute("SELECT count(*) FROM chain_sources").fetchone()[0]
    con.close()
    slow.sort(reverse=True)
    label = f"{meetings:,} meetings"
    return {f"{label}: start to first meeting page, s (median of {len(times)}; fastest; load average then)":
            f"{times[len(times) // 2]:.2f} ({times[0]:.2f}; {load:.1f})" if times else f"{first:.2f}",
            f"{label}: CPU of the server process until its first answer, s (median; fastest)":
            f"{cpu[len(cpu) // 2]:.2f} ({cpu[0]:.2f})" if cpu else "-",
            f"{label}: worker RSS after start, MB": str(after_start[0]),
            f"{label}: worker RSS after {requests} mixed requests, MB": str(rss),
            f"{label}: worker peak RSS (VmHWM), MB": str(peak),
            f"{label}: slowest request": f"{slow[0][0] * 1000:.0f} ms {slow[0][1]}"}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archives", nargs="+", type=Path)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--starts", type=int, default=5, help="server starts timed (median reported)")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args(argv)
    # as installed: with Python's bytecode cache (without it every start compiles every module, ~1 s)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    numbers = {}
    for db in args.archives:
        numbers |= measure(db, args.requests, args.starts)
        print(numbers, flush=True)
    head = (f"Measured {date.today().isoformat()} with `python bench/workers.py` on {platform.system()} "
            f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}; "
            f"`protokoll serve --workers 1`, SQLite; load average {os.getloadavg()[0]:.1f} at the end.\n\n{NOTE}")
    table = "| Measure | Value |\n| --- | --- |\n" + "\n".join(f"| {k} | {v} |" for k, v in numbers.items())
    text = head + "\n\n" + table + "\n\nTargets (issue 11): worker RSS <= 150 MB at 2,000 and 20,000 meetings; " \
                                   "start to first answer <= 1 s at 20,000.\n"
    print(text)
    if not args.no_write:
        write_section(RESULTS, SECTION, f"{SECTION}\n\n{text}")


if __name__ == "__main__":
    main()
