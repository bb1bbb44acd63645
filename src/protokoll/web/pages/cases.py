"""``/arenden`` (the cases that run across meetings), ``/arenden/{id}`` (one
case's timeline) and ``/arenden/{id}/atom.xml`` (its feed)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...link.cases import Case
from ..state import state
from ...query.linked import ArchiveView as Linked
from ..data import case_item_json, case_json, entry_json
from ..feeds import FeedEntry, atom_feed
from ..render import base_url, page, respond, text_response
from ..urls import case_url

router = APIRouter()
ATOM = "application/atom+xml; charset=utf-8"


@page(router, "/arenden", "cases", "Ärenden som löper över flera möten")
def cases(request: Request, alla: bool = False):
    linked = state(request).linked()
    shown = [c for c in linked.cases if alla or len(c.items) > 1 or c.corrected]
    shown.sort(key=lambda c: (case_json(c)["last"] or "", c.id), reverse=True)
    return respond(request, "cases.html", {"title": "Ärenden", "all": alla,
                                           "cases": [case_json(c) for c in shown]})


def find_case(linked: Linked, case_id: str) -> Case:
    case = next((c for c in linked.cases if c.id == case_id), None)
    if case is None:
        raise HTTPException(404, f"Ärendet {case_id!r} finns inte.")
    return case


@page(router, "/arenden/{case_id}", "case", "Ett ärendes tidslinje")
def case(request: Request, case_id: str):
    web = state(request)
    linked = web.linked()
    found = find_case(linked, case_id)
    entries = [e for e in linked.register(web.today()) if linked.case_of_item.get(e.item.id) is found]
    context = {"title": f"Ärende: {found.title}", "case": case_json(found),
               "timeline": [case_item_json(i, linked) for i in found.items],
               "assignments": [entry_json(e, linked) for e in entries],
               "atom_url": f"{case_url(found.id)}/atom.xml"}
    return respond(request, "case.html", context)


@router.get("/arenden/{case_id}/atom.xml", name="case_feed", summary="Ett ärendes händelser som Atom-flöde",
            response_class=Response)
def case_feed(request: Request, case_id: str):
    linked = state(request).linked()
    found = find_case(linked, case_id)
    root = base_url(request)
    entries = [FeedEntry(f"{root}{case_url(found.id)}#{i['id']}",
                         f"{i['body'] or ''} {i['date'] or ''}: {i['title']}".strip(),
                         root + (i["url"] or case_url(found.id)), i["date"], " ".join(i["decisions"]))
               for i in (case_item_json(item, linked) for item in found.items)]
    xml = atom_feed(f"{root}{case_url(found.id)}", f"Ärende: {found.title}",
                    f"{root}{case_url(found.id)}/atom.xml", root + case_url(found.id), entries)
    return text_response(xml, ATOM)
