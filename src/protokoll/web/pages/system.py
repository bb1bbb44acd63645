"""``/-/status``: what the server holds and runs (a system page, under ``/-/``)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ... import __version__
from ...store.links import snapshot_info
from ..state import state
from ..render import HTMX, page, respond
from .search import engine

router = APIRouter()


@page(router, "/-/status", "status", "Serverns status")
def status(request: Request):
    web = state(request)
    linked = web.linked()
    with web.sessions() as session:
        snapshot = snapshot_info(session)
    context = {"title": "Status", "version": __version__, "htmx_version": HTMX.removeprefix("htmx-").removesuffix(".min.js"),
               "documents": len(linked.sources), "meetings": len(linked.chain.nodes),
               "people": len(linked.people), "cases": len(linked.cases),
               "linking_runs": web.cache.builds, "search": engine() is not None,
               "linked_at": snapshot.made_at.isoformat(timespec="seconds") if snapshot else None,
               "linking_seconds": round(snapshot.seconds, 1) if snapshot else None,
               "today": web.today().isoformat()}
    return respond(request, "status.html", context)
