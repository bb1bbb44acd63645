"""The web app: server-rendered pages (Jinja2 + htmx) over the stored archive,
each with a JSON twin, plus calendars, feeds and CSV exports.

``create_app(db_url)`` builds the app; tests use it through FastAPI's
TestClient. ``protokoll serve`` runs :func:`app_from_environment` in each
uvicorn worker process (uvicorn's ``--factory``), configured by environment
variables, so every worker opens its own database engine and keeps its own
caches.

Odd requests get 4xx, never 500: numbers in URLs are read by
:mod:`.params`, feeds hold only what XML can (:mod:`.xmltext`), and every
answer, errors included, carries the security headers (:mod:`.security`).
A database that cannot be read (a SQLite file deleted or replaced under the
server, a PostgreSQL server down) gives 503 with the reason, and the pages
come back when it does (:mod:`.database`). Absolute URLs (feeds, calendars,
CSV, OpenAPI) start with the configured site address, never with the
request's Host header.
"""

from __future__ import annotations

import os
from datetime import date

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from .. import __version__
from ..collector import for_serving
from ..store.db import database_url
from . import errors, openapi
from .database import Database
from .pages import ROUTERS
from .pages.authoring_edit import ITEM_PATH, ITEM_REQUEST
from .render import HERE, make_templates
from .security import GuardMiddleware, HeadAsGetMiddleware
from .state import BASE_URL_ENV, RECHECK_ENV, RELOAD_ENV, TODAY_ENV, RequestSessions, WebState
from .uploads import MAX_REQUEST
from .urls import DEFAULT_BASE_URL, site_address


def create_app(db_url: str, *, today: date | None = None, recheck: float = 0.0,
               reload_templates: bool = False, base_url: str | None = None, migrate: bool = True) -> FastAPI:
    """The app over the database at ``db_url`` (migrated on open unless ``migrate`` is False: a server
    worker's, :class:`~.database.Database`); ``today`` fixes the date for tests.

    ``recheck``: seconds the "has the data changed" answer may be old (see
    :class:`WebState`); ``reload_templates`` re-reads edited templates;
    ``base_url``: the site's public address, which absolute URLs start with
    (default :data:`~.urls.DEFAULT_BASE_URL`, `protokoll serve`'s own).
    """
    site = site_address(base_url) if base_url else DEFAULT_BASE_URL
    app = FastAPI(title="Protokoll", version=__version__, docs_url=None, redoc_url=None,
                  description="Mötesprotokoll från kommunala samverkansorgan: sidor och JSON.",
                  servers=[{"url": site}] if base_url else None, redirect_slashes=False,
                  dependencies=[Depends(check) for check in errors.ROUTE_CHECKS])
    app.state.web = WebState(Database(db_url, migrate=migrate), make_templates(reload_templates), today,
                             recheck=recheck, base_url=site)
    app.add_middleware(RequestSessions)  # innermost: a request's sessions close once its answer is sent
    app.add_middleware(errors.WrittenOverMiddleware)  # (the file's errors answered before they reach uvicorn)
    app.add_middleware(HeadAsGetMiddleware)
    app.add_middleware(GuardMiddleware, on_error=errors.unhandled,  # outermost: limits, headers for every answer
                       larger={"/-/ladda-upp": MAX_REQUEST, ITEM_PATH: ITEM_REQUEST})
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    for router in ROUTERS:
        app.include_router(router)
    errors.install(app)
    openapi.install(app)
    return app


def app_from_environment() -> FastAPI:
    """The app of one server worker process (``uvicorn --factory protokoll.web.app:app_from_environment``).

    uvicorn starts each worker as a new process and calls this there, so
    each worker has its own engine, connection pool and caches. Settings come
    from the environment, which the workers inherit: ``$PROTOKOLL_DB`` (as
    for every command), ``$PROTOKOLL_RECHECK_SECONDS`` (default 1),
    ``$PROTOKOLL_TEMPLATE_RELOAD`` (1: re-read edited templates),
    ``$PROTOKOLL_BASE_URL`` (the site's public address) and ``$PROTOKOLL_TODAY``
    (an ISO date taken as today, e.g. to show an old archive as it was).
    The database is not migrated (or created) here: :func:`~protokoll.cli.serve.run_server` did that
    before starting the workers, and uvicorn restarts a worker whenever one dies -- perhaps while the
    SQLite file is gone.
    """
    today = os.environ.get(TODAY_ENV, "").strip()
    app = create_app(database_url(), today=date.fromisoformat(today) if today else None,
                     recheck=float(os.environ.get(RECHECK_ENV) or 1.0),
                     reload_templates=os.environ.get(RELOAD_ENV) == "1",
                     base_url=os.environ.get(BASE_URL_ENV) or None, migrate=False)  # run_server migrated
    app.router.on_startup.append(for_serving)  # once serving, the collector walks less (create_app's users: untouched)
    return app
