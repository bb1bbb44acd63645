"""The `protokoll` command: thin commands that parse options, call the library and print.

One module per command group; each defines its commands without knowing the
group, and they are added to :func:`main` here: no command module imports
``main`` or this package (what they share, ``--db``, ``--json`` and sessions
on the archive, is in :mod:`.options`), so there is no import circle.
A new command: a module here with a ``@click.command()``, and one entry in
the list below.
"""

from __future__ import annotations

import click

from .. import __version__
from . import archive, demo, export, ingest, link, people, remind, render, repair, search, serve, show, user


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="protokoll")
def main() -> None:
    """Protokoll reads the minutes, protocols and agendas of Swedish municipal
    bodies into structured meeting records, stores them and exports them."""


for _command in (ingest.ingest, link.link, export.export, show.show, demo.demo, people.people, people.orgs,
                 archive.meetings, archive.cases, archive.assignments, search.search_command, serve.serve,
                 repair.repair, render.render, user.user, remind.remind):
    main.add_command(_command)
