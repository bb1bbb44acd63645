"""SQL statements and time per page, by page kind: what one request of a page asks the database.

Serves the app in this process (FastAPI's test client, no network) over a linked archive and asks
each sampled page's JSON twin once (a first answer: the page cache holds nothing of it yet; one page
of each kind is asked first, uncounted, as a warm-up),
counting the statements with a SQLAlchemy ``before_cursor_execute`` listener. Prints per kind the
median and worst statements, milliseconds and CPU milliseconds of this process (the server's work: less
disturbed by other load on the machine than wall time), and the slowest page; an N+1 shows as statements
growing with the page's size. Single-threaded, in-process: service time, not latency under load
(that is bench/web.py).

    python bench/page_statements.py /path/archive.sqlite [--n 10] [--kinds municipality,person,case,meeting,meetings]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import date
from pathlib import Path


from sqlalchemy import event  # noqa: E402
from sqlalchemy.engine import Engine  # noqa: E402

import sqlite3  # noqa: E402
import urllib.parse  # noqa: E402

def sample_paths(db: Path, n: int) -> list[str]:
    """``n`` pages of each kind, evenly spaced in key order: the same pages on every run and archive copy
    (a before/after comparison asks the same pages)."""
    con = sqlite3.connect(db)
    try:
        def spaced(sql: str) -> list:
            found = [r[0] for r in con.execute(sql)]
            return found[::max(1, len(found) // n)][:n]

        meetings = spaced("SELECT meeting_id FROM chain_sources ORDER BY meeting_id")
        persons = spaced("SELECT key FROM persons ORDER BY key")
        cases = spaced("SELECT key FROM cases WHERE item_count > 1 ORDER BY key")
        places = spaced("SELECT DISTINCT municipality FROM memberships ORDER BY municipality")
        years = spaced("SELECT DISTINCT year FROM chain_meetings WHERE year IS NOT NULL ORDER BY year")
    finally:
        con.close()
    quote = urllib.parse.quote
    return ([f"/moten/{m}" for m in meetings] + [f"/personer/{quote(p)}" for p in persons]
            + [f"/arenden/{quote(c)}" for c in cases] + [f"/kommuner/{quote(m)}" for m in places]
            + [f"/moten?ar={y}&sida={n}" for y in years for n in (1, 2)])


KINDS = {"meeting": "/moten/", "person": "/personer/", "case": "/arenden/", "municipality": "/kommuner/",
         "meetings": "/moten?"}  #: ``meetings``: the meetings list, a year's first and second page


def json_twin(path: str) -> str:
    """``/moten?ar=2020`` -> ``/moten.json?ar=2020``."""
    bare, _, query = path.partition("?")
    return bare + ".json" + (f"?{query}" if query else "")


class Counter:
    """Statements executed while ``on``."""

    def __init__(self) -> None:
        self.on, self.statements = False, 0
        event.listen(Engine, "before_cursor_execute", self._count)

    def _count(self, *args, **kwargs) -> None:
        if self.on:
            self.statements += 1


def measure(db: Path, n: int, kinds: list[str]) -> dict[str, list[tuple[int, float, str, float]]]:
    from fastapi.testclient import TestClient

    from protokoll.collector import for_serving
    from protokoll.web.app import create_app

    counter = Counter()
    client = TestClient(create_app(f"sqlite:///{db}", today=date(2026, 12, 4)))
    client.get("/.json")  # open the database, migrate, fill the connection pool
    for_serving()  # the collector as in a server worker (its startup): else a full walk lands on some page
    paths = sample_paths(db, n + 1)
    out: dict[str, list[tuple[int, float, str, float]]] = {k: [] for k in kinds}
    chosen = {k: [p for p in paths if p.startswith(KINDS[k]) and p.count("/") == KINDS[k].count("/")]
              for k in kinds}
    for kind in kinds:  # the first page of each kind warms the process (the gazetteer, compiled patterns)
        client.get(json_twin(chosen[kind].pop())) if chosen[kind] else None
    for kind in kinds:
        for path in chosen[kind]:
            counter.statements, counter.on = 0, True
            started, cpu = time.perf_counter(), time.process_time()
            response = client.get(json_twin(path))
            seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
            counter.on = False
            response.raise_for_status()
            out[kind].append((counter.statements, seconds * 1000, path, cpu * 1000))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--n", type=int, default=10, help="pages of each kind (sampled at random)")
    parser.add_argument("--kinds", default="municipality,person,case,meeting")
    args = parser.parse_args(argv)
    found = measure(args.archive, args.n, args.kinds.split(","))
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| Page | Pages | Statements (median / max) | ms (median / max) | CPU ms (median / max) | Slowest |")
    print("| --- | --- | --- | --- | --- | --- |")
    for kind, rows in found.items():
        if not rows:
            continue
        counts, ms, cpu = [r[0] for r in rows], [r[1] for r in rows], [r[3] for r in rows]
        worst = max(rows, key=lambda r: r[3])
        print(f"| {kind} | {len(rows)} | {statistics.median(counts):.0f} / {max(counts)} "
              f"| {statistics.median(ms):.0f} / {max(ms):.0f} | {statistics.median(cpu):.0f} / {max(cpu):.0f} "
              f"| {worst[2]} ({worst[0]} statements) |")


if __name__ == "__main__":
    main()
