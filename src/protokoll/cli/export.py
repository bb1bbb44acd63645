"""`protokoll export`: every stored meeting as meeting-record/1 JSON files."""

from __future__ import annotations

from pathlib import Path

import click

from .options import db_option, sessions
from .words import count


@click.command()
@click.option("--out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write NAME.json files into (created if missing).")
@db_option
def export(out: Path, db: str | None) -> None:
    """Write every stored meeting as meeting-record/1 JSON, one NAME.json per source document."""
    from ..export import export_json

    with sessions(db, create=False)() as session:
        written = export_json(session, out)
    click.echo(f"{count(len(written), 'record')} written to {out}")
