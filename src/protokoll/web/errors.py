"""Error answers: the Swedish error page (or JSON) for every status, with the cause where it helps.

404 and 422 name what was not found or not valid; 503 says why the database
cannot be read (:mod:`.database`) and when to try again; anything else is
the 500 page, answered by :class:`~.security.GuardMiddleware` so that it
carries the security headers too. A request for a route with a trailing
slash is sent to the route (a relative URL, never built from the Host header).
"""

from __future__ import annotations

import logging
import sqlite3
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from sqlalchemy.exc import DBAPIError
from starlette.exceptions import HTTPException
from starlette.routing import Match

from .asgi import HTTPMiddleware
from .database import Unavailable
from .render import respond

log = logging.getLogger(__name__)
MESSAGES = {400: "Ogiltig förfrågan", 403: "Åtkomst nekad", 404: "Sidan finns inte",
            405: "Metoden är inte tillåten", 413: "Förfrågan är för stor", 422: "Ogiltigt värde i förfrågan",
            500: "Ett fel uppstod på servern", 503: "Tjänsten är inte tillgänglig just nu"}
RETRY_SECONDS = "5"  #: Retry-After of a 503


def install(app: FastAPI) -> None:
    """Register the handlers (the 500 page is :func:`unhandled`, given to ``GuardMiddleware``)."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Unavailable, _unavailable)
    app.add_exception_handler(DBAPIError, _database_error)
    app.add_exception_handler(sqlite3.Error, _database_error)  # raised on the driver's connection itself
    app.add_exception_handler(Exception, _server_error)


def error_page(request: Request, status: int, detail: str | None = None):
    """The Swedish error page (or JSON) for ``status``."""
    message = MESSAGES.get(status, "Fel")
    context = {"title": f"{status} – {message}", "status": status, "message": message,
               "detail": detail if detail and detail != message else None}
    return respond(request, "error.html", context, status)


async def database_readable(request: Request) -> None:
    """Every route's first step: 503 when the database file is gone (one ``stat``; async: no thread). The file's
    mark is kept on the request: an error after the file was written over is the file's (:func:`_server_error`)."""
    request.state.file_mark = request.app.state.web.database.check()


#: what every route checks first (the app's dependencies; :mod:`.quick` routes run them themselves)
ROUTE_CHECKS = (database_readable,)


async def _http_error(request: Request, exc: HTTPException):
    if exc.status_code == 404 and (moved := _without_slash(request)):
        return RedirectResponse(moved, status_code=307)
    detail = exc.detail if isinstance(exc.detail, str) else None
    if detail == HTTPStatus(exc.status_code).phrase:  # Starlette's English default
        detail = None
    response = error_page(request, exc.status_code, detail)
    response.headers.update(exc.headers or {})
    return response


def _without_slash(request: Request) -> str | None:
    """``/moten/`` -> ``/moten`` (a relative URL: not from the Host header) when that is a route."""
    path = request.url.path
    if len(path) < 2 or not path.endswith("/"):
        return None
    bare = path.rstrip("/")
    if not bare.startswith("/") or bare.startswith("//") or "\\" in bare:
        return None
    scope = {**request.scope, "path": bare, "method": "GET"}
    if not any(route.matches(scope)[0] == Match.FULL for route in request.app.router.routes):
        return None
    return bare + (f"?{request.url.query}" if request.url.query else "")


async def _invalid(request: Request, exc: RequestValidationError):
    fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
    return error_page(request, 422, f"Ogiltigt värde: {fields}")


async def _unavailable(request: Request, exc: Unavailable):
    return _retry_later(error_page(request, 503, str(exc)))


async def _database_error(request: Request, exc: DBAPIError | sqlite3.Error):
    """503 when the database cannot be read at all (its connections are dropped); any other error is a bug."""
    reason = request.app.state.web.database.failed(exc)
    if reason is None:
        raise exc
    log.warning("database unavailable: %s", getattr(exc, "orig", exc))
    return _retry_later(error_page(request, 503, reason))


def _retry_later(response):
    response.headers["Retry-After"] = RETRY_SECONDS
    return response


async def _server_error(request: Request, exc: Exception):
    return error_page(request, 500)


class WrittenOverMiddleware(HTTPMiddleware):
    """A request's error while the SQLite file was written over under it is the file's, not a bug: a restored
    backup copied onto the file (same inode) tears the pages a read is on, which can come out as a wrong value (a
    NULL record) instead of an SQLite error. Answered 503 with Retry-After here, the connections reopened, and not
    raised on: an exception that reaches uvicorn closes the connection, and the client's next request fails."""

    async def handle(self, scope, receive, send) -> None:
        started = False

        async def sending(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, sending)
        except Exception as exc:
            request = Request(scope)
            reason = request.app.state.web.database.written_over(getattr(request.state, "file_mark", None))
            if reason is None or started:
                raise
            log.warning("database file changed under a request: %r", exc)
            await _retry_later(error_page(request, 503, reason))(scope, receive, send)


def unhandled(scope: dict, exc: Exception):
    """The error page for an exception no handler answered (used by :class:`GuardMiddleware`)."""
    return error_page(Request(scope), 500)
