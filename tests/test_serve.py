"""`protokoll serve` as deployed: worker processes, freshness bound, templates, connections.

A real server with two worker processes is started over the example archive
(SQLite always, PostgreSQL too when $PROTOKOLL_TEST_PG is reachable) and
fetched from concurrent keep-alive connections. The rest checks the pieces in
process: the "has the data changed" throttle, template reloading, the
SQLite connection pool and pragmas, and the serve command's options.
"""

from __future__ import annotations

import http.client
import json
import re
import shutil
import threading
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from browser_server import Server, ingest
from conftest import ROOT
from protokoll.web.app import create_app
from protokoll.web.state import Recent

EXAMPLES = ROOT / "examples"
FIRST = "2024-02-08-minnesanteckningar.txt"
SECOND = "2024-06-12-styrelsen-protokoll.txt"


# --- a real server with two workers ------------------------------------------------------------

def _get(conn: http.client.HTTPConnection, path: str) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    conn.request("GET", path)
    response = conn.getresponse()
    return response.status, response.read(), time.perf_counter() - started


def _workers(server: Server) -> list[int]:
    """The worker processes: children of the server process other than multiprocessing's helpers."""
    out = []
    for pid in server.pids()[1:]:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
        if b"resource_tracker" not in cmdline:
            out.append(pid)
    return out


