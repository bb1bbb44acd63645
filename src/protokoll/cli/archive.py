"""`protokoll meetings`, `cases` and `assignments`: the archive linked across meetings."""

from __future__ import annotations

import json
from datetime import date
from types import SimpleNamespace

import click

from .options import db_option, json_option, sessions
from ..link.assignments import STATUSES, due_by_next_meeting
from ..link.cases import Case
from ..query import assignments as register
from ..query import cases as case_query
from ..query.linked import LinkedView
from ..query.listings import chain_nodes, upcoming
from .words import count


def current_view(session) -> LinkedView:
    """The linked rows as stored (every ingest and every correction links again)."""
    return LinkedView(session)


def relink_after_correction(session) -> None:
    """Link again so the rows (and every page and listing) show a correction just stored."""
    from ..linking import relink

    session.flush()
    relink(session)


def _echo_json(data) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


@click.command()
@db_option
@json_option
def meetings(db: str | None, as_json: bool) -> None:
    """List every meeting in date order within its body, with the expected ones.

    A meeting the records announce (next meeting, an item sent on to a body on
    a date) but the archive lacks has kind `expected`. An undated meeting is
    placed after the meeting whose minutes it approves (`year`, `after`, `before`).
    """
    with sessions(db, create=False)() as session:
        nodes = list(chain_nodes(current_view(session)))
    if as_json:
        _echo_json([n.to_dict() for n in nodes])
        return
    for n in nodes:
        when = n.date or (f"~{n.year} (after {n.after})" if n.after else f"~{n.year or '?'}")
        click.echo(f"{when:<12} {n.kind:<9} {n.organization or '?'} / {n.body or '?'}  [{n.id}]")


@click.group(invoke_without_command=True)
@db_option
@json_option
@click.option("--all", "show_all", is_flag=True, help="Also list the items that no other item joins.")
@click.pass_context
def cases(ctx: click.Context, db: str | None, as_json: bool, show_all: bool) -> None:
    """List the cases: items of many meetings (and organisations) about one matter.

    Corrections are stored and applied after every automatic linking:
    `cases merge`, `cases split`, `cases rename`.
    """
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    with sessions(db, create=False)() as session:
        found = list(case_query.cases_in_order(current_view(session), show_all))
    if as_json:
        _echo_json([c.to_dict() for c in found])
        return
    for case in found:
        click.echo(f"{case.id}  {case.title}")
        for i in case.items:
            when = i.meeting.date or f"~{i.meeting.year or '?'}"
            click.echo(f"    {when:<10}  {i.organization or '?'} / {i.meeting.body or '?'}  "
                       f"{i.number or '-'}. {i.title}  [{i.id}]")


def _case(view: LinkedView, case_id: str) -> Case:
    found = case_query.case(view, case_id)
    if found is None:
        raise click.ClickException(f"no case {case_id!r} (see `protokoll cases --all`)")
    return found[0]


def _correct(ctx: click.Context, db: str | None, action) -> None:
    """Run `action(session, view)`, which stores a correction; link again, commit and print its message."""
    with sessions(db or (ctx.obj or {}).get("db"), create=False)() as session:
        message = action(session, current_view(session))
        relink_after_correction(session)
        session.commit()
    click.echo(message)


@cases.command()
@click.argument("first")
@click.argument("second")
@db_option
@click.pass_context
def merge(ctx: click.Context, first: str, second: str, db: str | None) -> None:
    """Merge case SECOND into case FIRST."""
    from ..store.cases import add_case_correction

    def act(session, view: LinkedView) -> str:
        a, b = _case(view, first), _case(view, second)
        if a is b:
            raise click.ClickException("a case cannot be merged with itself")
        add_case_correction(session, "merge", a.items[0].id, other=b.items[0].id)
        return f"merged {b.id} into {a.id}"

    _correct(ctx, db, act)


@cases.command()
@click.argument("case_id", metavar="ID")
@click.argument("items", nargs=-1, required=True)
@db_option
@click.pass_context
def split(ctx: click.Context, case_id: str, items: tuple[str, ...], db: str | None) -> None:
    """Split ITEMs (item ids as `cases` shows them) off case ID into a case of their own."""
    from ..store.cases import add_case_correction, next_split_batch

    def act(session, view: LinkedView) -> str:
        case = _case(view, case_id)
        own = {i.id for i in case.items}
        missing = [i for i in items if i not in own]
        if missing:
            raise click.ClickException(f"not items of {case_id}: {', '.join(missing)}")
        if own <= set(items):
            raise click.ClickException("splitting off every item changes nothing")
        batch = next_split_batch(session)
        for item in dict.fromkeys(items):
            add_case_correction(session, "split", item, batch=batch)
        return f"split {count(len(set(items)), 'item')} off {case_id}"

    _correct(ctx, db, act)


