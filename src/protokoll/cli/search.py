"""`protokoll search`: full-text search over the stored meetings."""

from __future__ import annotations

import html
import json
import re

import click

from .options import db_option, sessions
from ..store.search_index import KINDS
from .words import count

_MARK = re.compile(r"<mark>(.*?)</mark>")


def hit_url(meeting_id: int, item_number: str | None) -> str:
    """The web app's address of a hit: the meeting page, at the item when there is one."""
    return f"/moten/{meeting_id}" + (f"#punkt-{item_number}" if item_number else "")


def result_json(result) -> dict:
    """A :class:`SearchResult` as the `search --json` document."""
    return {"query": result.query, "total": result.total,
            "results": [{"kind": h.kind, "meeting_date": h.meeting_date, "organization": h.organization,
                         "body": h.body, "item_number": h.item_number, "title": h.title,
                         "snippet": h.snippet, "url": hit_url(h.meeting_id, h.item_number)}
                        for h in result.hits],
            "facets": result.facets, "notes": result.notes, "suggestion": result.suggestion}


def plain(snippet: str) -> str:
    """A snippet for the terminal: matches in bold, HTML entities decoded."""
    styled = _MARK.sub(lambda m: click.style(m.group(1), bold=True), snippet)
    return html.unescape(styled)


@click.command("search")
@click.argument("query", required=False)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON: {results, facets, total, query}.")
@click.option("--kind", type=click.Choice(KINDS), help="Only hits of this kind.")
@click.option("--organization", help="Only meetings of this organisation (as stored).")
@click.option("--body", help="Only meetings of this body (as stored).")
@click.option("--year", type=int, help="Only meetings of this year.")
@click.option("--municipality", help="Only hits that mention this municipality (short name: Malmö).")
@click.option("--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Only meetings on or after this day.")
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Only meetings on or before this day.")
@click.option("--sort", type=click.Choice(["relevance", "date"]), default="relevance", show_default=True,
              help="Best hits first, or the newest meetings first.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000), help="Hits to show.")
@click.option("--reindex", is_flag=True, help="Rebuild the search index from the stored meetings first.")
def search_command(query: str | None, db: str | None, as_json: bool, kind: str | None,
                   organization: str | None, body: str | None, year: int | None,
                   municipality: str | None, date_from, date_to, sort: str, limit: int, reindex: bool) -> None:
    """Search the stored meetings: items, decisions, assignments and people.

    Every word of QUERY must match; "a OR b" matches either, "-word" leaves
    hits with the word out, "teknik*" matches words starting so, and a
    "quoted phrase" needs all its words. Words match in any inflection and without
    å/ä/ö ("naringslivsgruppen" finds "Näringslivsgruppen"), and the last part
    of a compound counts as a word ("gruppen" finds "kommundirektörsgruppen").
    """
    from ..store.search import is_empty, reindex as rebuild, search
    from ..store.search_engine import engine_for

    if not query and not reindex:
        raise click.UsageError("give a QUERY, or --reindex")
    with sessions(db, create=False)() as session:
        if reindex or is_empty(session):
            units = rebuild(session)
            session.commit()
            click.echo(f"search index rebuilt: {units} units", err=True)
        engine = engine_for(session)  # a one-shot process: the embedded index brought up to date here, kept
        if engine is not None and not engine.sync(session):
            click.echo("the embedded search index did not catch up in time (another process writing it?): "
                       "searching the SQL index", err=True)
        if not query:
            return
        result = search(session, query, organization=organization, body=body, year=year,
                        municipality=municipality, kind=kind, limit=limit, sort=sort,
                        date_from=date_from.date().isoformat() if date_from else None,
                        date_to=date_to.date().isoformat() if date_to else None)
    if as_json:
        click.echo(json.dumps(result_json(result), ensure_ascii=False, indent=2))
        return
    _print_hits(result)


#: the search's notes (Swedish: the web page shows them) as the operator reads them
_NOTES = [(r"Frågan kortades till de första (\d+) tecknen\.", r"The query was cut to its first \1 characters."),
          (r"Bara de (\d+) första orden användes\.", r"Only the first \1 words were used."),
          (r"Ordningen i en fras kontrolleras inte, bara att alla ord finns\.",
           "The order of a phrase's words is not checked, only that all of them are there."),
          (r"Sökindexet uppdateras: träffarna visas tillfälligt i en annan ordning\.",
           "The search index is being updated: the hits are shown in another order for now.")]


def _english(note: str) -> str:
    for pattern, said in _NOTES:
        if re.fullmatch(pattern, note):
            return re.sub(pattern, said, note)
    return note


def _print_hits(result) -> None:
    click.echo(f"{count(result.total, 'hit')} for {result.query!r}")
    for note in result.notes:
        click.echo(_english(note))
    if result.suggestion:
        click.echo(f"Did you mean {result.suggestion!r}?")
    for h in result.hits:
        where = " / ".join(v for v in (h.organization, h.body) if v)
        number = f"§ {h.item_number} " if h.item_number else ""
        click.echo(f"\n{h.meeting_date or h.year or '?'}  {where}  [{h.kind}]")
        click.echo(f"  {number}{h.title}")
        click.echo(f"  {plain(h.snippet)}")
        click.echo(f"  {hit_url(h.meeting_id, h.item_number)}")
