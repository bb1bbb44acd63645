"""``/kalender.ics``: every meeting and every assignment deadline of the archive."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from ..app import state
from ..ics import build_calendar
from ..render import base_url, text_response

router = APIRouter()
ICS = "text/calendar; charset=utf-8"


@router.get("/kalender.ics", name="calendar", summary="Alla möten (VEVENT) och uppdragens tidsgränser (VTODO)",
            response_class=Response)
def calendar(request: Request):
    web = state(request)
    linked = web.linked()
    body = build_calendar("Protokoll: alla möten", linked.chain.nodes, linked.register(web.today()),
                          base_url(request))
    return text_response(body, ICS, "kalender.ics")
