"""The page modules, one per page kind; each has a ``router``."""

from __future__ import annotations

from . import (account, alerts, assignments, authoring, authoring_edit, authoring_justering,
               bodies, calendar, cases, corrections, documents, index,
               meetings, municipalities, my_assignments, oparl, organisations, people, search, system, upload)

#: Routes are tried in this order, so the most requested pages come first (their paths do not overlap).
ROUTERS = [m.router for m in (index, search, alerts, meetings, documents, cases, people, municipalities, organisations,
                              bodies, assignments, calendar, system, oparl, account, upload, authoring, authoring_edit,
                              authoring_justering, my_assignments, corrections)]
