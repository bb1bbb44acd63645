"""The register and case pages over a large linked archive: single-client latency, CPU and SQL
statements per request (FastAPI's TestClient in this process), then 20 concurrent clients against a
real `protokoll serve` (bench/web.py's ``Server``, ``warm`` and ``load``).

    python bench/register_pages.py --db /path/20k.sqlite --today 2026-12-04            # both
    python bench/register_pages.py --db /path/20k.sqlite --single --only register case

The archive must have its linked rows (``protokoll link``). The page kinds and their URLs are read
from the archive (cases with several items, person assignees, bodies). Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def page_kinds(db: str) -> dict[str, list[str]]:
    from protokoll.swedish.fold import slug

    con = sqlite3.connect(db)
    cases = [r[0] for r in con.execute("select key from cases where item_count > 1 order by id limit 20")]
    names = [r[0] for r in con.execute("select assignee from assignments where assignee_kind = 'person' "
                                       "group by assignee limit 6")]
    bodies = list(con.execute("select distinct organization, body from chain_meetings "
                              "where organization is not null limit 6"))
    places = [r[0] for r in con.execute("select distinct municipality from memberships limit 3")]
    return {
        "cases": ["/arenden", "/arenden?alla=true"] + [f"/arenden?sida={i}" for i in range(2, 9)],
        "case": [f"/arenden/{c}" for c in cases],
        "case_feed": [f"/arenden/{c}/atom.xml" for c in cases],
        "register": ["/uppdrag", "/uppdrag?status=overdue", "/uppdrag?status=open", "/uppdrag?status=reported",
                     "/uppdrag?uppdragstagare=kommun", "/uppdrag?senast=2024-06-01"]
                    + [f"/uppdrag?kommun={quote(slug(p))}" for p in places]
                    + [f"/uppdrag?uppdragstagare={quote(n)}" for n in names]
                    + [f"/uppdrag?organ={slug(o)}/{slug(b)}" for o, b in bodies]
                    + [f"/uppdrag?sida={i}" for i in (2, 3, 50, 500)],
    }


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def single(db: str, today: date, kinds: dict[str, list[str]]) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    from protokoll.web.app import create_app

    count = [0]
    event.listen(Engine, "before_cursor_execute", lambda *a, **k: count.__setitem__(0, count[0] + 1))
    print("| Page kind | URLs | p50 ms | p95 ms | CPU p50 ms | CPU p95 ms | statements p50 / max |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    with TestClient(create_app(f"sqlite:///{db}", today=today)) as client:
        for kind, urls in kinds.items():
            client.get(urls[0])  # the caches of this link generation (summaries, choices) filled once
            wall, cpu, statements = [], [], []
            for url in urls:
                count[0] = 0
                t, c = time.perf_counter(), time.process_time()
                assert client.get(url).status_code == 200, url
                wall.append((time.perf_counter() - t) * 1000)
                cpu.append((time.process_time() - c) * 1000)
                statements.append(count[0])
            print(f"| {kind} | {len(urls)} | {pct(wall, 50):.1f} | {pct(wall, 95):.1f} | {pct(cpu, 50):.1f} | "
                  f"{pct(cpu, 95):.1f} | {statistics.median(statements):.0f} / {max(statements)} |", flush=True)


def concurrent(db: str, today: date, kinds: dict[str, list[str]], clients: int, seconds: float) -> None:
    import web as bw

    env = {"PYTHONPATH": str(ROOT / "src"), "PROTOKOLL_TODAY": today.isoformat()}
    server = bw.Server(f"sqlite:///{db}", workers=2, env=env)
    server.start(timeout=300)
    try:
        bw.settle(server, 120)
        print(bw.HEADER, end="")
        for kind, urls in kinds.items():
            bw.warm(server.port, urls, clients, rounds=3)
            print(bw.load(server.port, kind, urls, clients, 600, seconds, server=server).row(), flush=True)
    finally:
        server.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="a SQLite archive with linked rows")
    parser.add_argument("--today", default=date.today().isoformat())
    parser.add_argument("--only", nargs="*", help="page kinds: cases case case_feed register")
    parser.add_argument("--single", action="store_true", help="only the single-client measurement")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    kinds = {k: v for k, v in page_kinds(args.db).items() if not args.only or k in args.only}
    today = date.fromisoformat(args.today)
    single(args.db, today, kinds)
    if not args.single:
        concurrent(args.db, today, kinds, args.clients, args.seconds)
    print("load average:", open("/proc/loadavg").read().split()[:3])


if __name__ == "__main__":
    main()