def test_two_workers_serve_concurrent_keep_alive_clients(database_url, tmp_path):
    ingest([EXAMPLES], database_url)
    with Server(database_url, log=tmp_path / "serve.log", workers=2) as server:
        workers = _workers(server)
        assert len(workers) == 2, server.output()
        paths = ["/", "/moten", "/moten/1", "/moten/5.json", "/sok?q=teknikdagen", "/uppdrag", "/-/status.json"]
        answers: list[tuple[str, int, bytes]] = []
        lock = threading.Lock()

        def client(k: int) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
            try:
                for path in paths[k % len(paths):] + paths[:k % len(paths)]:
                    status, body, _ = _get(conn, path)
                    with lock:
                        answers.append((path, status, body))
            finally:
                conn.close()

        threads = [threading.Thread(target=client, args=(k,)) for k in range(12)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(answers) == 12 * len(paths)
        assert all(status == 200 for _, status, _ in answers), [(p, s) for p, s, _ in answers if s != 200]
        bodies = {p: {b for q, _, b in answers if q == p} for p in ("/moten/5.json", "/-/status.json")}
        assert len(bodies["/moten/5.json"]) == 1  # every worker answers the same
        documents = {json.loads(b)["documents"] for b in bodies["/-/status.json"]}
        assert len(documents) == 1 and documents.pop() > 5

        deadline = time.monotonic() + 60  # a worker may still be starting when the other has answered all
        while server.output().count("Application startup complete.") < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        started = re.findall(r"Started server process \[(\d+)\]", server.output())
        assert sorted(map(int, started)) == sorted(workers)  # each worker built its own app
        assert server.output().count("Application startup complete.") == 2


def test_keep_alive_answers_do_not_wait_for_delayed_acks(tmp_path):
    """With several workers uvicorn's own socket leaves Nagle's algorithm on (+40 ms per answer)."""
    url = f"sqlite:///{tmp_path / 'one.sqlite'}"
    folder = tmp_path / "docs"
    folder.mkdir()
    shutil.copy(EXAMPLES / FIRST, folder)
    ingest([folder], url)
    with Server(url, log=tmp_path / "serve.log", workers=2) as server:
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        try:
            times = [_get(conn, "/-/status.json")[2] for _ in range(8)]
        finally:
            conn.close()
    assert min(times[1:]) < 0.030, times  # delayed ACKs would make each at least 40 ms


# --- the freshness bound ---------------------------------------------------------------------

class FakeClock:
    """``time`` as protokoll.web.state sees it: a monotonic clock that moves only when the test moves it
    (a real clock and a short interval: a machine that pauses the test that long reads again too early)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch) -> FakeClock:
    from protokoll.web import state

    fake = FakeClock()
    monkeypatch.setattr(state, "time", fake)
    return fake


def test_recent_reads_again_only_after_its_interval(clock):
    reads = []
    recent = Recent(0.25)  # (times in halves and quarters: sums exact in binary)
    assert [recent.get(lambda: reads.append(1) or len(reads)) for _ in range(3)] == [1, 1, 1]
    clock.now += 0.125
    assert recent.get(lambda: reads.append(1) or len(reads)) == 1
    clock.now += 0.125  # the interval to the day
    assert recent.get(lambda: reads.append(1) or len(reads)) == 2
    always = Recent(0)
    assert [always.get(lambda: reads.append(1) or len(reads)) for _ in range(2)] == [3, 4]


def _archive(tmp_path: Path, *names: str) -> tuple[Path, str]:
    folder = tmp_path / "docs"
    folder.mkdir(exist_ok=True)
    for name in names:
        shutil.copy(EXAMPLES / name, folder)
    url = f"sqlite:///{tmp_path / 'fresh.sqlite'}"
    ingest([folder], url)
    return folder, url


def _dates(client: TestClient) -> list[str]:
    return [m["date"] for m in client.get("/moten.json").json()["meetings"]]


def test_changes_show_after_the_recheck_interval_not_before(tmp_path, clock):
    """The interval on the app's clock (``clock``), not the wall's: however long the ingest takes, the
    answers within the interval are the old ones, and the first one past it is new."""
    folder, url = _archive(tmp_path, FIRST)
    app = create_app(url, recheck=4.0)
    client = TestClient(app)
    before = client.get("/sok.json", params={"q": "styrelsen"}).json()["total"]
    assert "2024-06-12" not in _dates(client)
    shutil.copy(EXAMPLES / SECOND, folder)
    ingest([folder], url)
    # cached search results and rendered pages (the meetings list) are keyed by the index and link
    # generations, asked once per interval
    clock.now += 3.5
    assert client.get("/sok.json", params={"q": "styrelsen"}).json()["total"] == before
    assert "2024-06-12" not in _dates(client)
    clock.now += 0.5  # the interval to the day
    assert client.get("/sok.json", params={"q": "styrelsen"}).json()["total"] > before
    assert "2024-06-12" in _dates(client)  # read from the rows: no archive is kept


def test_without_an_interval_every_request_sees_the_change(tmp_path):
    folder, url = _archive(tmp_path, FIRST)
    client = TestClient(create_app(url))  # recheck 0: what tests and the CLI's in-process uses get
    assert "2024-06-12" not in _dates(client)
    shutil.copy(EXAMPLES / SECOND, folder)
    ingest([folder], url)
    assert "2024-06-12" in _dates(client)


def test_worker_factory_reads_its_settings_from_the_environment(tmp_path, monkeypatch):
    from protokoll.web.app import RECHECK_ENV, RELOAD_ENV, app_from_environment

    _, url = _archive(tmp_path, FIRST)
    monkeypatch.setenv("PROTOKOLL_DB", url)
    monkeypatch.setenv(RECHECK_ENV, "2.5")
    monkeypatch.setenv(RELOAD_ENV, "0")
    web = app_from_environment().state.web
    assert web.recheck == 2.5 and web.templates.env.auto_reload is False
    monkeypatch.setenv(RELOAD_ENV, "1")
    monkeypatch.delenv(RECHECK_ENV)
    web = app_from_environment().state.web
    assert web.recheck == 1.0 and web.templates.env.auto_reload is True


def test_a_worker_holds_no_archive_and_every_request_closes_its_session(tmp_path, monkeypatch):
    from protokoll.web.app import app_from_environment

    _, url = _archive(tmp_path, FIRST, SECOND)
    monkeypatch.setenv("PROTOKOLL_DB", url)
    app = app_from_environment()
    client = TestClient(app)
    pool = app.state.web.database.engine.pool
    for path in ("/", "/moten", "/personer", "/uppdrag", "/arenden", "/kommuner"):
        assert client.get(path).status_code == 200
        assert pool.checkedout() == 0, path  # the request's view of the archive was closed with it
    assert not [t for t in threading.enumerate() if t.name == "warm-up"]


# --- templates, database connections ------------------------------------------------------------

def test_templates_are_not_checked_for_changes_unless_asked():
    from protokoll.web.render import make_templates

    assert make_templates().env.auto_reload is False
    assert make_templates(reload=True).env.auto_reload is True


def test_dict_lookups_in_templates_answer_as_jinja_does():
    from jinja2 import Environment, StrictUndefined, UndefinedError

    from protokoll.web.render import PageEnvironment

    source = "{{ d.title }}|{{ d.items is callable }}|{{ d['items'] }}|{{ o.title }}"
    context = {"d": {"title": "Styrelsen", "items": [1, 2]}, "o": type("O", (), {"title": "attr"})()}
    fast, plain = (cls(undefined=StrictUndefined).from_string(source) for cls in (PageEnvironment, Environment))
    assert fast.render(context) == plain.render(context) == "Styrelsen|True|[1, 2]|attr"
    with pytest.raises(UndefinedError):
        PageEnvironment(undefined=StrictUndefined).from_string("{{ d.missing }}").render(context)


def test_sqlite_connections_are_pooled_with_their_pragmas(tmp_path):
    from protokoll.store.db import SQLITE_POOL, open_engine

    engine = open_engine(f"sqlite:///{tmp_path / 'pool.sqlite'}")
    try:
        assert engine.pool.size() == SQLITE_POOL
        opened = []
        from sqlalchemy import event

        event.listen(engine, "connect", lambda *_: opened.append(1))
        for _ in range(3):
            with engine.connect() as conn:
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert len(opened) <= 1  # a returned connection is reused, its pragmas not run again
    finally:
        engine.dispose()


# --- the command -------------------------------------------------------------------------------

def test_serve_runs_uvicorn_with_the_worker_factory(tmp_path, monkeypatch):
    import uvicorn

    from protokoll.cli import serve as command

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append((app, kw)))
    for name in ("PROTOKOLL_DB", "PROTOKOLL_RECHECK_SECONDS", "PROTOKOLL_TEMPLATE_RELOAD", "PROTOKOLL_BASE_URL"):
        monkeypatch.delenv(name, raising=False)  # run_server sets them; monkeypatch restores them
    url = f"sqlite:///{tmp_path / 'cmd.sqlite'}"
    command.run_server("127.0.0.1", 0, url, workers=3, recheck=0.25)
    app, kw = calls[-1]
    assert app == command.APP and kw["factory"] and kw["workers"] == 3 and kw["access_log"] is False
    assert kw["http"].endswith(":NoDelayHTTPProtocol")
    import os

    assert os.environ["PROTOKOLL_DB"] == url and os.environ["PROTOKOLL_RECHECK_SECONDS"] == "0.25"
    assert (tmp_path / "cmd.sqlite").exists()  # migrated once, before the workers start
    command.run_server("127.0.0.1", 0, url, reload=True)
    assert calls[-1][1]["workers"] == 1 and calls[-1][1]["reload"] is True
    assert os.environ["PROTOKOLL_TEMPLATE_RELOAD"] == "1"
    command.run_server("127.0.0.1", 0, url)
    assert calls[-1][1]["workers"] == command.default_workers() >= 1
    assert os.environ["PROTOKOLL_BASE_URL"] == "http://127.0.0.1:0"  # default: the address listened on
    command.run_server("::1", 8080, url, base_url="https://protokoll.example.se")
    assert os.environ["PROTOKOLL_BASE_URL"] == "https://protokoll.example.se"
    assert command.listening_address("::1", 8080) == "http://[::1]:8080"


def test_serve_takes_the_site_address_from_its_option_or_the_environment(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from protokoll.cli import main
    from protokoll.cli import serve as command

    calls = []
    monkeypatch.setattr(command, "run_server", lambda *a, **kw: calls.append(kw["base_url"]))
    runner = CliRunner()
    db = str(tmp_path / "x.sqlite")
    assert runner.invoke(main, ["serve", "--db", db, "--base-url", "https://a.example/arkiv/"]).exit_code == 0
    assert runner.invoke(main, ["serve", "--db", db], env={"PROTOKOLL_BASE_URL": "https://b.example"}).exit_code == 0
    assert runner.invoke(main, ["serve", "--db", db], env={"PROTOKOLL_BASE_URL": ""}).exit_code == 0
    assert calls == ["https://a.example/arkiv", "https://b.example", None]
    bad = runner.invoke(main, ["serve", "--db", db, "--base-url", "evil.example"])
    assert bad.exit_code == 2 and "--base-url" in bad.output and not calls[3:]


def test_a_worker_takes_the_site_address_from_the_environment(tmp_path, monkeypatch):
    from protokoll.web.app import BASE_URL_ENV, app_from_environment

    _, url = _archive(tmp_path, FIRST)
    monkeypatch.setenv("PROTOKOLL_DB", url)
    monkeypatch.setenv(BASE_URL_ENV, "https://protokoll.example.se/")
    app = app_from_environment()
    assert app.state.web.base_url == "https://protokoll.example.se"
    feed = TestClient(app).get("/kalender.ics", headers={"Host": "evil.example"}).text
    assert "https://protokoll.example.se/moten/" in feed and "evil.example" not in feed
