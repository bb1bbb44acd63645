"""Accounts: users, their roles per organisation, sign-in sessions and sign-in attempts.

A role is granted per organisation: ``sekretariat`` edits everything of that
organisation, ``ledamot`` (a member) reads its drafts and acts on its own
assignments; everyone else is the public. A role change is a new row in
``account_roles`` (who granted it and when); the newest row per user and
organisation is the role in force, ``none`` takes it away. Nothing is
overwritten, so the history of who could do what stays readable.

Passwords are kept only as argon2id hashes (argon2-cffi); sign-in sessions
only as the SHA-256 of their random token (see :mod:`protokoll.store.logins`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from argon2 import PasswordHasher
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .models import Base

SEKRETARIAT, LEDAMOT, NONE = "sekretariat", "ledamot", "none"
ROLES = (SEKRETARIAT, LEDAMOT)  #: roles a user can hold; NONE (a grant of no role) ends one
MIN_PASSWORD = 10  #: characters; shorter passwords are refused
HASHER = PasswordHasher()  #: argon2id with argon2-cffi's defaults (RFC 9106's low-memory profile)


class AccountError(ValueError):
    """An account operation that cannot be done (unknown user, taken login, bad role or password)."""


class User(Base):
    """One person who can sign in."""

    __tablename__ = "account_users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)  #: lower-case, what is typed to sign in
    name: Mapped[str] = mapped_column(String(255))  #: display name, shown in the page header
    password_hash: Mapped[str] = mapped_column(String(255))
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class RoleGrant(Base):
    """One change of one user's role in one organisation (the newest row is in force)."""

    __tablename__ = "account_roles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("account_users.id"), index=True)
    organisation: Mapped[str] = mapped_column(String(255))  #: as the documents name it
    role: Mapped[str] = mapped_column(String(16))  #: sekretariat | ledamot | none
    granted_by: Mapped[str] = mapped_column(String(64))  #: a login, or "cli" for the command line
    granted_at: Mapped[datetime] = mapped_column(DateTime)


@dataclass(frozen=True)
class Account:
    """A signed-in (or listed) user as the rest of the program sees it: plain values, no ORM object."""

    id: int
    login: str
    name: str
    disabled: bool
    roles: dict[str, str]  #: organisation -> role in force (no entry: none)

    def has_role(self, role: str, organisation: str | None = None) -> bool:
        """Whether the user holds ``role`` in ``organisation`` (any organisation when None).

        ``sekretariat`` includes what ``ledamot`` may do in the same organisation.
        """
        wanted = {role, SEKRETARIAT} if role == LEDAMOT else {role}
        return any(r in wanted and (organisation is None or same_organisation(o, organisation))
                   for o, r in self.roles.items())

    def organisations(self, role: str | None = None) -> list[str]:
        """The organisations where the user holds ``role`` (any role when None), sorted."""
        return sorted(o for o, r in self.roles.items() if role is None or r == role)


def now() -> datetime:
    """UTC without a time zone, as every timestamp is stored."""
    return datetime.now(timezone.utc).replace(tzinfo=None)


def local_day(at: datetime) -> date:
    """The day a stored timestamp (UTC, :func:`now`) fell on where the server runs: the day ``date.today()``
    gave then, as every other day the pages and forms show (an approval at 00.30 in Sweden is of that day,
    not of the day before, as its UTC date would say)."""
    return at.replace(tzinfo=timezone.utc).astimezone().date()


def same_organisation(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def normal_login(login: str) -> str:
    """Logins are case-insensitive: stored and looked up lower-case, surrounding space dropped."""
    value = login.strip().lower()
    if not value or len(value) > 64 or any(c.isspace() for c in value):
        raise AccountError(f"invalid login {login!r}: 1-64 characters, no spaces")
    return value


def hash_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")
    return HASHER.hash(password)


def find_user(session: Session, login: str) -> User | None:
    return session.scalar(select(User).where(User.login == login.strip().lower()))


def _user(session: Session, login: str) -> User:
    user = find_user(session, login)
    if user is None:
        raise AccountError(f"no user {login!r}")
    return user


def add_user(session: Session, login: str, password: str, name: str | None = None) -> User:
    """A new, enabled user with no roles; refuses a login that is taken."""
    login = normal_login(login)
    if find_user(session, login) is not None:
        raise AccountError(f"the login {login!r} is taken")
    user = User(login=login, name=(name or "").strip() or login, password_hash=hash_password(password),
                disabled=False, created_at=now())
    session.add(user)
    session.flush()
    return user


def set_password(session: Session, login: str, password: str) -> None:
    _user(session, login).password_hash = hash_password(password)


def grant_role(session: Session, login: str, organisation: str, role: str, granted_by: str) -> RoleGrant:
    """Record ``role`` (or ``none``) as the user's role in ``organisation`` from now on."""
    if role not in (*ROLES, NONE):
        raise AccountError(f"unknown role {role!r}: one of {', '.join((*ROLES, NONE))}")
    organisation = " ".join(organisation.split())
    if not organisation:
        raise AccountError("the organisation is empty")
    grant = RoleGrant(user_id=_user(session, login).id, organisation=organisation, role=role,
                      granted_by=granted_by, granted_at=now())
    session.add(grant)
    session.flush()
    return grant


def disable_user(session: Session, login: str, disabled: bool = True) -> None:
    """Disable (or enable again) a user; a disabled user's sessions stop working at once."""
    _user(session, login).disabled = disabled


def roles_of(session: Session, user_id: int) -> dict[str, str]:
    """Organisation -> role in force for one user (organisations whose newest grant is ``none`` left out)."""
    newest = (select(RoleGrant.organisation, func.max(RoleGrant.id).label("id"))
              .where(RoleGrant.user_id == user_id).group_by(RoleGrant.organisation).subquery())
    rows = session.execute(select(RoleGrant.organisation, RoleGrant.role)
                           .join(newest, RoleGrant.id == newest.c.id)).all()
    return {o: r for o, r in rows if r != NONE}


def account_of(session: Session, user: User) -> Account:
    return Account(user.id, user.login, user.name, user.disabled, roles_of(session, user.id))


def list_accounts(session: Session) -> list[Account]:
    """Every user, by login, with the roles in force."""
    return [account_of(session, u) for u in session.scalars(select(User).order_by(User.login))]
