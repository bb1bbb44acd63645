"""`protokoll remind`: e-mail assignees their overdue assignments and those due soon, each once per state;
`remind kallelse`, `remind address`."""

from __future__ import annotations

import os
from datetime import date

import click

from .options import db_option, sessions
from .words import count

PASSWORD_ENV = "PROTOKOLL_SMTP_PASSWORD"


@click.group(invoke_without_command=True)
@db_option
@click.option("--days", type=click.IntRange(0, 365), default=7, show_default=True,
              help="Remind of assignments due within this many days (and of every overdue one).")
@click.option("--today", metavar="DATE", help="Judge deadlines as of this ISO date (default: today).")
@click.option("--dry-run", is_flag=True, help="Print the mails instead of sending them (and record nothing).")
@click.option("--resend", is_flag=True, help="Send again what was sent already (it is not left out).")
@click.option("--smtp-host", envvar="PROTOKOLL_SMTP_HOST", default="localhost", show_default=True,
              help="SMTP server ($PROTOKOLL_SMTP_HOST).")
@click.option("--smtp-port", envvar="PROTOKOLL_SMTP_PORT", type=int, default=None,
              help="SMTP port ($PROTOKOLL_SMTP_PORT; default 465 with --tls ssl, else 587, 25 with --tls none).")
@click.option("--tls", envvar="PROTOKOLL_SMTP_TLS", type=click.Choice(["starttls", "ssl", "none"]),
              default="starttls", show_default=True, help="How to encrypt ($PROTOKOLL_SMTP_TLS).")
@click.option("--smtp-user", envvar="PROTOKOLL_SMTP_USER", help="Log in as this user ($PROTOKOLL_SMTP_USER); "
                                                                f"the password is read from ${PASSWORD_ENV}.")
@click.option("--sender", envvar="PROTOKOLL_MAIL_FROM", help="The From address ($PROTOKOLL_MAIL_FROM).")
@click.option("--base-url", envvar="PROTOKOLL_BASE_URL", default="http://127.0.0.1:8000", show_default=True,
              help="The site's public address, which the links in the mails start with ($PROTOKOLL_BASE_URL).")
@click.pass_context
def remind(ctx: click.Context, db: str | None, days: int, today: str | None, dry_run: bool, resend: bool,
           smtp_host: str, smtp_port: int | None, tls: str, smtp_user: str | None, sender: str | None,
           base_url: str) -> None:
    """E-mail each assignee their open assignments that are overdue or due within DAYS days.

    One mail (in Swedish) per address, each assignment with a link to the
    meeting item that gave it. The address is the assignee's own, else, for
    a person, that of the municipality the minutes give as their
    affiliation (its director's); a municipality's is its own. Set them with
    `protokoll remind address`. Assignments with no address are listed, not
    sent anywhere.

    Each reminder delivered is recorded: a later run leaves out what was sent
    already for the assignment's state (reminded of as due soon, it is
    reminded once more when overdue; a changed deadline makes it due again),
    unless --resend. A mail the server refuses is reported with its reason
    and not recorded; the others go on. The exit status is 1 when a mail
    could not be delivered.
    """
    from .. import reminders
    from ..store.reminders import addresses, sent_keys

    port = smtp_port or {"ssl": 465, "none": 25}.get(tls, 587)
    settings = reminders.SmtpSettings(smtp_host, port, tls, smtp_user, os.environ.get(PASSWORD_ENV), sender or "")
    ctx.obj = {"db": db, "settings": settings, "dry_run": dry_run, "resend": resend, "base_url": base_url}
    if ctx.invoked_subcommand is not None:
        return
    if not dry_run and not sender:
        raise click.UsageError("give the From address: --sender or $PROTOKOLL_MAIL_FROM")

    day = _day(today)
    with sessions(db, create=False)() as session:
        dues = reminders.due_assignments(session, day, days, base_url)
        mails, unaddressed = reminders.compose(dues, addresses(session))
        mails, skipped = reminders.unsent(mails, set() if resend else sent_keys(session, [d.key for d in dues]))
        for mail in mails if dry_run else []:
            click.echo(reminders.message(mail, sender or "protokoll@localhost", days, base_url).as_string())
            click.echo("-" * 72)
        failed = [] if dry_run else _deliver(reminders, session, mails, settings, days, base_url)
    _summarise(mails, failed, unaddressed, skipped, dry_run)


def _summarise(mails, failed, unaddressed, skipped: int, dry_run: bool) -> None:
    """What was sent (or would be), what had no address, what was sent before; exit 1 on a failed mail."""
    for due in unaddressed:
        click.echo(f"no address: {due.assignee}: {due.task} (due {due.due or '-'})", err=True)
    delivered = [m for m in mails if m not in failed]
    verb = "would send" if dry_run else "sent"
    click.echo(f"{verb} {count(len(delivered), 'mail')} "
               f"({count(sum(len(m.assignments) for m in delivered), 'assignment')}); "
               f"{count(len(unaddressed), 'assignment')} without an address; "
               f"{count(skipped, 'assignment')} reminded of already", err=True)
    if not dry_run and failed:
        raise SystemExit(1)


def _deliver(reminders, session, mails, settings, days: int, base_url: str) -> list:
    """Send the mails, each recorded (and committed) as soon as the server took it; the mails not delivered."""
    from ..store.reminders import record_sent

    def record(mail, msg) -> None:
        record_sent(session, reminders.sent_keys(mail), msg["Message-ID"])
        session.commit()

    try:
        results = reminders.send(mails, settings, days, record, base_url)
    except (OSError, ValueError) as err:  # the server: unreachable, TLS refused, login refused
        raise click.ClickException(f"cannot send through {settings.host}:{settings.port}: {err}") from None
    for mail, reason in results:
        if reason:
            click.echo(f"not delivered to {mail.to}: {reason}", err=True)
    return [mail for mail, reason in results if reason]


