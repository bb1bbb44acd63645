"""Signing in and out of the web app: sessions, cookies, CSRF, roles and the lock-out, through real requests."""

from __future__ import annotations

from http.cookies import SimpleCookie

import lxml.html
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from protokoll.store import logins
from protokoll.store.db import session_factory
from protokoll.store.logins import LoginSession
from protokoll.web.app import create_app
from protokoll.web.auth import CSRF_COOKIE, SESSION_COOKIE, check_csrf
from web_login import PASSWORD, account_token, add_account, form_token, sign_in

ORG = "Samverkansförbundet Mitt"


@pytest.fixture
def db_url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'accounts.sqlite'}"
    add_account(url, "sara", {ORG: "sekretariat"}, name="Sara Holm")
    add_account(url, "leo", {ORG: "ledamot"}, name="Leo Ahl")
    return url


@pytest.fixture
def client(db_url) -> TestClient:
    return TestClient(create_app(db_url))


def cookies_set(response) -> dict[str, dict]:
    """Set-Cookie headers by cookie name: the attributes, lower-cased, with the value under 'value'."""
    found = {}
    for header in response.headers.get_list("set-cookie"):
        cookie = SimpleCookie()
        cookie.load(header)
        for name, morsel in cookie.items():
            found[name] = {"value": morsel.value, **{k: v for k, v in morsel.items() if v}}
            found[name]["flags"] = {part.strip().split("=")[0].lower() for part in header.split(";")[1:]}
    return found


def who(client) -> dict | None:
    return client.get("/-/konto.json").json()["user"]


def test_the_sign_in_form_is_swedish_and_carries_a_token_matching_its_cookie(client):
    page = client.get("/-/logga-in")
    doc = lxml.html.fromstring(page.text)
    assert page.status_code == 200 and doc.xpath("//h1")[0].text_content() == "Logga in"
    assert doc.xpath('//form[@action="/-/logga-in"]/@method') == ["post"]
    assert [e.text_content() for e in doc.xpath("//form//label")] == ["Användarnamn", "Lösenord"]
    cookie = cookies_set(page)[CSRF_COOKIE]
    assert cookie["value"] == form_token(page, "/-/logga-in")
    assert {"httponly", "samesite"} <= cookie["flags"] and "secure" not in cookie["flags"]
    assert cookie["samesite"].lower() == "lax"


def test_signing_in_sets_a_new_session_cookie_and_shows_the_user_in_the_header(client):
    assert who(client) is None
    answer = sign_in(client, "Sara", target="/moten")
    assert answer.status_code == 303 and answer.headers["location"] == "/moten"
    cookie = cookies_set(answer)[SESSION_COOKIE]
    assert {"httponly", "samesite", "path"} <= cookie["flags"] and "secure" not in cookie["flags"]
    assert cookie["samesite"].lower() == "lax"
    assert who(client) == {"login": "sara", "name": "Sara Holm",
                           "roles": [{"organisation": ORG, "role": "sekretariat"}]}
    header = lxml.html.fromstring(client.get("/-/konto", headers={"HX-Request": "true"}).text)
    assert " ".join(header.xpath('//span[@class="who"]')[0].text_content().split()) == \
        f"Sara Holm (sekretariat: {ORG})"
    assert header.xpath("//a/@href") == ["/-/mina-uppdrag", "/-/ladda-upp", "/-/skriv"]
    first = client.cookies[SESSION_COOKIE]
    sign_in(client, "leo")  # signing in again: a new session, the old one ended
    assert client.cookies[SESSION_COOKIE] != first
    assert who(TestClient(client.app, cookies={SESSION_COOKIE: first})) is None


def test_cookies_are_secure_over_https_or_when_configured(db_url, monkeypatch):
    secure = TestClient(create_app(db_url), base_url="https://testserver")
    assert "secure" in cookies_set(sign_in(secure, "sara"))[SESSION_COOKIE]["flags"]
    monkeypatch.setenv("PROTOKOLL_SECURE_COOKIES", "1")
    plain = TestClient(create_app(db_url))
    assert "secure" in cookies_set(plain.get("/-/logga-in"))[CSRF_COOKIE]["flags"]


def test_sign_in_without_or_with_a_wrong_csrf_token_is_403(client):
    client.get("/-/logga-in")
    form = {"anvandare": "sara", "losenord": PASSWORD}
    assert client.post("/-/logga-in", data=form).status_code == 403
    refused = client.post("/-/logga-in", data={**form, "csrf_token": "gissat"})
    assert refused.status_code == 403 and "säkerhetskod (CSRF)" in refused.text
    client.cookies.delete(CSRF_COOKIE)  # a form from elsewhere: no cookie to match
    assert client.post("/-/logga-in", data={**form, "csrf_token": "gissat"}).status_code == 403
    assert who(client) is None


