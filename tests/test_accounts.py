"""Accounts in the store (SQLite and PostgreSQL) and the `protokoll user` command."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select

from protokoll.store import accounts as acc
from protokoll.store import logins
from protokoll.store.accounts import AccountError, RoleGrant, User
from protokoll.store.db import session_factory
from protokoll.store.logins import LoginAttempt, LoginRefused, LoginSession

PASSWORD = "korrekt-häst-batteri"


@pytest.fixture
def sessions(database_url):
    return session_factory(database_url)


def _add(sessions, login="Anna", name="Anna Ek"):
    with sessions() as s:
        acc.add_user(s, login, PASSWORD, name)
        s.commit()


def test_password_is_stored_as_an_argon2id_hash(sessions):
    _add(sessions)
    with sessions() as s:
        user = s.scalar(select(User))
    assert (user.login, user.name, user.disabled) == ("anna", "Anna Ek", False)
    assert user.password_hash.startswith("$argon2id$") and PASSWORD not in user.password_hash
    assert acc.HASHER.verify(user.password_hash, PASSWORD)


def test_taken_login_short_password_and_bad_login_are_refused(sessions):
    _add(sessions)
    with sessions() as s:
        with pytest.raises(AccountError, match="taken"):
            acc.add_user(s, "ANNA ", PASSWORD)
        with pytest.raises(AccountError, match="at least 10"):
            acc.add_user(s, "bo", "kort")
        with pytest.raises(AccountError, match="invalid login"):
            acc.add_user(s, "två ord", PASSWORD)


def test_a_role_change_is_a_new_row_and_the_newest_is_in_force(sessions):
    _add(sessions)
    with sessions() as s:
        acc.grant_role(s, "anna", "Förbundet Norr", "ledamot", "cli")
        acc.grant_role(s, "anna", "Förbundet Norr", "sekretariat", "cli")
        acc.grant_role(s, "anna", "Förbundet Syd", "ledamot", "cli")
        acc.grant_role(s, "anna", "Förbundet Syd", "none", "cli")
        s.commit()
        rows = s.execute(select(RoleGrant.organisation, RoleGrant.role).order_by(RoleGrant.id)).all()
        account = acc.list_accounts(s)[0]
    assert [tuple(r) for r in rows] == [("Förbundet Norr", "ledamot"), ("Förbundet Norr", "sekretariat"),
                                        ("Förbundet Syd", "ledamot"), ("Förbundet Syd", "none")]
    assert account.roles == {"Förbundet Norr": "sekretariat"}
    assert account.has_role("ledamot", "förbundet  norr")  # the secretariat may do what a member may
    assert not account.has_role("ledamot", "Förbundet Syd")
    with sessions() as s, pytest.raises(AccountError, match="unknown role"):
        acc.grant_role(s, "anna", "Förbundet Norr", "admin", "cli")


def _attempt(sessions, password, login="anna", address="10.0.0.1"):
    with sessions() as s:
        try:
            return logins.check_password(s, login, password, address)
        finally:
            s.commit()


def test_right_password_signs_in_and_wrong_one_is_refused(sessions):
    _add(sessions)
    assert _attempt(sessions, PASSWORD).login == "anna"
    with pytest.raises(LoginRefused) as refused:
        _attempt(sessions, "fel lösenord")
    assert refused.value.locked_until is None
    with pytest.raises(LoginRefused):
        _attempt(sessions, PASSWORD, login="ingen-sådan")
    with sessions() as s:
        assert [(a.login, a.success) for a in s.scalars(select(LoginAttempt).order_by(LoginAttempt.id))] == [
            ("anna", True), ("anna", False), ("ingen-sådan", False)]


def test_five_failures_lock_the_account_even_for_the_right_password(sessions):
    _add(sessions)
    for n in range(logins.PER_ACCOUNT):
        with pytest.raises(LoginRefused) as refused:
            _attempt(sessions, f"fel-{n}", address=f"10.0.0.{n}")
    assert refused.value.locked_until is not None  # the fifth failure says so at once
    with pytest.raises(LoginRefused) as locked:
        _attempt(sessions, PASSWORD, address="10.9.9.9")
    assert locked.value.locked_until == refused.value.locked_until  # not counted, not longer
    with sessions() as s:  # the window passes: the oldest failure moves out of it
        for a in s.scalars(select(LoginAttempt)):
            a.at -= logins.WINDOW
        s.commit()
    assert _attempt(sessions, PASSWORD).login == "anna"


def test_failures_from_one_address_across_accounts_lock_that_address(sessions, monkeypatch):
    monkeypatch.setattr(logins, "PER_ADDRESS", 6)  # the rule, not the number: each attempt costs an argon2 hash
    _add(sessions)
    for n in range(logins.PER_ADDRESS):
        with pytest.raises(LoginRefused):
            _attempt(sessions, "gissning", login=f"namn{n}", address="10.6.6.6")
    with pytest.raises(LoginRefused) as locked:
        _attempt(sessions, PASSWORD, address="10.6.6.6")
    assert locked.value.locked_until is not None
    assert _attempt(sessions, PASSWORD, address="10.0.0.2").login == "anna"  # elsewhere: fine


def test_sessions_keep_only_the_hash_and_end_when_disabled_expired_or_ended(sessions):
    _add(sessions)
    with sessions() as s:
        user = acc.find_user(s, "anna")
        token = logins.start_session(s, user, "10.0.0.1")
        other = logins.start_session(s, user, "10.0.0.1")
        s.commit()
        stored = s.scalars(select(LoginSession.token_hash)).all()
    assert token not in stored and logins.token_hash(token) in stored
    with sessions() as s:
        found = logins.session_of(s, token)
        assert found.account.login == "anna" and len(found.csrf_token) >= 32
        assert logins.session_of(s, "gissad") is None and logins.session_of(s, None) is None
        logins.end_session(s, token)
        s.commit()
        assert logins.session_of(s, token) is None
        row = s.scalar(select(LoginSession))
        row.expires_at -= logins.LIFETIME
        s.commit()
        assert logins.session_of(s, other) is None
    with sessions() as s:
        third = logins.start_session(s, acc.find_user(s, "anna"), "10.0.0.1")
        acc.disable_user(s, "anna")
        s.commit()
        assert logins.session_of(s, third) is None
        with pytest.raises(LoginRefused):
            logins.check_password(s, "anna", PASSWORD, "10.0.0.1")


def test_idle_sessions_end(sessions):
    _add(sessions)
    with sessions() as s:
        token = logins.start_session(s, acc.find_user(s, "anna"), "10.0.0.1")
        row = s.scalar(select(LoginSession))
        row.last_seen -= logins.IDLE + timedelta(seconds=1)
        s.commit()
        assert logins.session_of(s, token) is None


def test_old_attempts_and_expired_sessions_are_forgotten(sessions):
    _add(sessions)
    with pytest.raises(LoginRefused):
        _attempt(sessions, "fel lösenord")
    with sessions() as s:
        logins.start_session(s, acc.find_user(s, "anna"), "10.0.0.1")
        s.commit()
        assert logins.forget_old(s) == 0
        assert logins.forget_old(s, acc.now() + logins.LIFETIME) == 2
        s.commit()
        assert s.scalars(select(LoginAttempt)).all() == [] and s.scalars(select(LoginSession)).all() == []


# --- the command -------------------------------------------------------------------------------

@pytest.fixture
def cli(db):
    """The real `protokoll` command on a fresh SQLite database, with standard input."""
    from click.testing import CliRunner

    from protokoll.cli import main

    def run(*args: str, input: str | None = None):
        return CliRunner().invoke(main, list(args), input=input, env={"PROTOKOLL_DB": db}, catch_exceptions=False)

    return run


def test_user_commands_add_role_list_disable(cli):
    added = cli("user", "add", "Greta", "--name", "Greta Lind", "--password-stdin", input=PASSWORD + "\n")
    assert added.exit_code == 0 and added.output == "added greta (Greta Lind)\n"
    assert cli("user", "role", "greta", "Förbundet Väst", "sekretariat").output == \
        "greta: sekretariat in Förbundet Väst\n"
    assert cli("user", "role", "greta", "Förbundet Öst", "ledamot").exit_code == 0
    assert cli("user", "role", "greta", "Förbundet Öst", "none").exit_code == 0
    listed = json.loads(cli("user", "list", "--json").output)
    assert listed == [{"login": "greta", "name": "Greta Lind", "disabled": False,
                       "roles": {"Förbundet Väst": "sekretariat"}}]
    assert cli("user", "disable", "greta").output == "disabled greta\n"
    assert cli("user", "list").output == "greta\tGreta Lind\tdisabled\tsekretariat in Förbundet Väst\n"


def test_user_command_errors_are_clear_and_change_nothing(cli):
    short = cli("user", "add", "bo", "--password-stdin", input="kort\n")
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    missing = cli("user", "role", "ingen", "Förbundet Väst", "ledamot")
    assert missing.exit_code == 1 and "no user 'ingen'" in missing.output
    bad_role = cli("user", "role", "ingen", "Förbundet Väst", "admin")
    assert bad_role.exit_code == 2
    assert cli("user", "list", "--json").output.strip() == "[]"
