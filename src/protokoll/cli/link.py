"""`protokoll link`: link the archive and store the answer."""

from __future__ import annotations

import click

from .options import db_option, sessions


@click.command()
@db_option
@click.option("--force", is_flag=True, help="Link again even when the stored answer is current.")
def link(db: str | None, force: bool) -> None:
    """Link the archive (meetings, cases, people, organisations) and store the answer.

    `ingest` does this at the end of every batch that stored something, and the
    web app and the other commands load the stored answer. Run it by hand
    after an upgrade (the first reader would link otherwise) or to time it.
    """
    import time

    from ..linking import refresh
    from ..store.links import snapshot_info

    started = time.perf_counter()
    with sessions(db, create=False)() as session:
        linked = refresh(session, force)
        info = snapshot_info(session)
    if linked:
        click.echo(f"linked the archive in {time.perf_counter() - started:.1f} s")
    else:
        made = info.made_at.isoformat(timespec="seconds") if info else "?"
        click.echo(f"the stored link answer is current (made {made} UTC)")
