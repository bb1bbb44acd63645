"""The fixed cost of one HTTP request: server CPU per request of one uvicorn worker, by HTTP parser and loop.

Starts the app (``protokoll.web.app:app_from_environment``, as `protokoll serve` does) in one uvicorn
worker process per setting, on a free loopback port, and asks each path ``--n`` times over one
keep-alive connection after a warm-up (so cached pages are hits). Reports the server process's CPU
time (user + system, from /proc) per request, which other load on the machine disturbs far less than
latency, and the client's median latency beside it. The settings compared: uvicorn's h11 and
httptools parsers, asyncio's and uvloop's event loops; `protokoll serve` uses the first one listed
(its own protocol class, httptools and uvloop when installed).

    python bench/request_cost.py /path/archive.sqlite --paths /.json /moten/12 --n 2000

Only 127.0.0.1 is contacted; Linux only (/proc).
"""

from __future__ import annotations

import argparse
import http.client
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
from browser_server import free_port  # noqa: E402

SETTINGS = {  # name -> uvicorn options (``http`` as an import string or uvicorn's name, ``loop``)
    "serve (httptools, uvloop, no delay)": ("protokoll.web.server:NoDelayHTTPProtocol", "auto"),
    "h11, asyncio": ("h11", "asyncio"),
    "httptools, asyncio": ("httptools", "asyncio"),
    "httptools, uvloop": ("httptools", "uvloop"),
}
SERVER = """
import sys, uvicorn
http, loop, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
if ":" in http:
    import importlib
    module, name = http.split(":")
    http = getattr(importlib.import_module(module), name)
uvicorn.run("protokoll.web.app:app_from_environment", factory=True, host="127.0.0.1", port=port, http=http,
            loop=loop, access_log=False, server_header=False, log_level="warning")
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(db: Path, http: str, loop: str, paths: list[str], n: int) -> dict[str, tuple[float, float]]:
    port = free_port()
    env = {**os.environ, "PROTOKOLL_DB": f"sqlite:///{db}", "PROTOKOLL_RECHECK_SECONDS": "1"}
    proc = subprocess.Popen([sys.executable, "-c", SERVER, http, loop, str(port)], env=env)
    try:
        conn = _connect(port)
        out = {}
        for path in paths:
            for _ in range(50):  # warm-up: imports, templates, the page cache
                _get(conn, path)
            latencies = []
            cpu = cpu_seconds(proc.pid)
            for _ in range(n):
                started = time.perf_counter()
                _get(conn, path)
                latencies.append(time.perf_counter() - started)
            out[path] = ((cpu_seconds(proc.pid) - cpu) / n * 1000, statistics.median(latencies) * 1000)
        conn.close()
        return out
    finally:
        proc.terminate()
        proc.wait(10)


def _connect(port: int, timeout: float = 60) -> http.client.HTTPConnection:
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            _get(conn, "/-/status.json")
            return conn
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def _get(conn: http.client.HTTPConnection, path: str) -> None:
    conn.request("GET", path)
    response = conn.getresponse()
    response.read()
    if response.status != 200:
        raise RuntimeError(f"{path}: {response.status}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("archive", type=Path)
    parser.add_argument("--paths", nargs="+", default=["/-/status.json", "/.json", "/"])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--settings", help="comma-separated names' beginnings (default: all)")
    args = parser.parse_args(argv)
    chosen = {k: v for k, v in SETTINGS.items()
              if not args.settings or any(k.startswith(s) for s in args.settings.split(","))}
    print(f"load average {os.getloadavg()[0]:.1f}")
    print("| Setting | " + " | ".join(f"`{p}` CPU ms / p50 ms" for p in args.paths) + " |")
    print("| --- | " + " | ".join("---" for _ in args.paths) + " |")
    for name, (http_impl, loop) in chosen.items():
        found = measure(args.archive, http_impl, loop, args.paths, args.n)
        print(f"| {name} | " + " | ".join(f"{found[p][0]:.3f} / {found[p][1]:.2f}" for p in args.paths) + " |",
              flush=True)


if __name__ == "__main__":
    main()
