"""`protokoll link`: link the archive and write what it decides as rows."""

from __future__ import annotations

import click

from . import words
from .options import db_option, sessions


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def link(db: str | None, as_json: bool) -> None:
    """Link the archive (meetings, cases, people, organisations, assignments) and store the answer.

    `ingest` does this at the end of every batch that stored something, and
    the web app and the other commands read the stored rows. Prints, per
    table, how many rows were inserted, updated, unchanged and deleted: a
    relink of unchanged data changes nothing, and a row that stays keeps its
    id (and its URL).
    """
    import json

    from ..linking import relink

    with sessions(db, create=False)() as session:
        report = relink(session)
        session.commit()
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(f"arkivet länkat på {report.seconds:.1f} s (generation {report.generation})")
    for table, count in report.tables.items():
        click.echo(f"  {table}: {count.inserted} tillagda, {count.updated} uppdaterade, "
                   f"{count.unchanged} oförändrade, {count.deleted} borttagna")
    if report.redirects:
        click.echo(f"  {words.count(report.redirects, 'sammanslagen person', 'sammanslagna personer')}: "
                   "gamla adresser leder till de nya")
    for u in report.unapplied:
        click.echo(f"inte tillämpad: {u['kind']}-rättelse {u['id']} ({u['action']} {u['subject']}): {u['reason']}")
