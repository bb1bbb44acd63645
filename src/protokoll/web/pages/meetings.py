"""``/moten`` (every meeting, held and expected) and ``/moten/{key}`` (one meeting).

The key is a stored meeting id (``/moten/12``), a chain id
(``/moten/2024-11-28-vatterstadsregionen-styrelsen``, also for expected
meetings) or an ISO date (``/moten/2024-03-14``). A chain id or a date that
names one document redirects to that meeting's id; a date with several
documents lists them.
"""

from __future__ import annotations

import re

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse
from sqlalchemy import select

from ...store.models import Document, Meeting

from ..state import state
from ...query.linked import ArchiveView as Linked
from ..data import node_json
from ..params import Year, row_id
from ..render import cached_response, page, representation, respond, swedish_date
from ..urls import meeting_url
from .meeting import expected_context, meeting_context

router = APIRouter()
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$", re.ASCII)


@page(router, "/moten", "meetings", "Alla möten")
def meetings(request: Request, ar: Year | None = None):
    linked = state(request).linked()
    nodes = [n for n in linked.chain.nodes if ar is None or n.year == ar]
    return respond(request, "meetings.html", list_context(linked, nodes, "Möten", year=ar))


def list_context(linked: Linked, nodes, title: str, year: int | None = None) -> dict:
    """Meetings newest first (undated last), with the years to filter by."""
    ordered = sorted(nodes, key=lambda n: (n.sort_date or "", n.id), reverse=True)
    years = sorted({n.year for n in linked.chain.nodes if n.year}, reverse=True)
    return {"title": title, "year": year, "years": years, "feed_url": "/moten/atom.xml",
            "meetings": [node_json(n, linked) for n in ordered]}


@page(router, "/moten/{key}", "meeting", "Ett möte: protokoll, anteckningar, dagordning eller förväntat möte")
def meeting(request: Request, key: str):
    web = state(request)
    linked = web.linked()
    suffix = ".json" if request.url.path.endswith(".json") else ""
    number = row_id(key)
    if number is not None and number in linked.sources:  # rendered once per linked state, day and representation
        today = web.today()
        return cached_response(linked.pages, (today, *representation(request)), lambda: respond(
            request, "meeting.html", meeting_context(number, linked, today, document_text(web, number))))
    node = linked.chain.by_id.get(key)
    if node is not None and not node.sources:
        return respond(request, "meeting_expected.html", expected_context(node, linked))
    if node is not None:
        return RedirectResponse(meeting_url(node.sources[0].meeting_id) + suffix, status_code=302)
    if _DATE.match(key):
        return _by_date(request, linked, key, suffix)
    raise HTTPException(404, f"Inget möte {key!r} finns i arkivet.")


def document_text(web, meeting_id: int) -> str | None:
    """The text of a stored meeting's document (one row read by key)."""
    with web.sessions() as session:
        return session.scalar(select(Document.text).join(Meeting).where(Meeting.id == meeting_id))


def _by_date(request: Request, linked: Linked, key: str, suffix: str):
    """The meetings of one day (or month, or year): one redirects, several are listed."""
    nodes = [n for n in linked.chain.nodes if (n.date or "").startswith(key)]
    if not nodes:
        raise HTTPException(404, f"Inga möten {swedish_date(key)} finns i arkivet.")
    sources = [s for n in nodes for s in n.sources]
    if len(nodes) == 1 and len(sources) == 1:
        return RedirectResponse(meeting_url(sources[0].meeting_id) + suffix, status_code=302)
    return respond(request, "meetings.html", list_context(linked, nodes, f"Möten {swedish_date(key)}"))
