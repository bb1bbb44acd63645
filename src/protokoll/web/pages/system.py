"""``/-/status``: what the server holds and runs (a system page, under ``/-/``)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from ... import __version__
from sqlalchemy import func, select

from ...store.linked import link_state, unapplied_corrections
from ...store.linked_tables import ChainMeeting, ChainSource, LinkedCase, PersonRow
from ..state import state
from ..render import HTMX, page, respond
from .search import engine

router = APIRouter()


@page(router, "/-/status", "status", "Serverns status")
def status(request: Request):
    web = state(request)
    session = web.linked().session
    count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
    linked = link_state(session)
    context = {"title": "Status", "version": __version__, "htmx_version": HTMX.removeprefix("htmx-").removesuffix(".min.js"),
               "documents": count(ChainSource), "meetings": count(ChainMeeting),
               "people": count(PersonRow), "cases": count(LinkedCase),
               "linking_runs": linked.generation if linked else 0, "search": engine() is not None,
               "linked_at": linked.linked_at.isoformat(timespec="seconds") if linked and linked.linked_at else None,
               "linking_seconds": round(linked.seconds, 1) if linked and linked.seconds is not None else None,
               "today": web.today().isoformat(), "unapplied": unapplied_corrections(session)}
    return respond(request, "status.html", context)
