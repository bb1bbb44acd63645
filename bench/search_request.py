"""CPU per uncached search page, in process, through the real ASGI app (no HTTP server, no test client).

Builds the app over an archive (``protokoll.web.app.create_app``, the result cache off) and sends it
the bench's 20 search URLs (bench/web.py's ``/sok?q=`` paths, optionally with extra parameters) as
ASGI requests on one event loop, as uvicorn would; reports the process's CPU time per request (all
threads: the page is built in a worker thread), the page's size, and, apart, the CPU of ``search()``
alone for the same queries. ``--rest`` answers ``search()`` from memory (each search's first result kept)
and reports the CPU of everything else a page takes (routing, parameters, page, template, middleware, the
thread hand-off), best of many rounds: the part of a request this bench's noise hides. ``--profile`` runs the pages in the loop's thread (the thread hand-off
replaced by a direct call, so cProfile sees the page) and prints the top functions.

    python bench/search_request.py /path/archive.sqlite --rounds 3
    python bench/search_request.py /path/archive.sqlite --extra "visa=kommun" --profile
    python bench/search_request.py /path/archive.sqlite --rest --rounds 20
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def scope(path: str, accept: str = "text/html") -> dict:
    raw, _, query = path.partition("?")
    return {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
            "scheme": "http", "path": raw, "raw_path": raw.encode(), "query_string": query.encode(),
            "root_path": "", "headers": [(b"host", b"127.0.0.1"), (b"accept", accept.encode())],
            "client": ("127.0.0.1", 5000), "server": ("127.0.0.1", 8000)}


async def ask(app, path: str) -> int:
    """Send one GET through the app; the body's length."""
    size = 0
    status = 0

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        nonlocal size, status
        if message["type"] == "http.response.start":
            status = message["status"]
        elif message["type"] == "http.response.body":
            size += len(message.get("body", b""))

    await app(scope(path), receive, send)
    if status != 200:
        raise RuntimeError(f"{path}: {status}")
    return size


async def pages(app, paths: list[str]) -> tuple[list[float], list[int]]:
    cpu, sizes = [], []
    for path in paths:
        started = time.process_time()
        sizes.append(await ask(app, path))
        cpu.append((time.process_time() - started) * 1000)
    return cpu, sizes


def engine_cpu(app, queries: list[str]) -> list[float]:
    """CPU ms of ``search()`` alone per query (one session, as a page uses)."""
    from protokoll.store.search import search

    out = []
    with app.state.web.sessions() as session:
        for q in queries:
            started = time.process_time()
            search(session, q, limit=20)
            out.append((time.process_time() - started) * 1000)
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--rounds", type=int, default=3, help="the 20 pages this often (best round reported)")
    parser.add_argument("--extra", default="", help="query parameters added to every URL, e.g. visa=kommun")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--rest", action="store_true", help="search() from memory: the CPU of the rest alone")
    args = parser.parse_args(argv)
    os.environ["PROTOKOLL_SEARCH_CACHE"] = "0"
    from web import Material, search_paths  # bench/web.py: its archive's 20 queries

    from protokoll.web.app import create_app

    if args.rest:
        _remembered()

    app = create_app(f"sqlite:///{args.archive}", migrate=False)
    queries = Material.load().queries()
    paths = [p + (f"&{args.extra}" if args.extra else "") for p in search_paths(queries)]
    loop = asyncio.new_event_loop()
    loop.run_until_complete(pages(app, paths))  # warm-up: imports, templates, the index opened
    print(f"load average {os.getloadavg()[0]:.1f}; {len(paths)} pages, {args.rounds} rounds")
    if args.profile:
        _profile(app, loop, paths)
        return
    if args.rest:
        best = min(statistics.mean(loop.run_until_complete(pages(app, paths))[0]) for _ in range(args.rounds))
        print(f"page through ASGI with search() from memory (the rest alone), mean CPU ms: {best:.3f} "
              f"(best of {args.rounds} rounds)")
        return
    rounds = [loop.run_until_complete(pages(app, paths)) for _ in range(args.rounds)]
    cpu, sizes = min(rounds, key=lambda r: statistics.mean(r[0]))
    engine = min((engine_cpu(app, queries) for _ in range(args.rounds)), key=statistics.mean)
    print(f"page through ASGI, CPU ms: mean {statistics.mean(cpu):.2f}, p50 {statistics.median(cpu):.2f}, "
          f"max {max(cpu):.2f}")
    print(f"search() alone, CPU ms: mean {statistics.mean(engine):.2f}, p50 {statistics.median(engine):.2f}")
    print(f"the rest (page, app, thread hand-off), mean CPU ms: {statistics.mean(cpu) - statistics.mean(engine):.2f}")
    print(f"page bytes: mean {statistics.mean(sizes):,.0f}, max {max(sizes):,}")


def _remembered() -> None:
    """``protokoll.store.search.search`` answering each search after its first from memory (bench only)."""
    import protokoll.store.search as module

    real, kept = module.search, {}

    def search(session, q, **options):
        key = (q, tuple(sorted(options.items())))
        if key not in kept:
            kept[key] = real(session, q, **options)
        return kept[key]

    module.search = search


def _profile(app, loop, paths: list[str]) -> None:
    from protokoll.web.pages import search as page

    async def direct(func, *args, **kwargs):
        return func(*args, **kwargs)

    page.run_in_threadpool = direct  # the page in this thread, for cProfile (a bench-only swap)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(3):
        loop.run_until_complete(pages(app, paths))
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(45)
    pstats.Stats(profiler).sort_stats("tottime").print_stats(30)


if __name__ == "__main__":
    main()
