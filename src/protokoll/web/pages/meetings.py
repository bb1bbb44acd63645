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
from starlette.concurrency import run_in_threadpool


from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ...query.meetings import meeting_count, meeting_list, source_count, years
from ..data import node_json, pagination
from ..params import MAX_PAGE, PageNumber, Year, row_id
from ..render import cached_response, kept_or_built, kept_page, page, representation, respond, swedish_date
from ..urls import meeting_url
from .meeting import expected_context, meeting_context

router = APIRouter()
PER_PAGE = 50  #: meetings per page of a list
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$", re.ASCII)


@page(router, "/moten", "meetings", "Alla möten")
async def meetings(request: Request, ar: Year | None = None, sida: PageNumber = 1):
    # rendered once per link generation and URL (a list does not age)
    return await kept_page(request, (None, *representation(request)), lambda linked: respond(
        request, "meetings.html", list_context(linked, "Möten", "/moten", sida, year=ar)))


def list_context(linked: Linked, title: str, path: str, number: int, year: int | None = None,
                 prefix: str | None = None) -> dict:
    """One page of meetings newest first (undated last), with the years to filter by."""
    total = meeting_count(linked.session, year=year, prefix=prefix)
    nodes = meeting_list(linked, year=year, prefix=prefix, limit=PER_PAGE, offset=(number - 1) * PER_PAGE)
    return {"title": title, "year": year, "years": years(linked.session), "feed_url": "/moten/atom.xml",
            "meetings": [node_json(n, linked) for n in nodes],
            "pages": pagination(path, {"ar": year}, number, total, PER_PAGE)}


@page(router, "/moten/{key}", "meeting", "Ett möte: protokoll, anteckningar, dagordning eller förväntat möte")
async def meeting(request: Request, key: str):
    if row_id(key) is None:  # a chain id or a date: never kept
        return await run_in_threadpool(_meeting, request, key)
    return await kept_or_built(request, (state(request).today(), *representation(request)),
                               lambda: _meeting(request, key))


def _meeting(request: Request, key: str):
    web = state(request)
    linked = web.linked()
    suffix = ".json" if request.url.path.endswith(".json") else ""
    number = row_id(key)
    if number is not None:  # a stored meeting: rendered once per linked state, day and representation
        today = web.today()  # (``meeting`` looked for it in the page cache before)
        seen = (today, *representation(request))
        if number in linked.sources:
            return cached_response(linked.pages, seen, lambda: respond(
                request, "meeting.html", with_corrections(meeting_context(number, linked, today), web, number)))
    node = linked.chain.by_id.get(key)
    if node is not None and not node.sources:
        return respond(request, "meeting_expected.html", expected_context(node, linked))
    if node is not None:
        return RedirectResponse(meeting_url(node.sources[0].meeting_id) + suffix, status_code=302)
    if _DATE.match(key):
        return _by_date(request, linked, key, suffix)
    raise HTTPException(404, f"Inget möte {key!r} finns i arkivet.")


def with_corrections(context: dict, web, meeting_id: int) -> dict:
    """The page of a meeting corrected by hand also says which values were corrected, by whom and when,
    and what was read (``corrections``: field path -> mark; only on corrected meetings)."""
    from ..correcting import meeting_marks

    if not web.linked().meeting_document(meeting_id)[2]:  # never corrected: asked with the document's id
        return context
    found = meeting_marks(web, meeting_id)
    return {**context, "corrections": found} if found else context


def _by_date(request: Request, linked: Linked, key: str, suffix: str):
    """The meetings of one day (or month, or year): one redirects, several are listed."""
    number = page_number(request)
    if number == 1 and meeting_count(linked.session, prefix=key) == 1 and source_count(linked.session, prefix=key) == 1:
        node = meeting_list(linked, prefix=key, limit=1)[0]
        return RedirectResponse(meeting_url(node.sources[0].meeting_id) + suffix, status_code=302)
    context = list_context(linked, f"Möten {swedish_date(key)}", f"/moten/{key}", number, prefix=key)
    if not context["meetings"] and number == 1:
        raise HTTPException(404, f"Inga möten {swedish_date(key)} finns i arkivet.")
    return respond(request, "meetings.html", context)


def page_number(request: Request) -> int:
    """The ``sida`` of a list reached by a path that takes no parameters (a date): 1 unless a valid one."""
    value = request.query_params.get("sida", "1")
    return int(value) if value.isascii() and value.isdigit() and 1 <= int(value) <= MAX_PAGE else 1
