"""`protokoll render MEETING`: one meeting as a DOCX, PDF or HTML document."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from .options import db_option, sessions
from .words import count


@click.command()
@click.argument("meeting")
@click.option("--format", "fmt", type=click.Choice(["docx", "pdf", "html"]), default=None,
              help="Document format. Default: the suffix of --out.")
@click.option("--out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (replaced if it exists).")
@click.option("--template", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Your own template: a .docx with docxtpl tags for docx, a Jinja2 .html for html and pdf. "
                   "Default: the built-in template of the meeting's kind (dagordning, minnesanteckningar, protokoll).")
@click.option("--anslag", "posted", type=click.DateTime(["%Y-%m-%d"]), default=None, metavar="YYYY-MM-DD",
              help="Protocols of bodies under kommunallagen: the day the justering is announced on the "
                   "anslagstavla. Adds the ANSLAG/BEVIS block (last day for appeal three weeks later, "
                   "13 kap. 5 § KL).")
@click.option("--forvaringsplats", default=None, metavar="TEXT",
              help="With --anslag: where the protocol is kept (förvaringsplats för protokollet).")
@db_option
def render(meeting: str, fmt: str | None, out: Path, template: Path | None, posted: dt.datetime | None,
           forvaringsplats: str | None, db: str | None) -> None:
    """Render one meeting as a document: MEETING as `show` takes it (ISO date, id or file name stem),
    or a meeting-record/1 .json file.

    The built-in templates write the words Swedish documents use ("Datum:", "§ 14",
    "Föredragande:", "Beslut", "att ..."), so `protokoll ingest` reads the document
    back to the record it came from (bench/render.py measures how closely).
    """
    from ..render import Anslag, RenderError
    from ..render import render as render_record

    fmt = fmt or out.suffix.lower().lstrip(".")
    if fmt not in ("docx", "pdf", "html"):
        raise click.UsageError("give --format docx|pdf|html (the suffix of --out is none of them)")
    record = _record(meeting, db)
    anslag = Anslag(posted.date(), forvaringsplats) if posted else None
    if anslag and record.get("kind") != "protocol":
        raise click.UsageError("--anslag belongs to a protocol; this meeting's record is not one")
    try:
        data = render_record(record, fmt, template=template, anslag=anslag)
    except RenderError as err:
        raise click.ClickException(str(err)) from None
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    click.echo(f"{out} ({fmt}, {len(data) / 1000:.0f} kB)")


def _record(meeting: str, db: str | None) -> dict:
    """The stored record MEETING names, or the record in a .json file."""
    path = Path(meeting)
    if path.suffix.lower() == ".json" and path.is_file():
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            raise click.ClickException(f"{path}: not a meeting-record/1 JSON file ({err})") from None
    from ..store import find_meetings, record_of

    with sessions(db, create=False)() as session:
        found = find_meetings(session, meeting)
        if not found:
            raise click.ClickException(f"no meeting matches {meeting!r}")
        if len(found) > 1:
            names = ", ".join(f"{m.id} ({m.document.name})" for m in found)
            raise click.ClickException(f"{count(len(found), 'meeting')} match {meeting!r}: {names}; give the id")
        return record_of(found[0])
