"""`protokoll people` and `protokoll orgs`: the people and organisations linked across meetings."""

from __future__ import annotations

import json
from dataclasses import asdict

import click

from ..link.people import Correction, Person
from ..query.people import history, matches, meetings_json, person_json
from ..swedish.fold import fold_name as fold
from .archive import current_view, relink_after_correction
from .options import db_option, json_option, sessions


def load_people(session) -> list[Person]:
    """The people of the current records, manual corrections applied (the linked rows as stored)."""
    return current_view(session).persons()


class _NameOrCommand(click.Group):
    """A group whose first argument is a subcommand or, failing that, a NAME to look up."""

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            return "NAME", _find, args
        return super().resolve_command(ctx, args)


@click.group(cls=_NameOrCommand, invoke_without_command=True,
            subcommand_metavar="[NAME] | merge ID ID | split ID NAME-VARIANT")
@json_option
@db_option
@click.pass_context
def people(ctx: click.Context, as_json: bool, db: str | None) -> None:
    """List the people in the stored records, or those whose name or id matches NAME.

    Spelling variants, OCR damage and short forms of one name are linked into one
    person; weak or ambiguous matches are only listed as possible_same_as. Fix
    the linking with `people merge` and `people split`: the corrections are
    stored and applied again after every ingest.
    """
    if ctx.invoked_subcommand is None:
        _print_people(db, as_json, None)


@click.command("NAME")
@click.argument("name")
@json_option
@db_option
@click.pass_context
def _find(ctx: click.Context, name: str, as_json: bool, db: str | None) -> None:
    parent = ctx.parent.params
    _print_people(db or parent.get("db"), as_json or parent.get("as_json", False), name)


def _print_people(db: str | None, as_json: bool, name: str | None) -> None:
    with sessions(db, create=False)() as session:
        found = [p for p in load_people(session) if name is None or matches(p, name)]
    if name is not None and not found:
        raise click.ClickException(f"no person matches {name!r}")
    if as_json:
        click.echo(json.dumps([person_json(p) for p in found], ensure_ascii=False, indent=2))
    elif name is None:
        _echo_table(found)
    else:
        for p in found:
            _echo_person(person_json(p))


def _echo_table(found: list[Person]) -> None:
    click.echo(f"{'ID':<28} {'NAME':<28} {'MEETINGS':>8}  AFFILIATION")
    for p in found:
        latest = (history(p.mentions, "affiliation") or [{"affiliation": ""}])[-1]["affiliation"]
        flag = f"  (possibly same as {', '.join(p.possible_same_as)})" if p.possible_same_as else ""
        click.echo(f"{p.id:<28} {p.name:<28} {len(meetings_json(p)):>8}  {latest}{flag}")


def _echo_person(p: dict) -> None:
    click.echo(f"{p['name']}  [{p['id']}]")
    click.echo(f"  variants: {', '.join(p['variants'])}")
    for a in p["affiliations"]:
        click.echo(f"  {a['affiliation']}: {a['from'] or '?'} – {a['to'] or '?'}")
    for m in p["meetings"]:
        when = m["date"] or m["year"] or "?"
        click.echo(f"  {when:<10}  {m['organization'] or '?'}, {m['body'] or '?'}  {', '.join(m['roles'])}")
    if p["possible_same_as"]:
        click.echo(f"  possibly the same person as: {', '.join(p['possible_same_as'])}")


def _db(ctx: click.Context, db: str | None) -> str | None:
    return db or ctx.parent.params.get("db")


def _get(found: list[Person], person_id: str) -> Person:
    person = next((p for p in found if p.id == person_id), None)
    if person is None:
        raise click.ClickException(f"no person with id {person_id!r} (see `protokoll people NAME`)")
    return person


@people.command()
@click.argument("first", metavar="ID")
@click.argument("second", metavar="ID")
@db_option
@click.pass_context
def merge(ctx: click.Context, first: str, second: str, db: str | None) -> None:
    """Make the two people with these ids one person, now and after every later ingest."""
    from ..store.people import add_correction

    with sessions(_db(ctx, db), create=False)() as session:
        found = load_people(session)
        a, b = _get(found, first), _get(found, second)
        if a is b:
            raise click.ClickException(f"{first!r} and {second!r} are already one person")
        add_correction(session, Correction("merge", a.id, b.id, a.variants, b.variants))
        relink_after_correction(session)
        session.commit()
        merged = next(p for p in load_people(session) if fold(a.variants[0]) in p.keys)
    click.echo(f"merged {a.id} and {b.id}: {merged.id} ({merged.name})")


@people.command()
@click.argument("person_id", metavar="ID")
@click.argument("variant", metavar="NAME-VARIANT")
@db_option
@click.pass_context
def split(ctx: click.Context, person_id: str, variant: str, db: str | None) -> None:
    """Make the name NAME-VARIANT of person ID a person of its own, now and after every later ingest."""
    from ..store.people import add_correction

    with sessions(_db(ctx, db), create=False)() as session:
        person = _get(load_people(session), person_id)
        if fold(variant) not in person.keys:
            raise click.ClickException(f"{person_id} has no name variant {variant!r}; it has: "
                                       + ", ".join(person.variants))
        if person.keys == {fold(variant)}:
            raise click.ClickException(f"{variant!r} is the only name of {person_id}; nothing to split")
        add_correction(session, Correction("split", person.id, variant, person.variants))
        relink_after_correction(session)
        session.commit()
        after = load_people(session)
    new = next(p for p in after if fold(variant) in p.keys)
    kept = next(fold(v) for v in person.variants if fold(v) != fold(variant))
    rest = next(p for p in after if kept in p.keys)
    click.echo(f"split {variant!r} off {person.id}: {new.id} ({new.name}) and {rest.id} ({rest.name})")


@click.command()
@json_option
@db_option
def orgs(as_json: bool, db: str | None) -> None:
    """List the organisations in the stored records: member municipalities over time, and bodies.

    A municipality is a member as long as it has present attendees at the
    organisation's meetings (first and last meeting date seen).
    """
    with sessions(db, create=False)() as session:
        found = [asdict(o) for o in current_view(session).organizations()]
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    for org in found:
        click.echo(org["name"] + (f" (also {', '.join(org['aliases'])})" if org["aliases"] else ""))
        for m in org["members"]:
            click.echo(f"  {m['municipality']:<20} {m['first_seen'] or '?'} – {m['last_seen'] or '?'}"
                       f"  ({m['meetings']} meetings)")
        for b in org["bodies"]:
            also = f" (also {', '.join(b['aliases'])})" if b["aliases"] else ""
            click.echo(f"  body: {b['name']}{also}, {b['meetings']} meetings")
