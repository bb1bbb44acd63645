""""Mina uppdrag": who an account answers for, and the assignments its members marked reported.

* :class:`AccountAssignee`: an account answers for the assignments given to a
  person (the name as the minutes write it) or to a municipality (what the
  municipality owes; its director's account). Set with ``protokoll user
  link``; a change is a new row and the newest per account and name is in
  force, so who linked whom when stays readable.
* :class:`AssignmentReport`: a member marks one of their assignments reported
  and names the meeting item that reports it. Each mark is a new row (who,
  when, which item); nothing is overwritten, and the newest mark of an
  assignment is the one shown. The register counts a marked assignment as
  reported from the date of the reporting meeting on (as it counts a report
  it found itself); the linked archive is computed, these rows are what a
  person decided, kept by assignment key (which a re-ingest keeps).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from ..swedish.fold import fold_name as fold
from .accounts import AccountError, find_user, now
from .models import Base

PERSON, MUNICIPALITY = "person", "municipality"


class AccountAssignee(Base):
    """One change of what an account answers for (the newest row per account and name is in force)."""

    __tablename__ = "account_assignees"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account_users.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))  #: a person as the minutes write it, or a municipality
    kind: Mapped[str] = mapped_column(String(16))  #: person | municipality
    active: Mapped[bool] = mapped_column(Boolean)  #: False: the link ends
    set_by: Mapped[str] = mapped_column(String(64))  #: a login, or "cli"
    set_at: Mapped[datetime] = mapped_column(DateTime)


class AssignmentReport(Base):
    """An assignment marked reported by a member, with the meeting item that reports it (only added)."""

    __tablename__ = "assignment_reports"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assignment_key: Mapped[str] = mapped_column(String(255), index=True)
    item_key: Mapped[str] = mapped_column(String(255))  #: the reporting item's key in the linked archive
    item_date: Mapped[str | None] = mapped_column(String(10))  #: its meeting's date: reported from then on
    note: Mapped[str | None] = mapped_column(Text)
    reported_by: Mapped[str] = mapped_column(String(64))  #: a login
    reported_at: Mapped[datetime] = mapped_column(DateTime)


def link_assignee(session: Session, login: str, name: str, kind: str, who: str,
                  active: bool = True) -> AccountAssignee:
    """From now on ``login`` answers (``active``) or no longer answers for the assignments of ``name``."""
    if kind not in (PERSON, MUNICIPALITY):
        raise AccountError(f"unknown kind {kind!r}: person or municipality")
    name = " ".join(name.split())
    if not name or len(name) > 255:
        raise AccountError("the name is empty or longer than 255 characters")
    if kind == MUNICIPALITY:
        from ..swedish.gazetteer import municipality

        found = municipality(name)
        if found is None:
            raise AccountError(f"not a Swedish municipality: {name!r}")
        name = found
    user = find_user(session, login)
    if user is None:
        raise AccountError(f"no user {login!r}")
    row = AccountAssignee(user_id=user.id, name=name, kind=kind, active=active, set_by=who,
                          set_at=now())
    session.add(row)
    session.flush()
    return row


def assignees_of(session: Session, user_id: int) -> list[tuple[str, str]]:
    """(kind, name) of what the account answers for now, in the order linked."""
    found: dict[tuple[str, str], tuple[str, str] | None] = {}
    for row in session.scalars(select(AccountAssignee).where(AccountAssignee.user_id == user_id)
                               .order_by(AccountAssignee.id)):
        key = (row.kind, fold(row.name))
        found.pop(key, None)  # a later row moves it to the end (or ends it)
        found[key] = (row.kind, row.name) if row.active else None
    return [v for v in found.values() if v is not None]


def add_report(session: Session, assignment_key: str, item_key: str, item_date: str | None, who: str,
               note: str | None = None) -> AssignmentReport:
    """Mark the assignment reported by the item; a new row even when it was marked before."""
    note = " ".join((note or "").split()) or None
    row = AssignmentReport(assignment_key=assignment_key, item_key=item_key, item_date=item_date, note=note,
                           reported_by=who, reported_at=now())
    session.add(row)
    session.flush()
    return row


def reports_of(session: Session, assignment_keys: list[str]) -> dict[str, list[AssignmentReport]]:
    """Assignment key -> its marks, oldest first."""
    out: dict[str, list[AssignmentReport]] = {}
    for i in range(0, len(assignment_keys), 500):
        for row in session.scalars(select(AssignmentReport)
                                   .where(AssignmentReport.assignment_key.in_(assignment_keys[i:i + 500]))
                                   .order_by(AssignmentReport.id)):
            out.setdefault(row.assignment_key, []).append(row)
    return out
