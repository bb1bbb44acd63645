"""The address book of ``protokoll remind`` and the reminders it sent; every change a new row.

An assignee is named as the minutes name them: a person ("Anna Berg") or a
municipality ("Tanums kommun"), whose address is its director's (the
kommundirektör answers for what the municipality owes). The newest row per
name (compared folded: case, diacritics and spacing aside) is in force; an
empty address ends one. Nothing is overwritten, so who set which address
when stays readable.

Each reminder an SMTP server took is a row of ``reminders_sent``
(:class:`ReminderSent`), so a run sends only what was not sent yet for the
state the assignment is in (see :func:`reminder_key`).
"""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy import DateTime, Integer, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..swedish.fold import fold_name as fold
from .accounts import now
from .models import Base

ADDRESS = re.compile(r"[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+")


class ReminderAddress(Base):
    __tablename__ = "reminder_addresses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), index=True)  #: as given
    email: Mapped[str] = mapped_column(String(255))  #: "" ends the address
    set_by: Mapped[str] = mapped_column(String(64))  #: a login, or "cli"
    set_at: Mapped[datetime] = mapped_column(DateTime)


def set_address(session: Session, name: str, email: str, who: str) -> ReminderAddress:
    """From now on, reminders for ``name`` go to ``email`` (empty: to no one)."""
    name, email = " ".join(name.split()), email.strip()
    if not name or len(name) > 255:
        raise ValueError("the name is empty or longer than 255 characters")
    if email and not ADDRESS.fullmatch(email):
        raise ValueError(f"not an e-mail address: {email!r}")
    row = ReminderAddress(name=name, email=email, set_by=who, set_at=now())
    session.add(row)
    session.flush()
    return row


def addresses(session: Session) -> dict[str, tuple[str, str]]:
    """Folded name -> (name as given, address) of every address in force."""
    found: dict[str, tuple[str, str]] = {}
    for row in session.scalars(select(ReminderAddress).order_by(ReminderAddress.id)):
        found[fold(row.name)] = (row.name, row.email)
    return {k: v for k, v in found.items() if v[1]}


DUE_SOON, OVERDUE, KALLELSE = "due-soon", "overdue", "kallelse"
KINDS = (DUE_SOON, OVERDUE, KALLELSE)


class ReminderSent(Base):
    """One reminder an SMTP server took (never changed once written).

    A reminder is sent once per (subject, recipient, kind, state): an assignment
    reminded of as due soon is reminded again when it becomes overdue, or when
    its deadline changes (the state is the deadline); a kallelse again for a
    new version of the meeting (the state is the version)."""

    __tablename__ = "reminders_sent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    subject: Mapped[str] = mapped_column(String(255))  #: an assignment's key, or "kallelse:<meeting id>"
    recipient: Mapped[str] = mapped_column(String(255))  #: the address, lower-case
    kind: Mapped[str] = mapped_column(String(16))  #: due-soon | overdue | kallelse
    state: Mapped[str] = mapped_column(String(32))  #: the deadline (or "-": none), or the version
    sent_at: Mapped[datetime] = mapped_column(DateTime)
    message_id: Mapped[str] = mapped_column(String(255))


def reminder_key(subject: str, recipient: str, kind: str, state: str | None) -> tuple[str, str, str, str]:
    if kind not in KINDS:
        raise ValueError(f"unknown reminder kind {kind!r}: one of {', '.join(KINDS)}")
    return subject, recipient.strip().casefold(), kind, state or "-"


def sent_keys(session: Session, subjects: list[str]) -> set[tuple[str, str, str, str]]:
    """The (subject, recipient, kind, state) already sent of ``subjects``."""
    found: set[tuple[str, str, str, str]] = set()
    for i in range(0, len(subjects), 500):
        rows = session.execute(select(ReminderSent.subject, ReminderSent.recipient, ReminderSent.kind,
                                      ReminderSent.state).where(ReminderSent.subject.in_(subjects[i:i + 500])))
        found.update(tuple(row) for row in rows)
    return found


def record_sent(session: Session, keys: list[tuple[str, str, str, str]], message_id: str) -> None:
    """Note the reminders of one delivered message (``keys`` from :func:`reminder_key`)."""
    at = now()
    for subject, recipient, kind, state in keys:
        session.add(ReminderSent(subject=subject, recipient=recipient, kind=kind, state=state, sent_at=at,
                                 message_id=message_id))
    session.flush()
