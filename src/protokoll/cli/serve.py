"""`protokoll serve`: the archive as a web site and JSON API."""

from __future__ import annotations

import os

import click

from .options import db_option

APP = "protokoll.web.app:app_from_environment"  #: the factory each uvicorn worker process calls


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@db_option
@click.option("--workers", type=click.IntRange(1), default=None,
              help="Server processes (each with its own database connections and caches; none holds the archive). "
                   "Default: the number of CPUs this process may use.")
@click.option("--recheck-seconds", type=click.FloatRange(0), default=1.0, show_default=True,
              help="How often each process asks whether the stored data changed: new or changed "
                   "documents show on the pages within this time (0: on every request).")
@click.option("--access-log/--no-access-log", default=False, show_default=True,
              help="Log every request (a proxy in front usually does).")
@click.option("--reload", is_flag=True,
              help="Development: re-read edited templates and restart on code changes (one process).")
@click.option("--base-url", envvar="PROTOKOLL_BASE_URL", callback=lambda _c, _p, v: _site(v), metavar="URL",
              help="The site's public address (e.g. https://protokoll.example.se), which absolute URLs in "
                   "feeds, calendars, CSV and /openapi.json start with; also $PROTOKOLL_BASE_URL. "
                   "Default: http://HOST:PORT as given here. The request's Host header is never used.")
def serve(host: str, port: int, db: str | None, workers: int | None, recheck_seconds: float,
          access_log: bool, reload: bool, base_url: str | None) -> None:
    """Serve the stored archive: HTML pages (each also as .json), calendars, feeds and CSV.

    Pages: / (start), /moten, /arenden, /personer, /kommuner, /organisationer,
    /uppdrag, /sok; /openapi.json describes every URL. Stop with Ctrl-C.
    """
    run_server(host, port, db, workers=workers, recheck=recheck_seconds, access_log=access_log, reload=reload,
               base_url=base_url)


def _site(value: str | None) -> str | None:
    """``--base-url`` checked and without a trailing slash."""
    from ..web.urls import site_address

    if not value:
        return None
    try:
        return site_address(value)
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--base-url") from None


def listening_address(host: str, port: int) -> str:
    """``http://HOST:PORT``, the site address when none is configured (IPv6 in brackets)."""
    return f"http://{f'[{host}]' if ':' in host else host}:{port}"


def default_workers() -> int:
    """One server process per CPU this process may run on (its affinity, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_server(host: str, port: int, db: str | None, *, workers: int | None = None, recheck: float = 1.0,
               access_log: bool = False, reload: bool = False, base_url: str | None = None) -> None:
    """Run the web app on ``db`` until interrupted, in ``workers`` processes (default: one per CPU).

    The schema is migrated here, once, before any worker starts (workers
    migrating a new database at the same time would race). Each worker is a
    new process (uvicorn spawns them) that builds its own app with
    :func:`protokoll.web.app.app_from_environment` from the environment set
    here: its own engine and connection pool (SQLite in WAL mode lets the
    processes read at once; PostgreSQL gets one pool per process) and its
    own caches. They share the listening socket; the kernel hands each new
    connection to one of them. ``base_url`` (default: the address listened
    on) starts every absolute URL the pages make.
    """
    import uvicorn

    from ..store.db import database_url, open_engine
    from ..web.settings import BASE_URL_ENV, RECHECK_ENV, RELOAD_ENV
    from ..web.server import PROTOCOL

    url = database_url(db)
    open_engine(url).dispose()  # migrate now; fails here, not in every worker, when the database is unusable
    os.environ.update({"PROTOKOLL_DB": url, RECHECK_ENV: repr(float(recheck)), RELOAD_ENV: "1" if reload else "0",
                       BASE_URL_ENV: base_url or listening_address(host, port)})
    count = 1 if reload else workers or default_workers()
    click.echo(f"Protokoll serves http://{host}:{port}/ with {count} process{'es' if count > 1 else ''} "
               "(Ctrl-C stops)", err=True)
    extra = {"reload": True, "reload_dirs": [os.path.dirname(os.path.dirname(__file__))]} if reload else {}
    uvicorn.run(APP, factory=True, host=host, port=port, workers=count, http=PROTOCOL, log_level="info",
                access_log=access_log, server_header=False, **extra)