@cases.command()
@click.argument("case_id", metavar="ID")
@click.argument("title")
@db_option
@click.pass_context
def rename(ctx: click.Context, case_id: str, title: str, db: str | None) -> None:
    """Give case ID the title TITLE."""
    from ..store.cases import add_case_correction

    def act(session, view: LinkedView) -> str:
        case = _case(view, case_id)
        add_case_correction(session, "rename", case.items[0].id, title=title.strip())
        return f"renamed {case_id}: {title.strip()}"

    _correct(ctx, db, act)


def _today(value: str | None) -> date:
    try:
        return date.fromisoformat(value) if value else date.today()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint="--today")


@click.group(invoke_without_command=True)
@db_option
@json_option
@click.option("--status", type=click.Choice(STATUSES), help="Only assignments with this status.")
@click.option("--assignee", metavar="TEXT",
              help="Only assignees whose name contains TEXT, or of this kind "
                   "(person, municipality, group, secretariat).")
@click.option("--today", metavar="DATE", help="Judge deadlines as of this ISO date (default: today).")
@click.option("--by-body", is_flag=True, help="Per body: its next meeting and what is due by then.")
@click.pass_context
def assignments(ctx: click.Context, db: str | None, as_json: bool, status: str | None,
                assignee: str | None, today: str | None, by_body: bool) -> None:
    """List the assignment register: who shall do what, by when, and its status.

    Status is `open`, `overdue` (deadline passed, nothing reported), `reported`
    (later minutes or a protocol of the same organisation, within a year, name
    the task: `reported_by` and the words in `evidence`; a later item of the
    case that does not name it is `mentioned_by`, shown as "okänt") or `done`
    (closed with `assignments done ID`).
    """
    ctx.obj = {"db": db}
    if ctx.invoked_subcommand is not None:
        return
    day = _today(today)
    wanted = register.RegisterFilter(assignee or "", None, status=status or "")
    with sessions(db, create=False)() as session:
        view = current_view(session)
        if by_body:  # only what is unfinished and has a deadline can be due by a body's next meeting
            entries = register.entries_where(view, day, *register.conditions(view, wanted, day),
                                             *register.unfinished_with_deadline(day))
            nodes = upcoming(view, day)
        else:
            entries = list(register.every_entry(view, wanted, day))
    if by_body:
        _show_by_body(due_by_next_meeting(entries, SimpleNamespace(nodes=nodes), day), as_json)
    elif as_json:
        _echo_json([e.to_dict() for e in entries])
    else:
        for e in entries:
            due = e.due or (f"({e.due_text})" if e.due_text else "-")
            click.echo(f"{e.status:<9} {due:<11} {e.assignee}: {e.task}  [{e.id}]")


def _show_by_body(groups: list[dict], as_json: bool) -> None:
    if as_json:
        _echo_json(groups)
        return
    for g in groups:
        click.echo(f"{g['organization'] or '?'} / {g['body'] or '?'}: next meeting {g['meeting']['date']}")
        for a in g["assignments"]:
            click.echo(f"    {a['status']:<9} {a['due']}  {a['assignee']}: {a['task']}  [{a['id']}]")


@assignments.command()
@click.argument("assignment_id", metavar="ID")
@db_option
@click.pass_context
def done(ctx: click.Context, assignment_id: str, db: str | None) -> None:
    """Close assignment ID by hand (its status becomes `done`)."""
    from ..store.cases import mark_done
    from ..store.linked import bump_generation

    with sessions(db or (ctx.obj or {}).get("db"), create=False)() as session:
        if not register.exists(current_view(session), assignment_id):
            raise click.ClickException(f"no assignment {assignment_id!r} (see `protokoll assignments`)")
        mark_done(session, assignment_id)
        bump_generation(session)  # pages and counts kept per link generation show the new status
        session.commit()
    click.echo(f"{assignment_id}: done")
