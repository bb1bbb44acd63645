"""``/kalender.ics``: every meeting and every assignment deadline of the archive."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from ..state import state
from ..ics import build_calendar
from ..render import base_url, text_response

router = APIRouter()
ICS = "text/calendar; charset=utf-8"


@router.get("/kalender.ics", name="calendar", summary="Alla möten (VEVENT) och uppdragens tidsgränser (VTODO)",
            response_class=Response)
def calendar(request: Request, tidsgranser: Literal["uppgifter", "handelser"] = Query(
        "uppgifter", description="Uppdragens tidsgränser som uppgifter (VTODO) eller som heldagshändelser "
                                 "(VEVENT, för kalendrar som inte visar uppgifter, t.ex. Google Kalender)")):
    web = state(request)
    linked, today = web.linked(), web.today()  # the whole archive: built once per link generation and day
    body = linked.pages.get(("kalender.ics", today, tidsgranser, base_url(request)), lambda: build_calendar(
        "Protokoll: alla möten", linked.chain.nodes, linked.register(today), base_url(request),
        deadlines_as_events=tidsgranser == "handelser"))
    return text_response(body, ICS, "kalender.ics")
