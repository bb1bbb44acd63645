"""Who is asking, and may they: the session cookie, CSRF tokens and role checks of the web app.

Every route that changes state is registered with :func:`action`, which
puts the CSRF check in front of it (403 without a valid token), and takes
its account from :func:`require_role` (403 for the wrong role or no
account). A test walks the app's routes and fails on an unsafe method
without the CSRF check.

* The session cookie holds a random token (the database keeps its hash);
  HttpOnly, SameSite=Lax, and Secure when the request came over https or
  ``$PROTOKOLL_SECURE_COOKIES`` is 1 (behind a proxy that ends TLS).
* A signed-in session has its own CSRF token. Before signing in, the form
  carries a random token that must equal the ``protokoll_csrf`` cookie
  (double submit), so no other site can sign a browser in either.
* Forms send the token as the field ``csrf_token``; scripts as the header
  ``X-CSRF-Token``.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from urllib.parse import quote

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from ..store.accounts import Account
from ..store.logins import LIFETIME, SignedIn, session_of
from .render import wants_json

SESSION_COOKIE = "protokoll_session"
CSRF_COOKIE = "protokoll_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SECURE_ENV = "PROTOKOLL_SECURE_COOKIES"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})
CSRF_REFUSED = "Formuläret saknar en giltig säkerhetskod (CSRF). Ladda om sidan och försök igen."
ROLE_REFUSED = "Ditt konto har inte behörighet till det här."
SIGN_IN_FIRST = "Logga in först."
_NOT_LOOKED_UP = object()


def client_address(request: Request) -> str:
    return request.client.host if request.client else "okänd"


def secure_cookies(request: Request) -> bool:
    return request.url.scheme == "https" or os.environ.get(SECURE_ENV) == "1"


def _session_token(request: Request) -> str | None:
    return request.cookies.get(SESSION_COOKIE)


def signed_in_now(request: Request) -> SignedIn | None:
    """The request's valid session, looked up once per request (blocking: call from a thread)."""
    found = getattr(request.state, "signed_in", _NOT_LOOKED_UP)
    if found is _NOT_LOOKED_UP:
        with request.app.state.web.sessions() as session:
            found = session_of(session, _session_token(request))
            session.commit()  # last_seen
        request.state.signed_in = found
    return found


async def signed_in(request: Request) -> SignedIn | None:
    return await run_in_threadpool(signed_in_now, request)


async def current_user(request: Request) -> Account | None:
    """The signed-in account, or None for the public (a FastAPI dependency)."""
    found = await signed_in(request)
    return found.account if found else None


def csrf_token(request: Request, response: Response | None = None) -> str:
    """The token a form on this page must carry (call from a thread); sets the pre-sign-in cookie on ``response``."""
    found = signed_in_now(request)
    if found:
        return found.csrf_token
    token = request.cookies.get(CSRF_COOKIE) or getattr(request.state, "new_csrf", None)
    if not token:
        token = request.state.new_csrf = secrets.token_urlsafe(32)
    if response is not None and request.cookies.get(CSRF_COOKIE) != token:
        set_cookie(request, response, CSRF_COOKIE, token)
    return token


async def check_csrf(request: Request) -> None:
    """403 unless an unsafe request carries the token of its session (or its pre-sign-in cookie)."""
    if request.method not in UNSAFE:
        return
    found = await signed_in(request)
    expected = found.csrf_token if found else request.cookies.get(CSRF_COOKIE)
    if not expected:  # refused before a (possibly large) body is read
        raise HTTPException(403, CSRF_REFUSED)
    given = request.headers.get(CSRF_HEADER)
    if given is None and _is_form(request):
        value = (await request.form()).get(CSRF_FIELD)
        given = value if isinstance(value, str) else None
    if not given or not secrets.compare_digest(expected.encode(), given.encode()):
        raise HTTPException(403, CSRF_REFUSED)


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith("application/x-www-form-urlencoded") or kind.startswith("multipart/form-data")


def require_user(request: Request, account: Account | None) -> Account:
    """The account; without one, a page read in a browser goes to the sign-in form, anything else gets 403."""
    if account is not None:
        return account
    if request.method in ("GET", "HEAD") and not wants_json(request):
        target = quote(request.url.path + (f"?{request.url.query}" if request.url.query else ""), safe="/")
        raise HTTPException(303, SIGN_IN_FIRST, headers={"Location": f"/-/logga-in?nasta={target}"})
    raise HTTPException(403, SIGN_IN_FIRST)


def require_role(role: str | None, organisation: str | None = None) -> Callable:
    """A dependency: the signed-in account holding ``role`` in ``organisation`` (any when None).

    ``role`` None asks only for a signed-in account. Checks the CSRF token
    first on unsafe methods. A route whose organisation comes with the
    request checks it again with :func:`ensure_role`.
    """
    async def dependency(request: Request) -> Account:
        await check_csrf(request)
        account = require_user(request, await current_user(request))
        if role is not None:
            ensure_role(account, role, organisation)
        return account

    return dependency


def ensure_role(account: Account, role: str, organisation: str | None) -> None:
    if not account.has_role(role, organisation):
        raise HTTPException(403, ROLE_REFUSED)


def action(router: APIRouter, path: str, name: str, summary: str,
           methods: tuple[str, ...] = ("POST",)) -> Callable:
    """Register a state-changing view at ``path``, behind the CSRF check whatever the view declares.

    The view declares who may call it: ``account: Account = Depends(require_role(...))``.
    """
    def register(view: Callable) -> Callable:
        router.add_api_route(path, view, methods=list(methods), name=name, summary=summary,
                             dependencies=[Depends(check_csrf)])
        return view

    return register


def set_cookie(request: Request, response: Response, name: str, value: str) -> None:
    response.set_cookie(name, value, max_age=int(LIFETIME.total_seconds()), path="/", httponly=True,
                        samesite="lax", secure=secure_cookies(request))


def clear_cookie(request: Request, response: Response, name: str) -> None:
    response.delete_cookie(name, path="/", httponly=True, samesite="lax", secure=secure_cookies(request))
