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
from dataclasses import dataclass, field
from datetime import date
from typing import Generic, TypeVar

from fastapi import Request
from fastapi.templating import Jinja2Templates
from sqlalchemy.orm import Session, sessionmaker

from .cache import DEFAULT_SIZE, SearchCache
from .archive import ArchiveCache, Linked
from .database import Database
from .urls import DEFAULT_BASE_URL

log = logging.getLogger(__name__)
WARM_EVERY = 10.0  #: seconds between a worker's background checks for new data and a new day
RECHECK_ENV = "PROTOKOLL_RECHECK_SECONDS"  #: see :func:`.app.app_from_environment`
RELOAD_ENV = "PROTOKOLL_TEMPLATE_RELOAD"
BASE_URL_ENV = "PROTOKOLL_BASE_URL"  #: the site's public address (``protokoll serve --base-url``)
TODAY_ENV = "PROTOKOLL_TODAY"  #: an ISO date the pages take as today (a demo of an old archive)
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

    database: Database
    templates: Jinja2Templates
    cache: ArchiveCache
    fixed_today: date | None = None
    search_cache: SearchCache = field(default_factory=lambda: SearchCache(search_cache_size()))
    recheck: float = 0.0
    base_url: str = DEFAULT_BASE_URL  #: the site's address for absolute URLs, without a trailing slash
    _linked: Recent[Linked] = field(init=False, repr=False)
    _generation: Recent = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._linked = Recent(self.recheck)
        self._generation = Recent(self.recheck)
        self.database.on_reopen.append(self.forget)

    @property
    def sessions(self) -> sessionmaker[Session]:
        """Sessions that each read one snapshot of the data (:mod:`.database`)."""
        return self.database.sessions

    def forget(self) -> None:
        """Drop everything read from the database (it was replaced): the next request reads the new one."""
        self.cache = ArchiveCache()
        self.search_cache = SearchCache(self.search_cache.size)
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
