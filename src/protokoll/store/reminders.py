"""The address book of ``protokoll remind``: an assignee's e-mail address, every change a new row.

An assignee is named as the minutes name them: a person ("Anna Berg") or a
municipality ("Tanums kommun"), whose address is its director's (the
kommundirektör answers for what the municipality owes). The newest row per
name (compared folded: case, diacritics and spacing aside) is in force; an
empty address ends one. Nothing is overwritten, so who set which address
when stays readable.
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
