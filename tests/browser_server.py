"""A real `protokoll serve` on a free loopback port, and headless Chromium to look at it.

Used by tests/test_browser.py and bench/web.py. Run as a script it refreshes the
reference screenshots of the example archive:

    .venv/bin/python tests/browser_server.py --screenshots docs/screenshots

The flow tests (authoring, justering, rättelse) refresh theirs when run with
PROTOKOLL_SCREENSHOTS=1; otherwise they write into their own temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
CHROMIUM = Path("/usr/bin/chromium")


def require_browser() -> None:
    """Skip the calling test module without Chromium or Playwright; as root (CI, which installs them) fail."""
    import pytest

    if not CHROMIUM.exists():
        if os.geteuid() == 0:
            raise RuntimeError(f"{CHROMIUM} is missing although we are root: run scripts/install-system-deps.sh")
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)", allow_module_level=True)
    pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[test]')")
#: Debian's Chromium, headless; no sandbox (CI runs as root), no network beyond our loopback server.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
VIEWPORT = {"width": 1280, "height": 900}
SHOTS_ENV = "PROTOKOLL_SCREENSHOTS"  #: set to 1 to let the browser tests refresh docs/screenshots


def shot_path(name: str, tmp_path: Path) -> Path:
    """Where a browser test saves its screenshot: docs/screenshots only when asked, else the test's own folder.

    A test run must not change the checkout; `PROTOKOLL_SCREENSHOTS=1 make test` refreshes the reference shots.
    """
    folder = ROOT / "docs" / "screenshots" if os.environ.get(SHOTS_ENV) == "1" else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  #: loopback never goes through a proxy


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ingest(folders: list[Path], url: str) -> None:
    """Build the database at ``url`` with the same function `protokoll ingest` uses."""
    from protokoll.ingest import ingest_paths
    from protokoll.store.db import open_sessions
    from protokoll.read import DEFAULT_MAX_BYTES

    report = ingest_paths(open_sessions(url), list(folders), DEFAULT_MAX_BYTES)
    if report.failures:
        raise RuntimeError(f"ingest failed: {report.failures}")


def _command() -> list[str]:
    """The installed `protokoll` script beside this Python, else the same entry point through -c."""
    script = Path(sys.executable).parent / "protokoll"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-c", "from protokoll.cli import main; main()"]


class _PortTaken(Exception):
    """The server could not bind its port: something else took it after it was chosen."""


def listens(pids: list[int], port: int) -> bool:
    """Whether one of ``pids`` holds a socket listening on TCP ``port`` (Linux /proc; elsewhere: assumed)."""
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        return True
    sockets = set()
    for table in tables:
        for line in table.read_text().splitlines()[1:] if table.exists() else []:
            fields = line.split()
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:  # 0A: LISTEN
                sockets.add(f"socket:[{fields[9]}]")
    return any(link in sockets for pid in pids for link in _fd_links(pid))


def _fd_links(pid: int) -> list[str]:
    """What the open files of process ``pid`` are ("socket:[inode]", paths); those closed meanwhile left out."""
    links = []
    try:
        fds = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:  # the process ended
        return []
    for fd in fds:
        try:
            links.append(os.readlink(fd))
        except OSError:
            continue
    return links


class Server:
    """One `protokoll serve` subprocess; its log goes to a file (a full pipe would stall it)."""

    def __init__(self, db_url: str, port: int | None = None, log: Path | None = None,
                 memory_limit: int | None = None, env: dict[str, str] | None = None,
                 workers: int | None = None) -> None:
        self.db_url = db_url
        self.workers = workers  #: `protokoll serve --workers`; None: its default (one per CPU)
        self.env = {**os.environ, **(env or {})}
        self.memory_limit = memory_limit  #: bytes of address space; past it the server fails, not the machine
        self.fixed_port = port is not None  #: the caller's port: not changed when taken
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = log or Path(tempfile.mkstemp(prefix="protokoll-serve-", suffix=".log")[1])
        self.proc: subprocess.Popen | None = None

    def start(self, timeout: float = 60.0, ready: str = "/-/status.json") -> dict:
        """Start and wait until ``ready`` (a JSON URL) answers; /-/status.json also links the archive.

        The port was free when chosen, not when the server binds it a second later: a server of another
        test (another xdist worker, another checkout on the machine) may take it first. Then this one
        exits ("address already in use") and is started again on another port; and an answer on the port
        counts only once this server's own processes listen there (else it was the other server's)."""
        for attempt in range(3):
            try:
                return self._start(timeout, ready)
            except _PortTaken:
                if self.fixed_port or attempt == 2:
                    raise RuntimeError(f"port {self.port} is taken:\n{self.output()}") from None
                self.port = free_port()
                self.base = f"http://127.0.0.1:{self.port}"
        raise AssertionError("unreachable")

    def _start(self, timeout: float, ready: str) -> dict:
        workers = ["--workers", str(self.workers)] if self.workers else []
        with open(self.log, "wb") as out:
            self.proc = subprocess.Popen(
                _command() + ["serve", "--host", "127.0.0.1", "--port", str(self.port), "--db", self.db_url,
                              *workers],
                stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=self.env,
                preexec_fn=self._limit)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                if "address already in use" in self.output().lower():
                    raise _PortTaken()
                raise RuntimeError(f"protokoll serve exited with {self.proc.returncode}:\n{self.output()}")
            try:
                with _DIRECT.open(self.base + ready, timeout=max(1.0, deadline - time.monotonic())) as r:
                    answer = json.loads(r.read())
                if listens(self.pids(), self.port):
                    return answer
                time.sleep(0.1)  # another server's answer: this one exits once it fails to bind
            except urllib.error.HTTPError as err:
                if not listens(self.pids(), self.port):
                    time.sleep(0.1)
                    continue
                self.stop()
                raise RuntimeError(f"{ready} answered {err.code}:\n{self.output()}") from None
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"protokoll serve did not answer within {timeout:.0f} s:\n{self.output()}")

    def _limit(self) -> None:
        if self.memory_limit:
            import resource

            resource.setrlimit(resource.RLIMIT_AS, (self.memory_limit, self.memory_limit))

    def pids(self) -> list[int]:
        """The server's processes: the one started and, with several workers, its worker processes."""
        if self.proc is None or self.proc.poll() is not None:
            return []
        found, todo = [], [self.proc.pid]
        while todo:
            pid = todo.pop()
            found.append(pid)
            try:
                children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
            except OSError:
                continue
            todo += [int(c) for c in children]
        return found

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:] if self.log.exists() else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)

    def __enter__(self) -> "Server":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()


