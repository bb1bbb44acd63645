"""``/-/logga-in``, ``/-/logga-ut`` and ``/-/konto``: signing in and out, and who is signed in.

The page header loads ``/-/konto`` (htmx) on every page, so pages that are
cached for everyone never hold a user's name.
"""

from __future__ import annotations

from datetime import datetime
from math import ceil

from fastapi import APIRouter, Depends, Request
from fastapi.responses import RedirectResponse
from starlette.concurrency import run_in_threadpool

from ...store.accounts import Account, now
from ...store.logins import LoginRefused, check_password, end_session, forget_old, start_session
from ..auth import (CSRF_FIELD, SESSION_COOKIE, action, clear_cookie, client_address, csrf_token,
                    require_role, set_cookie, signed_in_now)
from ..render import page, respond

router = APIRouter()
WRONG = "Fel användarnamn eller lösenord."


def account_json(account: Account | None) -> dict | None:
    if account is None:
        return None
    return {"login": account.login, "name": account.name,
            "roles": [{"organisation": o, "role": r} for o, r in sorted(account.roles.items())]}


def local_target(value: str | None) -> str:
    """Where to go after signing in: a path on this site only (never another site)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return "/"
    return value


def locked_message(until: datetime) -> str:
    minutes = max(1, ceil((until - now()).total_seconds() / 60))
    return (f"För många misslyckade inloggningar. Kontot eller din adress är spärrad i {minutes} "
            f"minut{'er' if minutes > 1 else ''} till; försök igen sedan.")


def _login_page(request: Request, target: str, error: str | None = None, status: int = 200, login: str = ""):
    found = signed_in_now(request)
    context = {"title": "Logga in", "next": target, "error": error, "login": login,
               "user": account_json(found.account if found else None)}
    response = respond(request, "login.html", {**context, CSRF_FIELD: csrf_token(request)}, status)
    csrf_token(request, response)  # sets the pre-sign-in cookie the form's token must match
    response.headers["Cache-Control"] = "no-store"
    return response


@page(router, "/-/logga-in", "login", "Logga in")
def login_form(request: Request, nasta: str | None = None):
    return _login_page(request, local_target(nasta))


@action(router, "/-/logga-in", "login.post", "Logga in (formuläret skickas)")
async def login(request: Request):
    form = await request.form()
    login_name, password = str(form.get("anvandare") or ""), str(form.get("losenord") or "")
    target = local_target(str(form.get("nasta") or "/"))
    result = await run_in_threadpool(_sign_in, request, login_name, password)
    if isinstance(result, LoginRefused):
        if result.locked_until:
            return _login_page(request, target, locked_message(result.locked_until), 429, login_name)
        return _login_page(request, target, WRONG, 401, login_name)
    response = RedirectResponse(target, status_code=303)
    set_cookie(request, response, SESSION_COOKIE, result)
    return response


def _sign_in(request: Request, login_name: str, password: str) -> str | LoginRefused:
    """A new session token, or the refusal; the old session (if any) ends either way it succeeds."""
    with request.app.state.web.sessions() as session:
        try:
            user = check_password(session, login_name, password, client_address(request))
        except LoginRefused as refused:
            session.commit()  # the failed attempt counts
            return refused
        end_session(session, request.cookies.get(SESSION_COOKIE))  # never keep a session from before
        forget_old(session)
        token = start_session(session, user, client_address(request))
        session.commit()
    return token


@action(router, "/-/logga-ut", "logout", "Logga ut")
def logout(request: Request, account: Account = Depends(require_role(None))):
    with request.app.state.web.sessions() as session:
        end_session(session, request.cookies.get(SESSION_COOKIE))
        session.commit()
    response = RedirectResponse("/", status_code=303)
    clear_cookie(request, response, SESSION_COOKIE)
    return response


@page(router, "/-/konto", "account", "Inloggad användare")
def account(request: Request):
    found = signed_in_now(request)
    user = account_json(found.account if found else None)
    uploads = bool(found and found.account.has_role("sekretariat"))
    context = {"title": "Konto", "user": user, "can_upload": uploads,
               CSRF_FIELD: found.csrf_token if found else None}
    response = respond(request, "account.html", context, partial="_partials/account.html")
    response.headers["Cache-Control"] = "no-store"
    return response
