"""The web app: server-rendered pages (Jinja2 + htmx) over the stored archive,
each with a JSON twin, plus calendars, feeds and CSV exports.

``create_app(db_url)`` is the only entry point; ``protokoll serve`` runs it
with uvicorn, tests use it through FastAPI's TestClient.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from http import HTTPStatus

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from .. import __version__
from ..store.db import session_factory
from ..store.search_cache import DEFAULT_SIZE, SearchCache
from .archive import ArchiveCache, Linked
from .render import HERE, make_templates, respond
from .security import GuardMiddleware, HeadAsGetMiddleware

MESSAGES = {400: "Ogiltig förfrågan", 404: "Sidan finns inte", 405: "Metoden är inte tillåten",
            413: "Förfrågan är för stor", 500: "Ett fel uppstod på servern"}


@dataclass
class WebState:
    """What the views share: database sessions, templates, the linking and search caches and the date."""

    sessions: sessionmaker[Session]
    templates: Jinja2Templates
    cache: ArchiveCache
    fixed_today: date | None = None
    search_cache: SearchCache = field(default_factory=lambda: SearchCache(search_cache_size()))

    def today(self) -> date:
        return self.fixed_today or date.today()

    def linked(self) -> Linked:
        with self.sessions() as session:
            return self.cache.get(session)


def search_cache_size() -> int:
    """Entries of the search result cache: ``$PROTOKOLL_SEARCH_CACHE`` (0 turns it off, e.g. to measure)."""
    value = os.environ.get("PROTOKOLL_SEARCH_CACHE", "").strip()
    return int(value) if value.isdigit() else DEFAULT_SIZE


def state(request: Request) -> WebState:
    return request.app.state.web


def create_app(db_url: str, *, today: date | None = None) -> FastAPI:
    """The app over the database at ``db_url`` (migrated on open); ``today`` fixes the date for tests."""
    from .pages import ROUTERS

    app = FastAPI(title="Protokoll", version=__version__, docs_url=None, redoc_url=None,
                  description="Mötesprotokoll från kommunala samverkansorgan: sidor och JSON.")
    app.state.web = WebState(session_factory(db_url), make_templates(), ArchiveCache(), today)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(GuardMiddleware)  # outermost: limits and headers for every answer
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _server_error)
    return app


def error_page(request: Request, status: int, detail: str | None = None):
    """The Swedish error page (or JSON) for ``status``."""
    message = MESSAGES.get(status, "Fel")
    context = {"title": f"{status} – {message}", "status": status, "message": message,
               "detail": detail if detail and detail != message else None}
    return respond(request, "error.html", context, status)


async def _http_error(request: Request, exc: HTTPException):
    detail = exc.detail if isinstance(exc.detail, str) else None
    if detail == HTTPStatus(exc.status_code).phrase:  # Starlette's English default
        detail = None
    response = error_page(request, exc.status_code, detail)
    response.headers.update(exc.headers or {})
    return response


async def _invalid(request: Request, exc: RequestValidationError):
    fields = ", ".join(str(e.get("loc", ["?"])[-1]) for e in exc.errors())
    return error_page(request, 400, f"Ogiltigt värde: {fields}")


async def _server_error(request: Request, exc: Exception):
    return error_page(request, 500)
