"""``/-/status``: what the server holds and runs (a system page, under ``/-/``)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ... import __version__

from ...store.linked import link_state, unapplied_corrections
from ...query.documents import archive_counts
from ..state import state
from ..render import HTMX, page, respond
from .search import engine

router = APIRouter()


@page(router, "/-/status", "status", "Serverns status")
def status(request: Request):
    web = state(request)
    session = web.linked().session
    linked = link_state(session)
    context = {"title": "Status", "version": __version__, "htmx_version": HTMX.removeprefix("htmx-").removesuffix(".min.js"),
               **archive_counts(session),
               "linking_runs": linked.generation if linked else 0, "search": engine() is not None,
               "linked_at": linked.linked_at.isoformat(timespec="seconds") if linked and linked.linked_at else None,
               "linking_seconds": round(linked.seconds, 1) if linked and linked.seconds is not None else None,
               "today": web.today().isoformat(), "unapplied": unapplied_corrections(session)}
    return respond(request, "status.html", context)
