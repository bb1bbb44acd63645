"""What the views of one app share (:class:`WebState`), and the settings a server worker reads from
its environment.

The page modules take the state with :func:`state`; :mod:`.app` builds it in
``create_app``. Keeping it here, below both, means the pages never import
the app that imports them.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from fastapi import Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker

from ..query.archive_view import ArchiveView
from ..store.linked import link_generation
from .asgi import HTTPMiddleware
from .cache import DEFAULT_SIZE, SearchCache
from .database import Database
from .settings import BASE_URL_ENV, RECHECK_ENV, RELOAD_ENV, TODAY_ENV  # noqa: F401 (named here too)
from .urls import DEFAULT_BASE_URL

log = logging.getLogger(__name__)
PAGES = 512  #: rendered pages kept per link generation (most 10-50 KB; a municipality's up to ~1 MB)
#: and at most this many bytes of them, as kept (compressed, ``render.cached_response``: some 10-15 times
#: smaller), so that a worker's memory stays bounded: 8 MB holds about 100 MB of pages
PAGE_BYTES = 8 * 2**20
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


#: The sessions a request opened for its view of the linked archive, closed when its answer is sent
#: (:class:`RequestSessions`); the views run in threads, which get a copy of the request's context.
_REQUEST: ContextVar[dict | None] = ContextVar("protokoll_request", default=None)


SAFE_METHODS = ("GET", "HEAD", "OPTIONS")  #: requests that change nothing


class RequestSessions(HTTPMiddleware):
    """ASGI middleware: what a request opened with :meth:`WebState.linked` is closed after its answer."""

    async def handle(self, scope, receive, send) -> None:
        held: dict = {}
        token = _REQUEST.set(held)
        try:
            await self.app(scope, receive, send)
        finally:
            _REQUEST.reset(token)
            if (session := held.get("session")) is not None:
                session.close()
            if scope.get("method") not in SAFE_METHODS and (app := scope.get("app")) is not None:
                web = getattr(app.state, "web", None)
                if web is not None:
                    web.recheck_now()  # what this process wrote shows on its next page, not ``recheck`` s later


@dataclass
class WebState:
    """What the views share: database sessions, templates, the search and page caches and the date.

    No process holds the archive: each request reads what it shows from the
    database (:meth:`linked`). Caches are keyed by the generation counters
    the database keeps (search index, linked rows), asked at most once per
    ``recheck`` seconds per process: the question is one SQL statement, a
    sizeable share of a request served from the caches. So a change shows on
    the pages within ``recheck`` seconds; 0 asks on every request.
    """

    database: Database
    templates: Jinja2Templates
    fixed_today: date | None = None
    search_cache: SearchCache = field(default_factory=lambda: SearchCache(search_cache_size()))
    recheck: float = 0.0
    base_url: str = DEFAULT_BASE_URL  #: the site's address for absolute URLs, without a trailing slash
    _generation: Recent = field(init=False, repr=False)
    _link_generation: Recent = field(init=False, repr=False)
    _pages: tuple[int, SearchCache] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._generation = Recent(self.recheck)
        self._link_generation = Recent(self.recheck)
        self.database.on_reopen.append(self.forget)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions that each read one snapshot of the data (:mod:`.database`)."""
        return self.database.sessions

    def forget(self) -> None:
        """Drop everything read from the database (it was replaced): the next request reads the new one."""
        self.search_cache = SearchCache(self.search_cache.size)
        self._generation = Recent(self.recheck)
        self._link_generation = Recent(self.recheck)
        self._pages = None

    def recheck_now(self) -> None:
        """Ask the database for its generations on the next request (this process may have changed them)."""
        self._generation = Recent(self.recheck)
        self._link_generation = Recent(self.recheck)

    def today(self) -> date:
        return self.fixed_today or date.today()

    def linked(self) -> ArchiveView:
        """This request's view of the linked archive: its rows, read with SQL as the page asks.

        One view and one session per request (closed when the answer is
        sent), so everything a page shows is of one state of the data.
        """
        held = _REQUEST.get()
        if held is not None and "view" in held:
            return held["view"]
        session = self.sessions()
        kept = held.get("pages") if held is not None else None  # the cache ``kept_pages`` looked into
        view = ArchiveView(session, kept if kept is not None else self.page_cache(session))
        if held is not None:
            held["session"], held["view"] = session, view
        return view

    def page_cache(self, session: Session) -> SearchCache:
        """Rendered pages of the current link generation (a relink starts an empty one)."""
        return self._pages_of(self._link_generation.get(lambda: link_generation(session)))

    def kept_pages(self) -> SearchCache:
        """:meth:`page_cache` without a request's session: the generation, when it is to be asked again,
        is read with a session of its own (one short statement once per ``recheck`` seconds). For a look
        into the cache before a view runs (``render.kept_or_built``); a page built after it, in its
        request's snapshot, may be of a newer state than the generation it is kept under, never of an
        older one (as :meth:`generation`)."""
        pages = self._pages_of(self._link_generation.get(self._read_link_generation))
        if (held := _REQUEST.get()) is not None:  # the page built after the look keeps it here too
            held["pages"] = pages
        return pages

    def _read_link_generation(self) -> int:
        with self.sessions() as session:
            return link_generation(session)

    def _pages_of(self, generation: int) -> SearchCache:
        pages = self._pages
        if pages is None or pages[0] != generation:
            pages = (generation, SearchCache(PAGES, max_bytes=PAGE_BYTES))
            self._pages = pages
        return pages[1]

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
