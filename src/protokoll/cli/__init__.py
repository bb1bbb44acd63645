"""The `protokoll` command: thin commands that parse options, call the library and print.

One module per command group; each defines its commands without knowing the
group, and they are listed in :data:`COMMANDS` here: no command module imports
``main`` or this package (what they share, ``--db``, ``--json`` and sessions
on the archive, is in :mod:`.options`), so there is no import circle.
A new command: a module here with a ``@click.command()``, and one entry in
:data:`COMMANDS`.

A command's module is imported when the command is run (or listed by
``--help``), not at start: ``protokoll ingest`` does not load the web server,
the query layer or the renderers (``python -X importtime -m protokoll ...``).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, MutableMapping

import click

from .. import __version__

#: command name -> "module:function" of this package (``--help`` lists them by name)
COMMANDS = {
    "ingest": "ingest:ingest", "link": "link:link", "export": "export:export", "show": "show:show",
    "demo": "demo:demo", "people": "people:people", "orgs": "people:orgs", "meetings": "archive:meetings",
    "cases": "archive:cases", "assignments": "archive:assignments", "search": "search:search_command",
    "serve": "serve:serve", "repair": "repair:repair", "render": "render:render", "user": "user:user",
    "remind": "remind:remind",
}


class _Commands(MutableMapping):
    """``Group.commands`` whose commands are imported on first use."""

    def __init__(self, where: dict[str, str]) -> None:
        self.where, self.loaded = dict(where), {}

    def __getitem__(self, name: str) -> click.Command:
        if name not in self.loaded:
            module, attr = self.where[name].split(":")
            self.loaded[name] = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
        return self.loaded[name]

    def __setitem__(self, name: str, command: click.Command) -> None:
        self.where.setdefault(name, "")
        self.loaded[name] = command

    def __delitem__(self, name: str) -> None:
        del self.where[name]
        self.loaded.pop(name, None)

    def __iter__(self) -> Iterator[str]:
        return iter(self.where)

    def __len__(self) -> int:
        return len(self.where)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="protokoll")
def main() -> None:
    """Protokoll reads the minutes, protocols and agendas of Swedish municipal
    bodies into structured meeting records, stores them and exports them."""


main.commands = _Commands(COMMANDS)