def test_a_wrong_password_says_so_and_five_lock_the_account(client):
    wrong = sign_in(client, "sara", "fel-lösenord")
    doc = lxml.html.fromstring(wrong.text)
    assert wrong.status_code == 401 and doc.xpath('//p[@role="alert"]')[0].text == "Fel användarnamn eller lösenord."
    assert doc.xpath('//input[@name="anvandare"]/@value') == ["sara"]
    for _ in range(logins.PER_ACCOUNT - 1):
        last = sign_in(client, "sara", "fel-lösenord")
    assert last.status_code == 429
    locked = sign_in(client, "sara")  # the right password, while locked
    message = lxml.html.fromstring(locked.text).xpath('//p[@role="alert"]')[0].text
    assert locked.status_code == 429 and message.startswith("För många misslyckade inloggningar.")
    assert "15 minuter" in message and who(client) is None
    assert sign_in(client, "leo").status_code == 303  # another account from the same address still can


def test_signing_out_needs_the_token_and_ends_the_session(client, db_url):
    sign_in(client, "sara")
    token, cookie = account_token(client), client.cookies[SESSION_COOKIE]
    assert client.post("/-/logga-ut").status_code == 403
    assert client.post("/-/logga-ut", data={"csrf_token": "gissat"}).status_code == 403
    assert who(client)["login"] == "sara"
    out = client.post("/-/logga-ut", data={"csrf_token": token}, follow_redirects=False)
    assert out.status_code == 303 and out.headers["location"] == "/"
    assert cookies_set(out)[SESSION_COOKIE]["value"] == ""
    with session_factory(db_url)() as s:
        assert s.scalars(select(LoginSession)).all() == []
    replayed = TestClient(client.app, cookies={SESSION_COOKIE: cookie})  # the old cookie
    assert who(replayed) is None
    assert replayed.post("/-/logga-ut", data={"csrf_token": token}).status_code == 403


def test_the_csrf_header_serves_scripts(client):
    sign_in(client, "sara")
    token = account_token(client)
    assert client.post("/-/logga-ut", headers={"X-CSRF-Token": token}, follow_redirects=False).status_code == 303


def test_after_signing_in_only_paths_of_this_site_are_followed(client):
    for target in ("//annan.example/", "https://annan.example/", "/\\annan.example"):
        assert sign_in(client, "leo", target=target).headers["location"] == "/"


def test_every_state_changing_route_checks_the_csrf_token(client):
    """A route with an unsafe method and no CSRF check would be a hole: there must be none."""
    unsafe = []
    for route in _routes(client.app.routes):
        methods = getattr(route, "methods", None) or set()
        if methods & {"POST", "PUT", "PATCH", "DELETE"}:
            calls = _calls(route.dependant)
            assert check_csrf in calls, f"{route.path} {methods} has no CSRF check"
            unsafe.append(route.path)
    assert sorted(unsafe) == ["/-/ladda-upp", "/-/logga-in", "/-/logga-ut", "/-/mina-uppdrag/rapportera",
                              "/-/skriv", "/-/skriv/punkt", "/-/skriv/rattelse/{meeting_id:int}",
                              "/-/skriv/{meeting_id:int}/justera", "/-/skriv/{meeting_id:int}/justering",
                              "/-/skriv/{meeting_id:int}/narvaro", "/-/skriv/{meeting_id:int}/publicera",
                              "/-/skriv/{meeting_id:int}/punkt/{number}",
                              "/-/skriv/{meeting_id:int}/punkt/{number}/ta-bort",
                              "/-/skriv/{meeting_id:int}/returnera", "/-/skriv/{meeting_id:int}/sort",
                              "/-/skriv/{meeting_id:int}/ta-tillbaka"]


def _routes(routes) -> list:
    """Every route, also those of included routers (which this FastAPI keeps behind a wrapper)."""
    found = []
    for route in routes:
        inner = getattr(route, "original_router", None)
        found += _routes(inner.routes) if inner is not None else [route]
    return found


def _calls(dependant) -> list:
    return [dependant.call] + [c for d in dependant.dependencies for c in _calls(d)]


def test_other_methods_on_pages_are_refused(client):
    sign_in(client, "sara")
    token = account_token(client)
    assert client.post("/moten", data={"csrf_token": token}).status_code == 405
    assert client.delete("/-/logga-ut", headers={"X-CSRF-Token": token}).status_code == 405
