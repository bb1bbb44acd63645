"""`protokoll user add|role|disable|enable|list`: the accounts that sign in to the web app."""

from __future__ import annotations

import sys

import click

from .options import db_option, sessions

ROLE_CHOICES = ["sekretariat", "ledamot", "none"]


@click.group()
def user() -> None:
    """Accounts of the web app and their roles per organisation.

    Roles: `sekretariat` edits everything of its organisation (uploads
    documents), `ledamot` (a member) reads its organisation's drafts. Without
    a role, a signed-in user sees what the public sees.

    Users sign in at /-/logga-in of `protokoll serve`; five wrong passwords in
    15 minutes lock an account (twenty lock a client address) for 15 minutes.
    Behind a proxy that ends https, set PROTOKOLL_SECURE_COOKIES=1. Files
    uploaded at /-/ladda-upp are kept under $PROTOKOLL_UPLOADS (default
    ./protokoll-uppladdat), one folder per organisation.
    """


def _run(db: str | None, action):
    """Run ``action(session)`` in one transaction; an AccountError becomes a clear error."""
    from ..store.accounts import AccountError

    with sessions(db, create=True)() as session:  # accounts may come before the first ingest
        try:
            result = action(session)
        except AccountError as err:
            raise click.ClickException(str(err)) from None
        session.commit()
    return result


def _read_password(from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return click.prompt("Password", hide_input=True, confirmation_prompt=True)


@user.command("add")
@click.argument("login")
@click.option("--name", help="Display name shown in the page header (default: the login).")
@click.option("--password-stdin", is_flag=True, help="Read the password from the first line of stdin "
                                                      "instead of prompting for it twice.")
@db_option
def add(login: str, name: str | None, password_stdin: bool, db: str | None) -> None:
    """Add the user LOGIN (no roles yet); the password (10 characters or more) is stored as an argon2 hash."""
    from ..store.accounts import add_user

    password = _read_password(password_stdin)
    created = _run(db, lambda s: add_user(s, login, password, name))
    click.echo(f"added {created.login} ({created.name})")


@user.command("role")
@click.argument("login")
@click.argument("organisation")
@click.argument("role", type=click.Choice(ROLE_CHOICES))
@db_option
def role(login: str, organisation: str, role: str, db: str | None) -> None:
    """Give LOGIN the ROLE in ORGANISATION (`none` takes the role away); the change is kept with its time."""
    from ..store.accounts import grant_role

    grant = _run(db, lambda s: grant_role(s, login, organisation, role, granted_by="cli"))
    click.echo(f"{login.strip().lower()}: {grant.role} in {grant.organisation}")


@user.command("disable")
@click.argument("login")
@db_option
def disable(login: str, db: str | None) -> None:
    """Disable LOGIN: it can no longer sign in and its open sessions end at once."""
    from ..store.accounts import disable_user

    _run(db, lambda s: disable_user(s, login))
    click.echo(f"disabled {login.strip().lower()}")


@user.command("enable")
@click.argument("login")
@db_option
def enable(login: str, db: str | None) -> None:
    """Enable a disabled LOGIN again."""
    from ..store.accounts import disable_user

    _run(db, lambda s: disable_user(s, login, disabled=False))
    click.echo(f"enabled {login.strip().lower()}")


@user.command("list")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON (one object per user) instead of a table.")
def list_(db: str | None, as_json: bool) -> None:
    """List every user with the roles in force."""
    import json

    from ..store.accounts import list_accounts

    accounts = _run(db, list_accounts)
    if as_json:
        click.echo(json.dumps([{"login": a.login, "name": a.name, "disabled": a.disabled, "roles": a.roles}
                               for a in accounts], ensure_ascii=False, indent=2))
        return
    for a in accounts:
        roles = ", ".join(f"{r} in {o}" for o, r in sorted(a.roles.items())) or "no roles"
        click.echo(f"{a.login}\t{a.name}\t{'disabled' if a.disabled else 'enabled'}\t{roles}")


@user.command("link")
@click.argument("login")
@click.argument("name")
@click.option("--municipality", is_flag=True, help="NAME is a municipality: LOGIN answers for what it owes "
                                                   "(its director's account).")
@click.option("--remove", is_flag=True, help="End the link instead.")
@db_option
def link(login: str, name: str, municipality: bool, remove: bool, db: str | None) -> None:
    """LOGIN answers for the assignments given to NAME (a person as the minutes write the name).

    They are the account's "Mina uppdrag" (/-/mina-uppdrag), where a member
    marks one reported. Every change is kept with its time.
    """
    from ..store.my_assignments import MUNICIPALITY, PERSON, link_assignee

    kind = MUNICIPALITY if municipality else PERSON
    row = _run(db, lambda s: link_assignee(s, login, name, kind, "cli", active=not remove))
    click.echo(f"{login.strip().lower()}: {'no longer ' if remove else ''}answers for {row.name} ({kind})")
