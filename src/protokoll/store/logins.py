"""Signing in: password checks with a rate limit and lock-out, and server-side sessions.

Every attempt is a row in ``account_login_attempts`` (login typed, client
address, when, whether it succeeded). Too many failures within ``WINDOW``
lock the account (``PER_ACCOUNT``, counted since its last success) and, for
guessing across accounts, the client address (``PER_ADDRESS``) until the
window has passed the oldest of them. While locked, even the right password
is refused, the refusal does not say whether it would have been right, and
the attempt is not counted (it does not make the lock longer).

A session is a random token given to the browser in a cookie; the database
keeps only its SHA-256, so a copy of the database signs no one in. Each
session has its own CSRF token (sent in every form) and ends at ``LIFETIME``
after it was made, after ``IDLE`` without a request, at sign-out, or when the
user is disabled.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, String, delete, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from .accounts import HASHER, Account, User, account_of, find_user, now
from .models import Base

WINDOW = timedelta(minutes=15)
PER_ACCOUNT = 5  #: failures within WINDOW that lock an account
PER_ADDRESS = 20  #: failures within WINDOW that lock a client address
LIFETIME = timedelta(hours=12)
IDLE = timedelta(hours=2)
TOUCH_EVERY = timedelta(minutes=1)  #: last_seen is written at most this often per session
@cache
def _dummy() -> str:
    """A hash verified for unknown logins, so timing tells nothing (made on first use: it costs a hashing)."""
    return HASHER.hash("not a password of anyone")


class LoginAttempt(Base):
    __tablename__ = "account_login_attempts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    login: Mapped[str] = mapped_column(String(64), index=True)  #: as typed, lower-cased (may name no user)
    address: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    success: Mapped[bool] = mapped_column(Boolean)


class LoginSession(Base):
    __tablename__ = "account_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("account_users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    last_seen: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    address: Mapped[str] = mapped_column(String(64))


class LoginRefused(Exception):
    """A sign-in that did not succeed; ``locked_until`` is set when the limit was reached."""

    def __init__(self, locked_until: datetime | None = None) -> None:
        super().__init__("locked" if locked_until else "wrong login or password")
        self.locked_until = locked_until


@dataclass(frozen=True)
class SignedIn:
    """A valid session: its user and the CSRF token its forms carry."""

    account: Account
    csrf_token: str


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def locked_until(session: Session, login: str, address: str, at: datetime) -> datetime | None:
    """When the account or address may try again, if either is locked now."""
    since = at - WINDOW
    last_ok = session.scalar(select(func.max(LoginAttempt.at)).where(
        LoginAttempt.login == login, LoginAttempt.success))
    by_login = _failures(session, LoginAttempt.login == login, max(since, last_ok) if last_ok else since)
    by_address = _failures(session, LoginAttempt.address == address, since)
    ends = [times[-limit] + WINDOW for times, limit in ((by_login, PER_ACCOUNT), (by_address, PER_ADDRESS))
            if len(times) >= limit]
    return max(ends) if ends else None


def _failures(session: Session, who, since: datetime) -> list[datetime]:
    return list(session.scalars(select(LoginAttempt.at).where(who, ~LoginAttempt.success, LoginAttempt.at > since)
                                .order_by(LoginAttempt.at)))


def check_password(session: Session, login: str, password: str, address: str) -> User:
    """The user ``login`` names when ``password`` is theirs, the account enabled and not locked.

    Records the attempt either way (the caller commits); raises
    :class:`LoginRefused` otherwise, with ``locked_until`` when locked.
    """
    login = login.strip().lower()[:64]
    address = address[:64]
    at = now()
    user = find_user(session, login) if login else None
    ok = _verify(user.password_hash if user else _dummy(), password) and user is not None and not user.disabled
    locked = locked_until(session, login, address, at)
    if locked:  # not recorded: attempts while locked neither extend the lock nor count
        raise LoginRefused(locked)
    session.add(LoginAttempt(login=login, address=address, at=at, success=ok))
    session.flush()
    if not ok:
        raise LoginRefused(locked_until(session, login, address, at + timedelta(microseconds=1)))
    if HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = HASHER.hash(password)
    return user


def _verify(hashed: str, password: str) -> bool:
    try:
        return HASHER.verify(hashed, password)
    except (VerificationError, InvalidHashError):
        return False


def start_session(session: Session, user: User, address: str) -> str:
    """A new session for ``user``; returns its token (only its hash is stored)."""
    token, at = secrets.token_urlsafe(32), now()
    session.add(LoginSession(token_hash=token_hash(token), csrf_token=secrets.token_urlsafe(32), user_id=user.id,
                             created_at=at, last_seen=at, expires_at=at + LIFETIME, address=address[:64]))
    session.flush()
    return token


def session_of(session: Session, token: str | None) -> SignedIn | None:
    """The signed-in user of ``token``, or None when the session is unknown, ended or its user disabled."""
    if not token:
        return None
    row = session.scalar(select(LoginSession).where(LoginSession.token_hash == token_hash(token)))
    at = now()
    if row is None or row.expires_at <= at or row.last_seen + IDLE <= at:
        return None
    user = session.get(User, row.user_id)
    if user is None or user.disabled:
        return None
    if at - row.last_seen >= TOUCH_EVERY:
        row.last_seen = at
    return SignedIn(account_of(session, user), row.csrf_token)


def end_session(session: Session, token: str | None) -> None:
    if token:
        session.execute(delete(LoginSession).where(LoginSession.token_hash == token_hash(token)))


def forget_old(session: Session, at: datetime | None = None) -> int:
    """Delete expired sessions and attempts older than the window; returns how many rows went."""
    at = at or now()
    gone = session.execute(delete(LoginSession).where(LoginSession.expires_at <= at)).rowcount
    gone += session.execute(delete(LoginAttempt).where(LoginAttempt.at <= at - WINDOW)).rowcount
    return gone or 0
