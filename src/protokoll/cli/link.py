"""`protokoll link`: link the archive and write what it decides as rows."""

from __future__ import annotations

import click

from .options import db_option, sessions


@click.command()
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
@click.option("--full", is_flag=True, help="Relink every organisation and person, not only what changed.")
def link(db: str | None, as_json: bool, full: bool) -> None:
    """Link the archive (meetings, cases, people, organisations, assignments) and store the answer.

    `ingest` does this at the end of every batch that stored something, and
    the web app and the other commands read the stored rows. Prints, per
    table, how many rows were inserted, updated, unchanged and deleted: a
    relink of unchanged data changes nothing, and a row that stays keeps its
    id (and its URL).

    Only the organisations and people touched by meetings added or removed
    since the last relink are relinked; `--full` relinks everything (it also
    reconciles the few things an incremental relink leaves: a new person's
    name in an older document's text, see `protokoll.linking.people`).
    """
    import json

    from ..linking import relink

    with sessions(db, create=False)() as session:
        report = relink(session, full=full)
        session.commit()
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    if report.scope == "unchanged":
        click.echo(f"nothing changed since the last relink (generation {report.generation})")
        return
    click.echo(f"linked the archive in {report.seconds:.1f} s (generation {report.generation}; {report.scope})")
    for table, count in report.tables.items():
        click.echo(f"  {table}: {count}")
    if report.redirects:
        click.echo(f"  {count(report.redirects, 'merged person', 'merged people')}: old addresses lead to the new")
    for u in report.unapplied:
        click.echo(f"not applied: {u['kind']} correction {u['id']} ({u['action']} {u['subject']}): {u['reason']}")
