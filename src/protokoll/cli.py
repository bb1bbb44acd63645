"""The `protokoll` command. It wires the stages together and formats their output; nothing more."""

from __future__ import annotations

import os
import signal
import sys
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .batch import Report, ingest_paths  # noqa: F401  (the ingest API: tests, benchmarks, demo)
from .read import DEFAULT_MAX_BYTES

db_option = click.option(
    "--db", envvar="PROTOKOLL_DB", default=None, metavar="URL|PATH",
    help="Database: a SQLAlchemy URL (sqlite:///file, postgresql+psycopg://...) or a file path. "
         "Default: $PROTOKOLL_DB or ./protokoll.sqlite.")


def _sessions(db: str | None, create: bool = True):
    """Sessions on the archive ``db``. Commands that only read pass ``create=False``: a SQLite file that
    does not exist is then an error (a mistyped ``--db`` must not answer from a new, empty archive).
    An unreachable database is one line."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import OperationalError

    from .store.db import database_url, session_factory

    url = database_url(db)
    parsed = make_url(url)
    path = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if path and path != ":memory:" and not create and not Path(path).exists():
        raise click.ClickException(f"no archive at {path} (the file does not exist); "
                                   "`protokoll ingest FILES --db ...` creates one")
    try:
        return session_factory(url)
    except OperationalError as err:
        first = str(err.orig or err).strip().splitlines()[0] if str(err.orig or err).strip() else type(err).__name__
        raise click.ClickException(f"cannot open the database {parsed.render_as_string(hide_password=True)}: "
                                   f"{first}") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="protokoll")
def main() -> None:
    """Protokoll reads the minutes, protocols and agendas of Swedish municipal
    bodies into structured meeting records, stores them and exports them."""


def _ingest_options(f):
    """The limits of `ingest`: per file, and how many files at once."""
    from .workers import Limits, default_jobs

    limits = Limits()
    options = [
        click.option("--max-size", default=DEFAULT_MAX_BYTES // 1_000_000, show_default=True, metavar="MB",
                     type=click.IntRange(1), help="Refuse files larger than this many megabytes."),
        click.option("--file-timeout", default=limits.seconds, show_default=True, metavar="SECONDS",
                     type=click.FloatRange(0, min_open=True),
                     help="Stop reading a file after this many seconds; it fails, the batch goes on."),
        click.option("--file-memory", default=limits.megabytes, show_default=True, metavar="MB",
                     type=click.IntRange(64),
                     help="Memory (address space) one file may take to read; over it, the file fails."),
        click.option("--jobs", default=default_jobs(), show_default="usable CPUs, at most 4", metavar="N",
                     type=click.IntRange(1, 64), help="Files read at once, each in its own worker process."),
        click.option("--follow-links", is_flag=True,
                     help="Follow symbolic links that lead outside the folder given (refused by default)."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@_ingest_options
def ingest(paths: tuple[Path, ...], db: str | None, max_size: int, file_timeout: float,
           file_memory: int, jobs: int, follow_links: bool) -> None:
    """Read documents (files or folders, recursively) into the database.

    Only regular files are read. Each file is read in a worker process under a
    time and a memory limit. A file that cannot be read (missing, unreadable,
    damaged, a FIFO or device, a link loop or a link leading outside the
    folder given, over a limit) is named on standard error the moment it
    fails, as one line `file: reason`, and the batch goes on. At the end: the
    counts inserted / updated / unchanged / failed. Exits with status 1 if any
    entry failed, after storing all the others; 130 when interrupted.
    """
    from .batch import Report
    from .workers import Limits

    report = Report(emit=lambda line: click.echo(line, err=True))
    limits = Limits(seconds=file_timeout, megabytes=file_memory, jobs=jobs)
    try:
        with _terminated_as_interrupt():
            ingest_paths(_sessions(db, create=True), list(paths), max_size * 1_000_000, progress=sys.stderr.isatty(),
                         limits=limits, report=report, follow_links=follow_links)
    except KeyboardInterrupt:
        click.echo(f"{report.line()} (interrupted)")
        sys.exit(130)
    click.echo(report.line())
    if report.failures:
        sys.exit(1)


@contextmanager
def _terminated_as_interrupt():
    """SIGTERM ends the batch like Ctrl-C: workers stopped, the counts so far printed."""
    def stop(_signum, _frame):
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (an embedding application): leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@main.command()
@db_option
@click.option("--force", is_flag=True, help="Link again even when the stored answer is current.")
def link(db: str | None, force: bool) -> None:
    """Link the archive (meetings, cases, people, organisations) and store the answer.

    `ingest` does this at the end of every batch that stored something, and the
    web app and the other commands load the stored answer. Run it by hand
    after an upgrade (the first reader would link otherwise) or to time it.
    """
    import time

    from .linking import refresh
    from .store.links import snapshot_info

    started = time.perf_counter()
    with _sessions(db, create=False)() as session:
        linked = refresh(session, force)
        info = snapshot_info(session)
    if linked:
        click.echo(f"linked the archive in {time.perf_counter() - started:.1f} s")
    else:
        made = info.made_at.isoformat(timespec="seconds") if info else "?"
        click.echo(f"the stored link answer is current (made {made} UTC)")


@main.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write NAME.json files into (created if missing).")
@db_option
def export(out: Path, db: str | None) -> None:
    """Write every stored meeting as meeting-record/1 JSON, one NAME.json per source document."""
    from .export import export_json

    with _sessions(db, create=False)() as session:
        written = export_json(session, out)
    click.echo(f"{len(written)} records written to {out}")


@main.command()
@click.argument("key")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the meeting-record/1 JSON instead.")
def show(key: str, db: str | None, as_json: bool) -> None:
    """Show one meeting, by ISO date (2019-01-29), id or source file name stem."""
    from .export import record_json
    from .show import format_record
    from .store import find_meetings, record_of

    with _sessions(db, create=False)() as session:
        found = find_meetings(session, key)
        if not found:
            raise click.ClickException(f"no meeting matches {key!r}")
        if len(found) > 1 and not as_json:
            click.echo(f"{len(found)} meetings match {key!r}:")
            for m in found:
                click.echo(f"  {m.id:>5}  {m.date or m.year or '?':<10}  {m.document.name}")
            return
        for m in found:
            rec = record_of(m)
            click.echo(record_json(rec) if as_json else format_record(rec, m.id))


@main.command()
@db_option
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="Start the web app on the demo database when the examples are read.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port of the web app.")
def demo(db: str | None, serve: bool, port: int) -> None:
    """Ingest the bundled example archive into a local database, say what to try next and serve it."""
    from .examples import examples_dir

    db = db or "protokoll-demo.sqlite"
    folder = examples_dir()
    report = ingest_paths(_sessions(db, create=True), [folder], DEFAULT_MAX_BYTES, progress=sys.stderr.isatty(),
                          report=Report(emit=lambda line: click.echo(line, err=True)))
    click.echo(f"Exempelarkivet ({folder}): {report.line()}")
    env = "" if os.environ.get("PROTOKOLL_DB") else f"PROTOKOLL_DB={db} "
    click.echo("\nTry next:")
    click.echo(f"  {env}protokoll show 2025-01-30")
    click.echo(f"  {env}protokoll search teknikdagen")
    click.echo(f"  {env}protokoll assignments --today 2025-06-01")
    click.echo(f"  {env}protokoll export --out records/")
    if report.failures:
        sys.exit(1)
    if serve:
        click.echo(f"  open http://127.0.0.1:{port}/ in a browser\n")
        from .commands.serve import run_server

        run_server("127.0.0.1", port, db)


from .commands import people as _people  # noqa: E402,F401
from .commands import archive as _archive  # noqa: E402,F401
from .commands import search as _search  # noqa: E402,F401
from .commands import serve as _serve  # noqa: E402,F401
from .commands import repair as _repair  # noqa: E402,F401
from .commands import render as _render  # noqa: E402,F401
from .commands import user as _user  # noqa: E402,F401
from .commands import remind as _remind  # noqa: E402,F401
