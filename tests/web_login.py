"""Signing in through the real forms of the web app (TestClient), shared by the account and upload tests."""

from __future__ import annotations

import lxml.html
from fastapi.testclient import TestClient

from protokoll.store.accounts import add_user, grant_role
from protokoll.store.db import session_factory

PASSWORD = "korrekt-häst-batteri"


def add_account(db_url: str, login: str, roles: dict[str, str] | None = None, name: str | None = None) -> None:
    with session_factory(db_url)() as s:
        add_user(s, login, PASSWORD, name)
        for organisation, role in (roles or {}).items():
            grant_role(s, login, organisation, role, "test")
        s.commit()


def form_token(response, action: str) -> str:
    """The CSRF token of the form posting to ``action`` on the page ``response`` holds."""
    doc = lxml.html.fromstring(response.text)
    (value,) = doc.xpath(f'//form[@action="{action}"]//input[@name="csrf_token"]/@value')
    return value


def sign_in(client: TestClient, login: str, password: str = PASSWORD, target: str = "/"):
    """Open the sign-in form and send it; returns the answer to the POST (not followed)."""
    page = client.get("/-/logga-in")
    token = form_token(page, "/-/logga-in")
    return client.post("/-/logga-in", data={"anvandare": login, "losenord": password, "nasta": target,
                                            "csrf_token": token}, follow_redirects=False)


def account_token(client: TestClient) -> str:
    """The signed-in session's CSRF token, as the page header's sign-out form carries it."""
    return form_token(client.get("/-/konto"), "/-/logga-ut")
