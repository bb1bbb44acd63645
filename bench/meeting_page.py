"""CPU time and SQL statements of one meeting page, in-process, over an existing archive (issue 11).

Calls the ``/moten/{id}`` view of a ``create_app`` app directly (no HTTP, no
server, no other process) for N distinct stored meetings drawn at random, so
each is rendered uncached, then asks for them again (the rendered-page cache).
Reports CPU ms per page (``time.process_time``, best of ``--repeat`` runs, a
fresh app each run: less noisy than latency on a shared machine) and SQL
statements per page (a SQLAlchemy ``before_cursor_execute`` listener), for the
HTML page and its ``.json`` twin. ``--profile`` prints cProfile's top entries
of one HTML run instead.

    python bench/meeting_page.py --db /tmp/web.sqlite
    python bench/meeting_page.py --db /tmp/web.sqlite --pages 200 --repeat 3 --profile
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import pstats
import random
import sqlite3
import time
from datetime import date

from sqlalchemy import event
from starlette.requests import Request

from protokoll.web import state as web_state
from protokoll.web.app import create_app
from protokoll.web.pages.meetings import meeting


def stored_meetings(path: str) -> list[int]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT meeting_id FROM chain_sources ORDER BY meeting_id")]
    finally:
        con.close()


class Pages:
    """A fresh app over the archive, its view called as a request would, its statements counted."""

    def __init__(self, path: str, today: date) -> None:
        self.app = create_app(f"sqlite:///{path}", today=today)
        self.statements = 0
        event.listen(self.app.state.web.database.engine, "before_cursor_execute", self._count)

    def _count(self, *args) -> None:
        self.statements += 1

    def get(self, meeting_id: int, suffix: str) -> bytes:
        path = f"/moten/{meeting_id}{suffix}"
        request = Request({"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": [],
                           "app": self.app, "scheme": "http", "server": ("localhost", 80), "root_path": ""})
        held: dict = {}
        token = web_state._REQUEST.set(held)  # noqa: SLF001 (what RequestSessions does per request)
        try:
            response = meeting(request, str(meeting_id))
        finally:
            web_state._REQUEST.reset(token)  # noqa: SLF001
            if held.get("session") is not None:
                held["session"].close()
        assert response.status_code == 200, (path, response.status_code)
        return bytes(response.body)


def run(path: str, sample: list[int], warm: int, suffix: str, today: date, profile: bool = False) -> dict:
    pages = Pages(path, today)
    pages.get(warm, suffix)  # imports, compiled templates: a meeting not in the sample
    pages.statements = 0
    profiler = cProfile.Profile() if profile else None
    digest = hashlib.sha256()
    start = time.process_time()
    if profiler:
        profiler.enable()
    for mid in sample:
        digest.update(pages.get(mid, suffix))
    if profiler:
        profiler.disable()
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
    uncached = time.process_time() - start
    statements = pages.statements
    start = time.process_time()
    for mid in sample:
        pages.get(mid, suffix)
    cached = time.process_time() - start
    return {"uncached_ms": 1000 * uncached / len(sample), "cached_ms": 1000 * cached / len(sample),
            "statements": statements / len(sample), "digest": digest.hexdigest()[:16]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True, help="SQLite file of a linked archive (read only)")
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", default="2026-12-04")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    ids = stored_meetings(args.db)
    sample = random.Random(args.seed).sample(ids, min(args.pages, len(ids) - 1))
    chosen = set(sample)
    warm = next(i for i in ids if i not in chosen)
    today = date.fromisoformat(args.today)
    if args.profile:
        run(args.db, sample, warm, "", today, profile=True)
        return
    for label, suffix in (("HTML", ""), ("JSON", ".json")):
        runs = [run(args.db, sample, warm, suffix, today) for _ in range(args.repeat)]
        best = min(runs, key=lambda r: r["uncached_ms"])
        print(f"{label}: {len(sample)} meetings of {len(ids)}, best of {args.repeat}: "
              f"uncached {best['uncached_ms']:.2f} ms CPU/page, {best['statements']:.1f} SQL statements/page; "
              f"cached {min(r['cached_ms'] for r in runs):.2f} ms CPU/page; answers sha256 {best['digest']}")


if __name__ == "__main__":
    main()
