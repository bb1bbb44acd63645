"""What the commands share: the ``--db`` and ``--json`` options and sessions on the archive."""

from __future__ import annotations

import click

db_option = click.option(
    "--db", envvar="PROTOKOLL_DB", default=None, metavar="URL|PATH",
    help="Database: a SQLAlchemy URL (sqlite:///file, postgresql+psycopg://...) or a file path. "
         "Default: $PROTOKOLL_DB or ./protokoll.sqlite.")

json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")


def sessions(db: str | None, create: bool = True):
    """Sessions on the archive ``db`` (:func:`protokoll.store.db.open_sessions`); a database that cannot be
    opened is a one-line error. Commands that only read pass ``create=False``."""
    from ..store.db import ArchiveUnavailable, open_sessions

    try:
        return open_sessions(db, create)
    except ArchiveUnavailable as err:
        raise click.ClickException(str(err)) from None
