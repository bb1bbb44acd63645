"""Write docs/cli.md, the command reference, from click's own help of every command.

Run it with ``make docs`` after adding or changing a command or an option;
tests/test_docs.py fails while docs/cli.md is out of date. The output depends
on the code only: a fixed terminal width, sorted commands, no environment.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import click

OUT = Path(__file__).resolve().parent / "cli.md"
PROG = "protokoll"
WIDTH = 100  #: fixed, so wrapping never depends on the terminal running this

HEADER = """# Command reference

Generated from the code by `docs/make_cli_reference.py` (`make docs`); do not edit by hand.
Every command also prints this with `-h` / `--help`.
"""


def render() -> str:
    """The whole reference as Markdown."""
    from protokoll.cli import main

    root = _context(main, PROG, None)
    parts = [HEADER]
    for ctx in _walk(root):
        parts.append(_section(ctx))
    return "\n".join(parts)


def _context(command: click.Command, name: str, parent: click.Context | None) -> click.Context:
    settings = {**command.context_settings, "terminal_width": WIDTH, "max_content_width": WIDTH}
    return click.Context(command, info_name=name, parent=parent, **settings)


def _walk(ctx: click.Context):
    """``ctx`` and the contexts of all its visible subcommands, depth first, by name."""
    yield ctx
    command = ctx.command
    if isinstance(command, click.Group):
        for name in command.list_commands(ctx):
            sub = command.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from _walk(_context(sub, name, ctx))


def _section(ctx: click.Context) -> str:
    """One command: heading, usage, help text, arguments, options, subcommands."""
    command = ctx.command
    level = "#" * min(2 + _depth(ctx), 4)
    lines = [f"{level} {ctx.command_path}", "", "```text",
             _usage(ctx), "```", ""]
    help_text = _help_text(command)
    if help_text:
        lines += [help_text, ""]
    lines += _arguments(ctx)
    lines += _options(ctx)
    lines += _subcommands(ctx)
    return "\n".join(lines)


def _depth(ctx: click.Context) -> int:
    depth = 0
    while ctx.parent is not None:
        depth, ctx = depth + 1, ctx.parent
    return depth


def _usage(ctx: click.Context) -> str:
    formatter = ctx.make_formatter()
    ctx.command.format_usage(ctx, formatter)
    return formatter.getvalue().rstrip()


def _help_text(command: click.Command) -> str:
    """The docstring help as Markdown paragraphs (click's ``\\b`` and ``\\f`` markers honoured)."""
    text = inspect.cleandoc(command.help or "").split("\f", 1)[0]
    paragraphs = []
    for para in text.split("\n\n"):
        if para.startswith("\b\n"):
            paragraphs.append("\n".join(f"    {line}" for line in para[2:].splitlines()))
        else:
            paragraphs.append(" ".join(line.strip() for line in para.splitlines()))
    return "\n\n".join(p for p in paragraphs if p.strip())


def _arguments(ctx: click.Context) -> list[str]:
    args = [p for p in ctx.command.params if isinstance(p, click.Argument)]
    if not args:
        return []
    lines = ["Arguments:", ""]
    for arg in args:
        notes = ["required" if arg.required else "optional"]
        if arg.nargs == -1:
            notes.append("one or more" if arg.required else "any number")
        lines.append(f"- `{arg.make_metavar(ctx)}` ({', '.join(notes)})")
    return lines + [""]


def _options(ctx: click.Context) -> list[str]:
    rows = [rec for p in ctx.command.get_params(ctx)
            if isinstance(p, click.Option) and (rec := p.get_help_record(ctx)) is not None]
    if not rows:
        return []
    lines = ["| Option | Description |", "| --- | --- |"]
    lines += [f"| `{_cell(opt)}` | {_cell(help_)} |" for opt, help_ in rows]
    return lines + [""]


def _subcommands(ctx: click.Context) -> list[str]:
    command = ctx.command
    if not isinstance(command, click.Group):
        return []
    lines = ["| Command | Summary |", "| --- | --- |"]
    for name in command.list_commands(ctx):
        sub = command.get_command(ctx, name)
        if sub is not None and not sub.hidden:
            lines.append(f"| `{name}` | {_cell(sub.get_short_help_str(limit=WIDTH))} |")
    return lines + [""]


def _cell(text: str) -> str:
    """Text safe inside a Markdown table cell."""
    return " ".join(text.split()).replace("|", "\\|")


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
