"""The page modules, one per page kind; each has a ``router``."""

from __future__ import annotations

from . import (assignments, bodies, calendar, cases, documents, index, meetings, municipalities,
               organisations, people, search, system)

ROUTERS = [m.router for m in (index, meetings, documents, cases, people, municipalities, organisations,
                              bodies, assignments, search, calendar, system)]
