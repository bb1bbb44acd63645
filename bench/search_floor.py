"""The floor of an uncached search request over HTTP: a server doing only the engine's work, against ours.

Issue 12 asks for p95 <= 50 ms with 20 clients at 20,000 meetings. What does this machine give when the server
does nothing but the search engine's work? The floor is a bare ASGI app (no framework, no database, no page) in
`protokoll serve`'s uvicorn setup (the same worker processes, event loop, HTTP protocol with Nagle off, GC
setting), which answers the bench's ``/sok?q=`` URLs from the same tantivy index (opened from its directory
beside the archive, read from disk as ours reads it) with the top 20, the exact total and the same facets, as
a small JSON answer. Its modes (``--mode``):

* ``engine``: the query parsed and ``search_engine_find.find`` called as our search calls it (the top 20 with
  the ties ordered, the total, the four facet columns counted and read back to values) -- our engine's work;
* ``store``: our ``store.search.search`` (a session a request: the index's state checked, the page's rows
  read from the database, snippets made), its hits, total and facets as JSON -- our search without the web app;
* ``bare``: tantivy alone: one ``search`` (top 20, ``count=True``) and one ``aggregate`` (the four columns),
  its answer sent as tantivy-py decoded it -- no tie order, no facet values (``--columns``: only these of the
  four columns counted, e.g. ``f_kind_year``; the check against ours is then skipped);
* ``top``: the top 20 and the total only (one ``search``, ``count=True``), no facets: what the facets cost;
* ``memo``: ``engine``'s answer of each query kept from its first request: no engine work at all, what the
  HTTP server, the thread hop and the load generator cost alone.

The ``lite`` arm is not a floor: it is `protokoll serve`'s own app with the facet counting swapped out in its
workers (:func:`ours_without_facets`): what our request costs without the facets.

``--hop thread`` (default) runs that work in a worker thread as our page does (tantivy-py releases the GIL in
``search`` and ``aggregate``, bench/results.md "h156"); ``inline`` on the event loop. ``--arms`` chooses the
servers compared and their worker processes (and the floor's threads, SO_REUSEPORT sockets, orjson for
tantivy-py's JSON): ``ours:2,ours:1,floor:2,floor:1``, ``floor:2,floor:2:r,floor:2:o``, ``ours:2,lite:2``.

The load is bench/web.py's: 20 keep-alive clients (threads of this process) asking random search URLs of the
bench's 20 queries, after its warm-up; server CPU from /proc (all its processes), the client's from this
process. Ours (`protokoll serve`, result cache off) and the floor run at once, idle in turn, and are loaded
alternately (ABAB...): other work shares the machine, so only the paired figures mean anything; the load
average is recorded beside each run. First the floor's totals and facets are checked equal to ours
(``/api/search``) for every query.

    python bench/search_floor.py /tmp/w20k.sqlite --pairs 3 --seconds 15
    python bench/search_floor.py /tmp/w20k.sqlite --mode bare --hop inline --pairs 2
    python bench/search_floor.py /tmp/w20k.sqlite --arms ours:2,ours:1,floor:2,floor:1

Only 127.0.0.1 is contacted. Nothing is written but the servers' logs (a temporary folder).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qs, urlencode

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))  # browser_server: the `protokoll serve` subprocess bench/web.py uses
MODE_ENV, HOP_ENV, THREADS_ENV = "PROTOKOLL_FLOOR_MODE", "PROTOKOLL_FLOOR_HOP", "PROTOKOLL_FLOOR_THREADS"
COLUMNS_ENV, ORJSON_ENV = "PROTOKOLL_FLOOR_COLUMNS", "PROTOKOLL_FLOOR_ORJSON"
WANTED = 20  #: hits a page shows (web.pages.search.PER_PAGE)


# --- the floor's server (runs in each uvicorn worker process) ------------------------------------

def answerer(path: str, mode: str):
    """A function of a query's text to the floor's JSON answer (bytes), over the index beside ``path``."""
    from protokoll.store.search_engine import SUFFIX, Engine
    from protokoll.store.search_engine_facets import COLUMNS, _terms
    from protokoll.store.search_engine_find import find
    from protokoll.store.search_engine_queries import _unfiltered
    from protokoll.store.search_parse import parse

    if os.environ.get(ORJSON_ENV) == "1":  # tantivy-py decodes its aggregation with ``json.loads``, looked up per call
        import orjson

        json.loads = orjson.loads  # (this floor process only: what a decoding at C speed would save)
    engine = Engine(Path(path + SUFFIX))
    engine._refresh()  # the newest commit on disk (no database asked: the index is taken as current)
    searcher, ranks = engine.view
    schema = engine.schema
    chosen = os.environ.get(COLUMNS_ENV)  #: ``bare``: the facet columns counted (default: all four)
    count = {c: _terms(c, len(ranks.facets.values[c])) for c in COLUMNS
             if chosen is None or c in chosen.split(",")}

    if mode == "store":
        from protokoll.store.db import session_factory
        from protokoll.store.search import search

        sessions = session_factory("sqlite:///" + path)

        def stored(q: str) -> bytes:
            with sessions() as session:
                result = search(session, q, limit=WANTED, wait=3.0)
            return json.dumps({"total": result.total, "hits": [vars(h) for h in result.hits],
                               "facets": result.facets}, ensure_ascii=False, separators=(",", ":")).encode()

        return stored

    def answer(q: str) -> bytes:
        parsed = parse(q)
        if mode == "top":  # no facets: what the rest of the engine's work costs
            query, _hits_of = _unfiltered(schema, parsed)
            found = searcher.search(query, WANTED, count=True)
            return json.dumps({"total": found.count, "hits": [[s, a.segment_ord, a.doc] for s, a in found.hits]},
                              separators=(",", ":")).encode()
        if mode == "bare":
            query, hits_of = _unfiltered(schema, parsed)
            found = searcher.search(query, WANTED, count=True)
            facets = searcher.aggregate(hits_of, count) if count else {}
            return json.dumps({"total": found.count, "hits": [[s, a.segment_ord, a.doc] for s, a in found.hits],
                               "facets": facets}, separators=(",", ":")).encode()
        found = find(searcher, ranks, schema, parsed, {}, WANTED)
        return json.dumps({"total": found.total, "ids": found.order[:WANTED], "facets": found.facets},
                          ensure_ascii=False, separators=(",", ":")).encode()

    if mode == "memo":  # the engine's answers from memory: what HTTP, uvicorn and the thread hop cost alone
        kept: dict[str, bytes] = {}
        return lambda q: kept[q] if q in kept else kept.setdefault(q, answer(q))
    return answer


def app_from_environment():
    """The floor's ASGI app (uvicorn's factory, one per worker process)."""
    import asyncio

    from protokoll.collector import for_serving

    answer = answerer(os.environ["PROTOKOLL_DB"].removeprefix("sqlite:///"), os.environ.get(MODE_ENV, "engine"))
    inline = os.environ.get(HOP_ENV) == "inline"
    threads = int(os.environ.get(THREADS_ENV) or 0)  #: the hop's threads at most (0: asyncio's default pool)
    pool = None
    if threads:
        from concurrent.futures import ThreadPoolExecutor

        pool = ThreadPoolExecutor(threads)
    head = [(b"content-type", b"application/json")]

    async def app(scope, receive, send):
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    for_serving()
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        q = parse_qs(scope["query_string"].decode()).get("q", [""])[0]
        if inline:
            body = answer(q)
        else:
            body = await asyncio.get_running_loop().run_in_executor(pool, answer, q)
        await send({"type": "http.response.start", "status": 200,
                    "headers": head + [(b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    return app


def serve(argv: list[str]) -> None:
    """``serve --port P --db URL --workers N [--reuseport]``: the floor in `protokoll serve`'s uvicorn setting;
    ``--reuseport``: each worker a process of its own with its own listening socket on the port (SO_REUSEPORT:
    the kernel spreads new connections over the sockets by their addresses, where uvicorn's workers share one
    socket and whichever is awake accepts what waits)."""
    import uvicorn

    from protokoll.web.server import PROTOCOL

    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--workers", type=int, required=True)
    parser.add_argument("--reuseport", action="store_true")
    args = parser.parse_args(argv)
    os.environ["PROTOKOLL_DB"] = args.db
    if args.reuseport:
        _reuseport(args.port, args.workers)
        return
    factory = "search_floor:" + ("ours_without_facets" if os.environ.get(MODE_ENV) == "lite" else
                                 "app_from_environment")
    uvicorn.run(factory, factory=True, host="127.0.0.1", port=args.port,
                workers=args.workers, http=PROTOCOL, log_level="info", access_log=False, server_header=False)


def ours_without_facets():
    """Ours (`protokoll serve`'s app, result cache off) with no facet counted: the search page's hits and total as
    they are, every facet empty (the ``lite`` arm: what our request would cost with the facets out of it). A
    bench-only swap in the worker process: the kind facet no longer gives the total (tantivy counts it)."""
    import protokoll.store.search_engine_find as found
    from protokoll.web.app import app_from_environment as ours
    from protokoll.web.settings import BASE_URL_ENV, RECHECK_ENV, RELOAD_ENV

    found.KIND = None  # (so the first read counts the hits itself)
    found._facets = lambda searcher, ranks, query, names: {name: {} for name in names}
    os.environ.setdefault(RECHECK_ENV, "1.0")
    os.environ.setdefault(RELOAD_ENV, "0")
    os.environ.setdefault(BASE_URL_ENV, "http://127.0.0.1")
    os.environ["PROTOKOLL_SEARCH_CACHE"] = "0"
    return ours()


def _reuseport(port: int, workers: int) -> None:
    """``workers`` processes, each uvicorn on a socket of its own bound to ``port`` with SO_REUSEPORT; they end
    with this one (SIGTERM)."""
    import multiprocessing
    import signal

    children = [multiprocessing.get_context("spawn").Process(target=_one, args=(port,)) for _ in range(workers)]
    for child in children:
        child.start()

    def stop(*_):
        for child in children:
            child.terminate()
        for child in children:
            child.join(10)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    for child in children:
        child.join()


def _one(port: int) -> None:
    import socket

    import uvicorn

    from protokoll.web.server import PROTOCOL

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind(("127.0.0.1", port))
    sock.listen(2048)
    config = uvicorn.Config("search_floor:app_from_environment", factory=True, http=PROTOCOL, log_level="info",
                            access_log=False, server_header=False)
    uvicorn.Server(config).run(sockets=[sock])


# --- the comparison ---------------------------------------------------------------------------

def start_floor(url: str, workers: int, mode: str, hop: str, log: Path, threads: int = 0, reuseport: bool = False,
                fast_json: bool = False):
    """The floor's server, started and answering (a browser_server.Server-like object for bench/web.py)."""
    from browser_server import Server, free_port, listens

    server = Server(url, log=log, workers=workers)
    server.port = free_port()
    env = {**os.environ, MODE_ENV: mode, HOP_ENV: hop, THREADS_ENV: str(threads), ORJSON_ENV: "1" if fast_json else "0"}
    with open(log, "wb") as out:
        server.proc = subprocess.Popen([sys.executable, __file__, "serve", "--port", str(server.port), "--db", url,
                                        "--workers", str(workers)] + (["--reuseport"] if reuseport else []),
                                       stdout=out, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if server.proc.poll() is not None:
            raise RuntimeError(f"the floor exited:\n{server.output()}")
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            conn.request("GET", "/sok?q=budget")
            if conn.getresponse().status == 200 and listens(server.pids(), server.port):
                return server
        except OSError:
            pass
        finally:
            conn.close()
        time.sleep(0.2)
    server.stop()
    raise RuntimeError(f"the floor did not answer:\n{server.output()}")


def same_answers(ours: int, floor: int, queries: list[str], api: bool = False) -> list[str]:
    """Queries whose total or facets (values, counts, order) differ between ours (/api/search) and the floor
    (``top`` and ``lite`` count no facets: their totals alone; ``api``: the floor is ours too, asked the same)."""
    def get(port: int, path: str) -> dict:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        conn.request("GET", path)
        return json.loads(conn.getresponse().read())

    differ = []
    for q in queries:
        a = get(ours, "/api/search?" + urlencode({"q": q, "limit": WANTED}))
        b = get(floor, f"/api/search?{urlencode({'q': q, 'limit': WANTED})}" if api else f"/sok?{urlencode({'q': q})}")
        if not b.get("facets") or not any(b["facets"].values()):  # (``top``, ``lite``: none counted)
            b["facets"] = a["facets"]
        if a["total"] != b["total"] or _facets(b["facets"]) != _facets(a["facets"], ours=True) or (
                "organization" in b["facets"] and _pairs(a["facets"]) != _pairs(b["facets"])):
            differ.append(q)
    return differ


def _pairs(facets: dict) -> list:
    return [list(facets[k].items()) for k in sorted(facets)]


def _facets(facets: dict, ours: bool = False) -> list:
    """Each facet's (value, count) pairs in order (ours; the floor's in ``engine`` mode); tantivy's buckets by id
    (the floor's ``bare`` mode): the counts alone of organisation, body and municipality, largest first."""
    if ours:
        return [sorted(facets[k].values(), reverse=True) for k in ("organization", "body", "municipality")]
    if "organization" in facets:
        return _facets(facets, True)
    return [sorted((b["doc_count"] for b in facets[c]["buckets"] if b["key"] != 0), reverse=True)
            for c in ("f_organization", "f_body", "f_municipality")]


def main(argv: list[str] | None = None) -> int:
    if argv is None and sys.argv[1:2] == ["serve"]:
        serve(sys.argv[2:])
        return 0
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--pairs", type=int, default=3, help="ABAB: this many rounds of the arms")
    parser.add_argument("--seconds", type=float, default=15, help="each run's length")
    parser.add_argument("--requests", type=int, default=100_000, help="each run's requests at most")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--workers", type=int, help="server processes (default: `protokoll serve`'s own)")
    parser.add_argument("--mode", choices=("engine", "bare", "top", "store", "memo"), default="engine")
    parser.add_argument("--hop", choices=("thread", "inline"), default="thread")
    parser.add_argument("--columns", help="bare: the facet columns counted, comma-separated (default: all)")
    parser.add_argument("--arms", default="ours,floor",
                        help="the servers loaded in turn, each `ours`, `floor` or `lite` (ours without facets), "
                             "optionally with its worker processes and (the floor) the threads a worker searches "
                             "in at most: e.g. "
                             "`ours:2,ours:1`, `floor:2:2`; an `r` after the floor's threads: a socket a worker with "
                             "SO_REUSEPORT, `floor:2:r`; an `o`: tantivy-py's JSON decoded by orjson, `floor:2:o` "
                             "(default: ours,floor with --workers and asyncio's default "
                             "thread pool)")
    args = parser.parse_args(argv)
    from browser_server import Server
    from web import Material, search_paths, settle, warm

    from protokoll.cli.serve import default_workers

    url = f"sqlite:///{args.archive.resolve()}"
    if args.columns is not None:
        os.environ[COLUMNS_ENV] = args.columns  # (the floor's processes inherit it)
    workers = args.workers or default_workers()
    work = Path(tempfile.mkdtemp(prefix="protokoll-floor-"))
    material = Material.load()
    material.org(20_000 // (8 * len(material.templates)))
    queries = material.queries()
    paths = search_paths(queries)
    servers = {}
    try:
        for arm in args.arms.split(","):
            kind, count, threads = (arm.split(":") + ["", ""])[:3]
            reuseport, fast_json = "r" in threads, "o" in threads  # e.g. floor:2:r, floor:2:1r, floor:2:o
            count, threads = int(count or workers), int(threads.strip("ro") or 0)
            name = (f"{kind} ({count} w{f', {threads} t' if threads else ''}{', reuseport' if reuseport else ''}"
                    f"{', orjson' if fast_json else ''})")
            if kind == "lite":  # ours without facets (:func:`ours_without_facets`)
                servers[name] = start_floor(url, count, "lite", args.hop, work / f"{len(servers)}.log")
            elif kind == "ours":
                if threads or reuseport or fast_json:
                    parser.error("threads are the floor's only (ours: anyio's limiter of its worker threads)")
                servers[name] = Server(url, log=work / f"{len(servers)}.log", env={"PROTOKOLL_SEARCH_CACHE": "0"},
                                       workers=count)
                servers[name].start(timeout=300, ready="/api/search?q=budget&limit=1")
            else:
                servers[name] = start_floor(url, count, args.mode, args.hop, work / f"{len(servers)}.log", threads,
                                            reuseport, fast_json)
        for server in servers.values():
            settle(server)
            warm(server.port, paths, args.clients)
        ours = [server for name, server in servers.items() if name.startswith("ours")]
        for name, floor in servers.items():
            if name.startswith(("floor", "lite")) and ours and args.columns is None:
                differ = same_answers(ours[0].port, floor.port, queries, api=name.startswith("lite"))
                print(f"{name}: totals and facets equal to ours: {len(queries) - len(differ)} of {len(queries)}"
                      + (f"; differ: {differ}" if differ else ""))
        print(f"floor: --mode {args.mode} --hop {args.hop}; arms {args.arms} (w: worker processes); "
              f"{args.clients} clients, {args.seconds:g} s a run")
        runs(servers, paths, args)
    finally:
        for server in servers.values():
            server.stop()
    return 0


def runs(servers: dict, paths: list[str], args) -> None:
    """Each server loaded in turn, ``args.pairs`` rounds; a table row a run, the load average beside it."""
    from web import load, pct

    print("| run | load before | p50 ms | p95 ms | p99 ms | req/s | server CPU ms/req | server CPU % | "
          "client CPU ms/req | client CPU % | load after |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n in range(args.pairs):
        for name, server in servers.items():
            before = os.getloadavg()[0]
            phase = load(server.port, name, paths, args.clients, args.requests, args.seconds, server)
            lat, done = sorted(phase.latencies), len(phase.latencies) + phase.errors
            print(f"| {name} {n + 1} | {before:.1f} | {pct(lat, 50):.1f} | {pct(lat, 95):.1f} | "
                  f"{pct(lat, 99):.1f} | {len(lat) / phase.seconds:.0f} | "
                  f"{1000 * phase.server_cpu / max(1, done):.2f} | {100 * phase.server_cpu / phase.seconds:.0f} | "
                  f"{1000 * phase.client_cpu / max(1, done):.2f} | {100 * phase.client_cpu / phase.seconds:.0f} | "
                  f"{os.getloadavg()[0]:.1f} |" + (f" errors {phase.errors}" if phase.errors else ""), flush=True)


if __name__ == "__main__":
    sys.exit(main())
