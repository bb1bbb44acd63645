"""`protokoll repair FILE`: the text the parser reads, and each change the repair stage made."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .words import count



@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--diff", is_flag=True, help="List each change (offset, before -> after, reason) instead of the text.")
def repair(file: Path, diff: bool) -> None:
    """Print FILE's repaired text (OCR damage and layout fixed) to stdout."""
    from ..read import ReadError, read_document
    from ..repair import repair_text

    try:
        text = read_document(file.read_bytes()).text
    except ReadError as err:
        raise click.ClickException(f"{file}: {err}") from None
    repaired, changes = repair_text(text)
    if not diff:
        sys.stdout.write(repaired if repaired.endswith("\n") else repaired + "\n")
        return
    for c in changes:
        if c.before or c.after:
            click.echo(f"{c.start:>7}  {c.before!r} -> {c.after!r}  ({c.reason})")
        else:
            click.echo(f"{'':>7}  {c.reason}")
    click.echo(count(len(changes), "change"), err=True)