@contextmanager
def chromium():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield browser
        finally:
            browser.close()


#: The reference screenshots: file name -> (path, what must be on the page before the shot).
SCREENSHOTS = {
    "start.png": ("/", "section#senaste"),
    "meeting.png": ("/moten/2024-06-12", "section#punkter"),  # redirects to the board's protocol
    "meeting-text.png": ("/moten/2025-01-30#punkt-3", "article#punkt-3 .item-text p"),  # an item's text
    "search.png": ("/sok?q=Teknikdagen", "ol.hits li.hit mark"),
    "register.png": ("/uppdrag", "#register table"),
}


def take_screenshots(browser, base: str, out: Path, viewport: dict | None = None) -> list[Path]:
    """The start page, a meeting (its top, and an item with its text), search results and the
    assignment register, as PNGs in ``out``.

    At another ``viewport`` than the desktop one (a phone: 390 px), the names end in the width
    ("start-390.png"); each shot is what the screen shows first.
    """
    out.mkdir(parents=True, exist_ok=True)
    phone = viewport is not None and viewport != VIEWPORT
    page = browser.new_page(viewport=viewport or VIEWPORT, locale="sv-SE")
    written = []
    try:
        for name, (path, ready) in SCREENSHOTS.items():
            page.goto(base + path)
            page.locator(ready).first.wait_for()
            target = out / (name.replace(".png", f"-{viewport['width']}.png") if phone else name)
            page.screenshot(path=str(target), full_page=False)
            written.append(target)
    finally:
        page.close()
    return written


def examples_db(folder: Path) -> str:
    """A SQLite database in ``folder`` holding the ingested example archive."""
    url = f"sqlite:///{folder / 'examples.sqlite'}"
    ingest([EXAMPLES], url)
    return url


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--screenshots", type=Path, required=True, help="folder for the PNGs")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="protokoll-shots-"))
    try:
        with Server(examples_db(work), log=work / "serve.log") as server, chromium() as browser:
            for viewport in (VIEWPORT, {"width": 390, "height": 844}):
                for path in take_screenshots(browser, server.base, args.screenshots, viewport):
                    print(path)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A real `protokoll serve` over the example archive, one per test session (per xdist worker): the
    browser tests that use it only read (tests/conftest.py offers it to every module)."""
    folder = tmp_path_factory.mktemp("browser")
    with Server(examples_db(folder), log=folder / "serve.log") as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright, one per test module (tests/conftest.py offers it to every
    module). Not per session: Playwright's sync API runs one instance per thread at a time, and other
    modules start their own with :func:`chromium`."""
    with chromium() as b:
        yield b
