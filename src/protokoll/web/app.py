"""The web app: server-rendered pages (Jinja2 + htmx) over the stored archive,
each with a JSON twin, plus calendars, feeds and CSV exports.

``create_app(db_url)`` builds the app; tests use it through FastAPI's
TestClient. ``protokoll serve`` runs :func:`app_from_environment` in each
uvicorn worker process (uvicorn's ``--factory``), configured by environment
variables, so every worker opens its own database engine and keeps its own
caches.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from http import HTTPStatus
from typing import Generic, TypeVar

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from .. import __version__
from ..store.db import database_url, session_factory
from ..store.search_cache import DEFAULT_SIZE, SearchCache
from .archive import ArchiveCache, Linked
from .render import HERE, make_templates, respond
from .security import GuardMiddleware, HeadAsGetMiddleware
from .uploads import MAX_REQUEST

MESSAGES = {400: "Ogiltig förfrågan", 403: "Åtkomst nekad", 404: "Sidan finns inte", 405: "Metoden är inte tillåten",
            413: "Förfrågan är för stor", 500: "Ett fel uppstod på servern"}


log = logging.getLogger(__name__)
WARM_EVERY = 10.0  #: seconds between a worker's background checks for new data and a new day
RECHECK_ENV = "PROTOKOLL_RECHECK_SECONDS"  #: see :func:`app_from_environment`
RELOAD_ENV = "PROTOKOLL_TEMPLATE_RELOAD"
T = TypeVar("T")


class Recent(Generic[T]):
    """The value ``read()`` last gave, read again only once it is ``seconds`` old (0: on every call).

    Thread-safe without a lock: concurrent callers past the interval may each
    read, and the last one stored wins; a read that fails stores nothing. The
    old value is let go when a read starts, so that it can be freed while its
    replacement is made (a linked archive is large; see ``ArchiveCache``).
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last: tuple[float, T] | None = None  #: (monotonic time the read started, value)

    def get(self, read: Callable[[], T]) -> T:
        last, now = self._last, time.monotonic()
        if last is not None and now - last[0] < self.seconds:
            return last[1]
        self._last = None
        value = read()
        self._last = (now, value)  # the time before the read: never counted fresher than it is
        return value


@dataclass
class WebState:
    """What the views share: database sessions, templates, the linking and search caches and the date.

    Whether the stored data changed (the archive key, the search index
    generation) is asked at most once per ``recheck`` seconds per process:
    the question is one SQL statement, a sizeable share of a request served
    from the caches. So a change shows on the pages within ``recheck``
    seconds (plus the time to link it); 0 asks on every request.
    """

    sessions: sessionmaker[Session]
    templates: Jinja2Templates
    cache: ArchiveCache
    fixed_today: date | None = None
    search_cache: SearchCache = field(default_factory=lambda: SearchCache(search_cache_size()))
    recheck: float = 0.0
    _linked: Recent[Linked] = field(init=False, repr=False)
    _generation: Recent = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._linked = Recent(self.recheck)
        self._generation = Recent(self.recheck)

    def today(self) -> date:
        return self.fixed_today or date.today()

    def linked(self) -> Linked:
        """The linked archive, as of at most ``recheck`` seconds ago."""
        return self._linked.get(self._link)

    def _link(self) -> Linked:
        with self.sessions() as session:
            return self.cache.get(session)

    def warm(self, every: float | None = None) -> None:
        """Load the linked archive and today's assignment register before a visitor asks.

        Run in a thread when a server worker starts: on a large archive both
        take seconds, and without this the first requests of each worker
        would wait for them. With ``every``, it goes on looking that often,
        so new data (an ingest) and a new day are loaded in the background
        too. Requests that come meanwhile wait for the same load (no second
        one starts); a failure is logged and left to them.
        """
        while True:
            try:
                self.linked().register(self.today())
            except Exception:  # the requests that need it report the error
                log.exception("warming up the linked archive failed")
            if every is None:
                return
            time.sleep(every)

    def generation(self, read: Callable[[], T]) -> T:
        """The search index generation ``read()`` gives, as of at most ``recheck`` seconds ago.

        A value computed right after may come from a newer state than the
        generation it is cached under, never from an older one: generations
        only grow, so the older key is not asked for again once it is reread.
        """
        return self._generation.get(read)


def search_cache_size() -> int:
    """Entries of the search result cache: ``$PROTOKOLL_SEARCH_CACHE`` (0 turns it off, e.g. to measure)."""
    value = os.environ.get("PROTOKOLL_SEARCH_CACHE", "").strip()
    return int(value) if value.isdigit() else DEFAULT_SIZE


def state(request: Request) -> WebState:
    return request.app.state.web


def create_app(db_url: str, *, today: date | None = None, recheck: float = 0.0,
               reload_templates: bool = False) -> FastAPI:
    """The app over the database at ``db_url`` (migrated on open); ``today`` fixes the date for tests.

    ``recheck``: seconds the "has the data changed" answer may be old (see
    :class:`WebState`); ``reload_templates`` re-reads edited templates.
    """
    from .pages import ROUTERS

    app = FastAPI(title="Protokoll", version=__version__, docs_url=None, redoc_url=None,
                  description="Mötesprotokoll från kommunala samverkansorgan: sidor och JSON.")
    app.state.web = WebState(session_factory(db_url), make_templates(reload_templates), ArchiveCache(), today,
                             recheck=recheck)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(GuardMiddleware, larger={"/-/ladda-upp": MAX_REQUEST})  # outermost: limits and headers
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _server_error)
    return app


def app_from_environment() -> FastAPI:
    """The app of one server worker process (``uvicorn --factory protokoll.web.app:app_from_environment``).

    uvicorn starts each worker as a new process and calls this there, so
    each worker has its own engine, connection pool and caches. Settings come
    from the environment, which the workers inherit: ``$PROTOKOLL_DB`` (as
    for every command), ``$PROTOKOLL_RECHECK_SECONDS`` (default 1) and
    ``$PROTOKOLL_TEMPLATE_RELOAD`` (1: re-read edited templates).
    """
    app = create_app(database_url(), recheck=float(os.environ.get(RECHECK_ENV) or 1.0),
                     reload_templates=os.environ.get(RELOAD_ENV) == "1")
    web = app.state.web
    threading.Thread(target=web.warm, args=(max(web.recheck, WARM_EVERY),), name="warm-up", daemon=True).start()
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
