"""The `protokoll` command. It wires the stages together and formats their output; nothing more."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click

from . import __version__
from .read import DEFAULT_MAX_BYTES

db_option = click.option(
    "--db", envvar="PROTOKOLL_DB", default=None, metavar="URL|PATH",
    help="Database: a SQLAlchemy URL (sqlite:///file, postgresql+psycopg://...) or a file path. "
         "Default: $PROTOKOLL_DB or ./protokoll.sqlite.")


def _sessions(db: str | None):
    from .store.db import database_url, session_factory
    return session_factory(database_url(db))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="protokoll")
def main() -> None:
    """Protokoll reads the minutes, protocols and agendas of Swedish municipal
    bodies into structured meeting records, stores them and exports them."""


@dataclass
class Report:
    """What one ingest run did, per outcome."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("inserted", "updated", "unchanged", "failed"), 0))
    failures: list[tuple[str, str]] = field(default_factory=list)

    def line(self) -> str:
        return ", ".join(f"{v} {k}" for k, v in self.counts.items())


def ingest_paths(sessions, paths: list[Path], max_bytes: int, progress: bool = False) -> Report:
    """Process and store every document under ``paths``; one transaction per file."""
    from .pipeline import ProcessError, collect, load, process
    from .store import find_by_hash, known_bodies, save
    from .store.originals import keep_original

    report = Report()
    files = collect(paths)
    with sessions() as session:
        known = known_bodies(session)  # read once per batch, then kept up to date below
    for path in _progress(files, progress):
        try:
            data, sha = load(path, max_bytes)
            with sessions() as session:
                if find_by_hash(session, sha) is not None:
                    keep_original(session, sha, data)  # fills in bytes stored before they were kept
                    session.commit()
                    report.counts["unchanged"] += 1
                    continue
                incoming = process(path, data, sha, max_bytes, known)
                status = save(session, incoming)
                session.commit()
            report.counts[status] += 1
            rec = incoming.record
            if rec.organization:
                known.append((rec.organization, rec.body, rec.date,
                              rec.next_meeting.date if rec.next_meeting else None))
        except ProcessError as err:
            report.counts["failed"] += 1
            report.failures.append((str(path), str(err)))
        except Exception as err:  # a bug must not cost the rest of the batch
            report.counts["failed"] += 1
            report.failures.append((str(path), f"internal error ({type(err).__name__}: {err})"))
    if report.counts["inserted"] or report.counts["updated"]:
        _link(sessions, report)
    return report


def _link(sessions, report: Report) -> None:
    """Link the archive once for the batch and store the answer (the web app loads it)."""
    from .linking import refresh

    try:
        with sessions() as session:
            refresh(session)
    except Exception as err:  # the documents are stored; the first reader links instead
        report.failures.append(("(linking)", f"internal error ({type(err).__name__}: {err})"))


def _progress(files: list[Path], enabled: bool):
    if not enabled or len(files) < 2:
        yield from files
        return
    from rich.console import Console
    from rich.progress import Progress

    with Progress(console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("Läser dokument", total=len(files))
        for f in files:
            yield f
            bar.advance(task)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@db_option
@click.option("--max-size", default=DEFAULT_MAX_BYTES // 1_000_000, show_default=True, metavar="MB",
              help="Refuse files larger than this many megabytes.")
def ingest(paths: tuple[Path, ...], db: str | None, max_size: int) -> None:
    """Read documents (files or folders, recursively) into the database.

    Ends with a report: inserted / updated / unchanged / failed, and one line
    `file: reason` per failure. Exits with status 1 if any file failed, after
    storing all the others.
    """
    report = ingest_paths(_sessions(db), list(paths), max_size * 1_000_000,
                          progress=sys.stderr.isatty())
    for name, reason in report.failures:
        click.echo(f"{name}: {reason}", err=True)
    click.echo(report.line())
    if report.failures:
        sys.exit(1)


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
    with _sessions(db)() as session:
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

    with _sessions(db)() as session:
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

    with _sessions(db)() as session:
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
    report = ingest_paths(_sessions(db), [folder], DEFAULT_MAX_BYTES, progress=sys.stderr.isatty())
    for name, reason in report.failures:
        click.echo(f"{name}: {reason}", err=True)
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
