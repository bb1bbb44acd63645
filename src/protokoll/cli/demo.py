"""`protokoll demo`: the bundled example archive, ingested and served."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from ..read import DEFAULT_MAX_BYTES
from .options import db_option, sessions


@click.command()
@db_option
@click.option("--serve/--no-serve", default=True, show_default=True,
              help="Start the web app on the demo database when the examples are read.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address the web app listens on (0.0.0.0: every interface).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port of the web app.")
def demo(db: str | None, serve: bool, host: str, port: int) -> None:
    """Ingest the bundled example archive into a local database, say what to try next and serve it."""
    from ..workers import start_server

    start_server()  # the workers' imports run while this process imports the store and opens the archive
    from ..ingest import Report, ingest_paths
    from .ingest import progress_bar

    db = db or "protokoll-demo.sqlite"
    folder = examples_dir()
    report = Report(emit=lambda line: click.echo(line, err=True))
    with progress_bar(report) as progress:
        ingest_paths(sessions(db, create=True), [folder], DEFAULT_MAX_BYTES, progress=progress, report=report)
    click.echo(f"The example archive ({folder}): {report.line()}")
    env = "" if os.environ.get("PROTOKOLL_DB") else f"PROTOKOLL_DB={db} "
    click.echo("\nTry next:")
    click.echo(f"  {env}protokoll show 2025-01-30")
    click.echo(f"  {env}protokoll search teknikdagen")
    click.echo(f"  {env}protokoll assignments --today 2025-06-01")
    click.echo(f"  {env}protokoll export --out records/")
    if report.failures:
        sys.exit(1)
    if serve:
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        click.echo(f"  open http://{shown}:{port}/ in a browser\n")
        from .serve import run_server

        run_server(host, port, db)


def examples_dir() -> Path:
    """The `examples/` folder of the checkout this package was installed from."""
    for base in Path(__file__).resolve().parents:
        candidate = base / "examples"
        if (candidate / "README.md").exists():
            return candidate
    raise click.ClickException("the example archive is not installed: run from a checkout (pip install -e .)")
