"""``/arenden`` (the cases that run across meetings, a page at a time), ``/arenden/{id}`` (one
case's timeline) and ``/arenden/{id}/atom.xml`` (its feed)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...link.cases import Case
from ...query import cases as query
from ...query.assignments import entries_where
from ...store.linked_tables import LinkedItem
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ..data import case_item_json, case_summary_json
from ..feeds import FeedEntry, atom_feed
from ..paging import pages
from ..params import PageNumber
from ..render import base_url, cached_response, kept_page, page, representation, respond, text_response
from ..urls import case_url
from .assignments import entry_rows

router = APIRouter()
ATOM = "application/atom+xml; charset=utf-8"
PAGE_SIZE = 50  #: cases per page of /arenden
TIMELINE_SIZE = 25  #: items per page of a case's timeline (and the assignments given in them)


@page(router, "/arenden", "cases", "Ärenden som löper över flera möten")
def cases(request: Request, alla: bool = False, sida: PageNumber = 1):
    linked = state(request).linked()
    rows = summaries(linked, alla)
    pager = pages("/arenden", {"alla": "true" if alla else None}, sida, len(rows), PAGE_SIZE)
    shown = rows[(sida - 1) * PAGE_SIZE:sida * PAGE_SIZE]
    return respond(request, "cases.html", {"title": "Ärenden", "all": alla, "pages": pager,
                                           "cases": [_row(c) for c in shown]})


def _row(summary: dict) -> dict:
    """A case in the list, as ``data.case_json`` gives one."""
    return {"id": summary["id"], "title": summary["title"], "url": case_url(summary["id"]),
            **{k: summary[k] for k in ("items", "first", "last", "corrected")}}


def summaries(linked: Linked, show_all: bool) -> list[dict]:
    """The list's rows, latest first: a summary of every case, kept per link generation."""
    if linked.pages is None:
        return query.summaries(linked, show_all)
    return linked.pages.get(("case-summaries", show_all), lambda: query.summaries(linked, show_all))


def find_case(linked: Linked, case_id: str) -> tuple[Case, int]:
    found = query.case(linked, case_id)
    if found is None:
        raise HTTPException(404, f"Ärendet {case_id!r} finns inte.")
    return found


@page(router, "/arenden/{case_id}", "case", "Ett ärendes tidslinje")
async def case(request: Request, case_id: str, sida: PageNumber = 1):
    """A kept page is answered on the event loop (:func:`kept_page`), a new one built in a thread."""
    today = state(request).today()
    return await kept_page(request, (today, *representation(request)),
                           lambda linked: _case_page(request, linked, today, case_id, sida))


def _case_page(request: Request, linked: Linked, today, case_id: str, number: int = 1) -> Response:
    """A page of the case's timeline (``TIMELINE_SIZE`` items in archive order; a case may run over
    many years) and the assignments given in those items: a few statements, however long the case."""
    found = query.header(linked, case_id)
    if found is None:
        raise HTTPException(404, f"Ärendet {case_id!r} finns inte.")
    pager = pages(case_url(case_id), {}, number, found["items"], TIMELINE_SIZE)
    items = query.timeline(linked, found["row"], TIMELINE_SIZE, (number - 1) * TIMELINE_SIZE)
    entries = entries_where(linked, today, LinkedItem.case_id == found["row"],
                            LinkedItem.key.in_([i.id for i in items])) if items else []
    context = {"title": f"Ärende: {found['title']}", "case": case_summary_json(found), "pages": pager,
               "timeline": [case_item_json(i, linked) for i in items],
               "assignments": entry_rows(entries, linked),
               "atom_url": f"{case_url(case_id)}/atom.xml"}
    return respond(request, "case.html", context)


def cached(linked: Linked, key: tuple, build) -> Response:
    """The answer ``build()`` makes, rendered once per link generation and ``key`` (day, URL, representation);
    a missing case is not kept (its 404 is raised each time)."""
    return cached_response(linked.pages, key, build) if linked.pages is not None else build()


@router.get("/arenden/{case_id}/atom.xml", name="case_feed", summary="Ett ärendes händelser som Atom-flöde",
            response_class=Response)
def case_feed(request: Request, case_id: str):
    linked = state(request).linked()
    return cached(linked, representation(request), lambda: _feed(request, linked, case_id))


def _feed(request: Request, linked: Linked, case_id: str) -> Response:
    found, _ = find_case(linked, case_id)
    root = base_url(request)
    entries = [FeedEntry(f"{root}{case_url(found.id)}#{i['id']}",
                         f"{i['body'] or ''} {i['date'] or ''}: {i['title']}".strip(),
                         root + (i["url"] or case_url(found.id)), i["date"], " ".join(i["decisions"]))
               for i in (case_item_json(item, linked) for item in found.items)]
    xml = atom_feed(f"{root}{case_url(found.id)}", f"Ärende: {found.title}",
                    f"{root}{case_url(found.id)}/atom.xml", root + case_url(found.id), entries)
    return text_response(xml, ATOM)
