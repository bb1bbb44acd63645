"""Reminders of assignments by e-mail: what is overdue, and what falls due within some days.

``protokoll remind`` (:mod:`protokoll.cli.remind`) is a thin wrapper of
this module:

* :func:`due_assignments` reads the assignment register (the one place that
  reads it: the CLI's linked archive today) and keeps the open ones that are
  overdue or due within ``days`` days;
* :func:`compose` finds each one's address (:mod:`protokoll.store.reminders`):
  the assignee's own, else, for a person, the address of the municipality the
  minutes give as their affiliation (its director's), for a municipality its
  own; one Swedish mail per address lists that recipient's assignments, each
  with a link to the meeting item that gave it. Assignments with no address
  are returned, not guessed;
* :func:`unsent` keeps of each mail the assignments not reminded of yet in
  their state (:mod:`protokoll.store.reminders` keeps what was sent: an
  assignment reminded of as due soon is reminded once more when overdue, and
  again when its deadline changes);
* :func:`deliver` delivers the mails through ``smtplib`` (plain, STARTTLS or
  TLS; a login when given), each on its own: one refused address does not
  stop the others, and only what a server took is recorded as sent.
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from .swedish.gazetteer import municipality
from .swedish.fold import fold_name as fold

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
TLS_MODES = ("starttls", "ssl", "none")


@dataclass
class Due:
    """One open assignment to remind of, as plain values."""

    assignee: str
    kind: str  #: person | municipality | group | secretariat
    task: str
    due: str | None
    status: str  #: open | overdue
    body: str | None
    organization: str | None
    meeting_date: str | None
    item: str  #: "punkt 3: Lokal för övningar"
    url: str | None  #: the meeting item's page
    affiliation: str | None = None  #: as the meeting's attendee list gives it, for a person
    key: str = ""  #: the assignment's key in the register

    @property
    def reminder(self) -> str:
        """The kind of reminder it gets: overdue, or due-soon."""
        return "overdue" if self.status == "overdue" else "due-soon"


@dataclass
class Mail:
    to: str
    recipient: str  #: the name the address was given for
    assignments: list[Due] = field(default_factory=list)


@dataclass
class SmtpSettings:
    host: str = "localhost"
    port: int = 25
    tls: str = "starttls"  #: starttls | ssl | none
    user: str | None = None
    password: str | None = None
    sender: str = ""
    timeout: float = 30.0


def read_register(session, today: date) -> tuple[list, dict[str, tuple[int, dict]]]:
    """The assignment register as of ``today`` (status computed by the database) and, per document
    name of an assignment's item, its meeting id and record."""
    from .query.linked import LinkedView

    view = LinkedView(session)
    entries = view.register(today)
    meetings = {e.item.document: view.item_meeting_id(e.item) for e in entries}
    records = view.records(meetings.values())
    return entries, {name: (mid, records[mid]) for name, mid in meetings.items()}


def due_assignments(session, today: date, days: int, base_url: str) -> list[Due]:
    """Open assignments overdue or due by ``today + days``, with links to their items under ``base_url``."""
    entries, meeting_of = read_register(session, today)
    last = (today + timedelta(days=days)).isoformat()
    out = []
    for e in entries:
        if e.status not in ("open", "overdue") or (e.status == "open" and not (e.due and e.due <= last)):
            continue
        meeting_id, record = meeting_of.get(e.item.document, (None, {}))
        key = e.item.id.rsplit(":", 1)[1]
        anchor = f"#punkt-{key}" if not key.startswith("#") else f"#punkt-i{key[1:]}"
        m = e.item.meeting
        out.append(Due(e.assignee, e.kind, e.task, e.due, e.status, m.body, m.organization, m.date,
                       f"punkt {e.item.number}: {e.item.title}" if e.item.number else e.item.title,
                       f"{base_url.rstrip('/')}/moten/{meeting_id}{anchor}" if meeting_id is not None else None,
                       _affiliation(record, e.assignee), e.id))
    return out


def _affiliation(record: dict, name: str) -> str | None:
    key = fold(name)
    return next((a.get("affiliation") for a in record.get("attendees") or [] if fold(a.get("name") or "") == key),
                None)