def _day(today: str | None) -> date:
    try:
        return date.fromisoformat(today) if today else date.today()
    except ValueError:
        raise click.BadParameter(f"{today!r} is not an ISO date (YYYY-MM-DD)", param_hint="--today") from None


@remind.command("kallelse")
@click.argument("meeting_id", type=int)
@click.pass_context
def kallelse(ctx: click.Context, meeting_id: int) -> None:
    """Send the kallelse of the meeting written at /-/skriv/MEETING_ID to everyone summoned.

    The summoned are the meeting's attendance list, or else the body's roster;
    each gets the agenda as a PDF and an iCalendar invitation (sent again
    after a change, it updates the calendar entry). Each mail delivered is
    recorded: a second run sends a version's kallelse to no one twice, a new
    version goes out again (--resend forces). Give the SMTP options before
    `kallelse`: `protokoll remind --sender ... kallelse 3`.
    """
    obj = ctx.obj
    if not obj["dry_run"] and not obj["settings"].sender:
        raise click.UsageError("give the From address: --sender or $PROTOKOLL_MAIL_FROM")
    messages, unaddressed, version = _kallelse_mails(obj, meeting_id)
    for name in unaddressed:
        click.echo(f"no address: {name}", err=True)
    _send_kallelse(obj, meeting_id, messages, unaddressed, version)


def _kallelse_mails(obj: dict, meeting_id: int) -> tuple[list, list[str], int]:
    """(one mail per summoned person with an address, the summoned without one, the meeting's version): the
    agenda rendered as a PDF with an iCalendar invitation, addressed from the meeting's people or its roster."""
    from .. import invitations
    from ..render import agenda_of, render
    from ..store.authoring import AuthoredMeeting, current
    from ..store.authoring_sources import roster
    from ..store.reminders import addresses

    settings = obj["settings"]
    with sessions(obj["db"], create=False)() as session:
        meeting, version = session.get(AuthoredMeeting, meeting_id), current(session, meeting_id)
        if meeting is None or version is None:
            raise click.ClickException(f"no meeting {meeting_id} is written in the app (see /-/skriv)")
        record = version.record
        people = invitations.summoned(record, roster(session, meeting.organisation, meeting.body))
        book = addresses(session)
    if not record.get("items"):
        raise click.ClickException(f"meeting {meeting_id} has no agenda items yet")
    url = f"{obj['base_url'].rstrip('/')}/-/skriv/{meeting_id}"
    messages, unaddressed = invitations.kallelse(record, render(agenda_of(record), "pdf"), people, book,
                                                 settings.sender or "protokoll@localhost",
                                                 f"skriv-{meeting_id}@protokoll", version.version, url)
    return messages, unaddressed, version.version


def _send_kallelse(obj: dict, meeting_id: int, messages: list, unaddressed: list[str], version: int) -> None:
    """Send (or, dry, print) the mails this version's kallelse has not yet reached, each recorded as soon as the
    server took it; exit status 1 when one was not delivered."""
    from .. import reminders
    from ..store.reminders import KALLELSE, record_sent, reminder_key, sent_keys

    settings, subject = obj["settings"], f"kallelse:{meeting_id}"
    with sessions(obj["db"], create=False)() as session:
        sent = set() if obj["resend"] else sent_keys(session, [subject])
        keys = {id(m): reminder_key(subject, m["To"], KALLELSE, str(version)) for m in messages}
        todo = [m for m in messages if keys[id(m)] not in sent]
        skipped = f"; {count(len(messages) - len(todo), 'mail')} sent already for version {version}"
        if obj["dry_run"]:
            for msg in todo:
                click.echo(f"To: {msg['To']}\nSubject: {msg['Subject']}\n\n"
                           f"{msg.get_body(('plain',)).get_content()}")
                click.echo("-" * 72)
            click.echo(f"would send {count(len(todo), 'mail')}; {count(len(unaddressed), 'person', 'people')} "
                       f"summoned without an address{skipped}", err=True)
            return

        def record(msg) -> None:
            record_sent(session, [keys[id(msg)]], msg["Message-ID"])
            session.commit()
        try:
            results = reminders.deliver(todo, settings, record)
        except (OSError, ValueError) as err:
            raise click.ClickException(f"cannot send through {settings.host}:{settings.port}: {err}") from None
    failed = [(m, reason) for m, reason in results if reason]
    for msg, reason in failed:
        click.echo(f"not delivered to {msg['To']}: {reason}", err=True)
    click.echo(f"sent {count(len(todo) - len(failed), 'mail')}; {count(len(unaddressed), 'person', 'people')} "
               f"summoned without an address{skipped}", err=True)
    if failed:
        raise SystemExit(1)


@remind.command("address")
@click.argument("name")
@click.argument("email", required=False, default="")
@click.pass_context
def address(ctx: click.Context, name: str, email: str) -> None:
    """Send reminders for NAME (a person as the minutes write it, or a municipality) to EMAIL.

    Without EMAIL, NAME gets no more reminders. Every change is kept.
    """
    from ..store.reminders import set_address

    with sessions(ctx.obj["db"], create=True)() as session:
        try:
            set_address(session, name, email, "cli")
        except ValueError as err:
            raise click.ClickException(str(err)) from None
        session.commit()
    click.echo(f"{name}: {email or 'no address'}")


@remind.command("addresses")
@click.pass_context
def list_addresses(ctx: click.Context) -> None:
    """List the addresses in force."""
    from ..store.reminders import addresses

    with sessions(ctx.obj["db"], create=False)() as session:
        for name, email in sorted(addresses(session).values(), key=lambda a: a[0].casefold()):
            click.echo(f"{name}\t{email}")