def address_of(due: Due, book: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """(name, address) to remind: the assignee's own, else their municipality's; None: no address known."""
    if fold(due.assignee) in book:
        return book[fold(due.assignee)]
    by_municipality = {municipality(name): (name, email) for name, email in book.values() if municipality(name)}
    place = municipality(due.assignee) if due.kind == "municipality" else (
        municipality(due.affiliation) if due.affiliation else None)
    return by_municipality.get(place) if place else None


def compose(dues: list[Due], book: dict[str, tuple[str, str]]) -> tuple[list[Mail], list[Due]]:
    """One mail per address with its assignments (overdue first); and the assignments with no address."""
    mails: dict[str, Mail] = {}
    unaddressed = []
    for due in dues:
        found = address_of(due, book)
        if found is None:
            unaddressed.append(due)
            continue
        name, email = found
        mails.setdefault(email.casefold(), Mail(email, name)).assignments.append(due)
    for mail in mails.values():
        mail.assignments.sort(key=lambda d: (d.status != "overdue", d.due or "", d.assignee))
    return sorted(mails.values(), key=lambda m: m.to.casefold()), unaddressed


def sent_keys(mail: Mail) -> list[tuple[str, str, str, str]]:
    """What recording ``mail`` as sent notes: one key per assignment (see ``store.reminders.reminder_key``)."""
    from .store.reminders import reminder_key

    return [reminder_key(d.key, mail.to, d.reminder, d.due) for d in mail.assignments]


def unsent(mails: list[Mail], sent: set[tuple[str, str, str, str]]) -> tuple[list[Mail], int]:
    """The mails with only the assignments not yet reminded of in their state (mails left empty dropped),
    and how many assignments were left out as sent already."""
    out, skipped = [], 0
    for mail in mails:
        keep = [d for d, k in zip(mail.assignments, sent_keys(mail)) if k not in sent]
        skipped += len(mail.assignments) - len(keep)
        if keep:
            out.append(Mail(mail.to, mail.recipient, keep))
    return out, skipped


def swedish_date(iso: str | None) -> str:
    if not iso:
        return "utan datum"
    d = date.fromisoformat(iso)
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def message(mail: Mail, sender: str, days: int, base_url: str | None = None) -> EmailMessage:
    """The mail in Swedish: the assignments overdue, then those due within ``days`` days, each with its link."""
    late = [d for d in mail.assignments if d.status == "overdue"]
    soon = [d for d in mail.assignments if d.status != "overdue"]
    parts = [f"{len(late)} försenade"] if late else []
    parts += [f"{len(soon)} med tidsgräns inom {days} dagar"] if soon else []
    msg = EmailMessage()
    msg["Subject"] = f"Påminnelse om uppdrag: {' och '.join(parts)}"
    msg["From"], msg["To"] = sender, mail.to
    msg["Date"], msg["Message-ID"] = formatdate(localtime=False), make_msgid(domain=sender.rsplit("@", 1)[-1])
    lines = [f"Hej {mail.recipient}!", "",
             "Det här är en påminnelse om uppdrag som mötenas protokoll och minnesanteckningar ger.", ""]
    for title, group in (("Försenade uppdrag", late), (f"Uppdrag med tidsgräns inom {days} dagar", soon)):
        if group:
            lines += [f"{title}:", ""] + [line for d in group for line in _lines(d, mail.recipient)]
    lines += ["Meddela sekretariatet när ett uppdrag är klart eller återrapporterat"
              + (f", eller markera det återrapporterat under Mina uppdrag: {base_url.rstrip('/')}/-/mina-uppdrag"
                 if base_url else "") + ".", "",
              "Det här meddelandet skickades av Protokoll."]
    msg.set_content("\n".join(lines))
    return msg


def _lines(due: Due, recipient: str) -> list[str]:
    who = "" if fold(due.assignee) == fold(recipient) else f" ({due.assignee})"
    where = " ".join(p for p in (due.body, swedish_date(due.meeting_date) if due.meeting_date else "") if p)
    out = [f"- {due.task}{who}, senast {swedish_date(due.due)}", f"  Givet av {where or 'ett möte'}, {due.item}"]
    return out + ([f"  {due.url}"] if due.url else []) + [""]


def send(mails: list[Mail], settings: SmtpSettings, days: int, delivered=None,
         base_url: str | None = None) -> list[tuple[Mail, str | None]]:
    """Deliver each mail; (mail, None) when the server took it, (mail, the reason) when not.
    ``delivered(mail, message)`` is called as soon as the server took one (to record it)."""
    messages = [message(mail, settings.sender, days, base_url) for mail in mails]
    by_message = {id(m): mail for m, mail in zip(messages, mails)}
    results = deliver(messages, settings, (lambda msg: delivered(by_message[id(msg)], msg)) if delivered else None)
    return [(mail, reason) for mail, (_, reason) in zip(mails, results)]


def deliver(messages: list[EmailMessage], settings: SmtpSettings,
            delivered=None) -> list[tuple[EmailMessage, str | None]]:
    """Send each message through one connection; (message, None) when taken, (message, the reason) when not.
    ``delivered(message)`` is called as soon as the server took one."""
    results = []
    with _connect(settings) as smtp:
        for msg in messages:
            try:
                refused = smtp.send_message(msg)
            except smtplib.SMTPException as err:
                results.append((msg, _reason(err)))
                continue
            results.append((msg, f"refused: {refused}" if refused else None))
            if not refused and delivered is not None:
                delivered(msg)
    return results


def _reason(err: smtplib.SMTPException) -> str:
    """The server's answer in one line: for a refused recipient its code and words."""
    if isinstance(err, smtplib.SMTPRecipientsRefused):
        return "; ".join(f"{to}: {code} {text.decode(errors='replace') if isinstance(text, bytes) else text}"
                         for to, (code, text) in err.recipients.items())
    return f"{type(err).__name__}: {err}"


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    if settings.tls not in TLS_MODES:
        raise ValueError(f"unknown TLS mode {settings.tls!r}: one of {', '.join(TLS_MODES)}")
    context = ssl.create_default_context()
    if settings.tls == "ssl":
        smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout, context=context)
    else:
        smtp = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        if settings.tls == "starttls":
            smtp.starttls(context=context)
    if settings.user:
        smtp.login(settings.user, settings.password or "")
    return smtp
