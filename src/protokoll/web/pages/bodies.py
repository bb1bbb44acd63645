"""``/organ/{org}/{body}``: one body's meetings (held and expected), its
assignments, and its calendar."""

from __future__ import annotations

import orjson
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...link.chain import Node
from ...query import places
from ...query.archive_view import load_nodes, load_register
from ...query.people import knowing_assignees
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ..data import entry_json, node_json
from ..ics import build_calendar
from ..render import base_url, cached_response, page, representation, respond, text_response
from ..urls import body_url, organisation_url, slug

router = APIRouter()


def body_nodes(linked: Linked, org: str, body: str) -> tuple[list[Node], list[str]]:
    """The meetings of the body (its former names too) and the names it went by."""
    org_slug, body_slug = slug(org), slug(body)
    slugs, names = {body_slug}, []
    for oid in places.organisation_ids(linked.session, org_slug, slug):
        for b in places.bodies_of(linked.session, oid):
            spellings = [b.name, *orjson.loads(b.aliases_json)]
            if body_slug in {slug(n) for n in spellings}:
                slugs |= {slug(n) for n in spellings}
                names = spellings
    nodes = [n for n in load_nodes(linked, places.chain_meetings_of(linked.session, org_slug, slug))
             if slug(n.body) in slugs]
    if not nodes:
        raise HTTPException(404, f"Inget organ {body!r} i {org!r}.")
    return nodes, names or [nodes[0].body or body]


def body_entries(linked: Linked, nodes: list[Node], today) -> list:
    """The register's entries given in the body's meetings, in register order."""
    ids = places.assignment_ids_in(linked.session, [n._row_id for n in nodes])  # type: ignore[attr-defined]
    return load_register(linked, today, ids)


@page(router, "/organ/{org}/{body}", "body", "Ett organ: dess möten och uppdrag")
def body_page(request: Request, org: str, body: str):
    web = state(request)
    linked = web.linked()
    return cached_response(linked.pages, (web.today(), *representation(request)),
                           lambda: body_response(request, web, linked, org, body))


def body_response(request: Request, web, linked: Linked, org: str, body: str):
    """The body page (rendered once per link generation, day and representation)."""
    nodes, names = body_nodes(linked, org, body)
    organization = nodes[0].organization
    entries = body_entries(linked, nodes, web.today())
    known = knowing_assignees(linked, entries)
    ordered = sorted(nodes, key=lambda n: (n.sort_date or "", n.id), reverse=True)
    context = {"title": f"{names[0]} – {organization or 'okänd organisation'}",
               "organization": organization,
               "organization_url": organisation_url(organization) if organization else None,
               "body": {"name": names[0], "aliases": names[1:], "url": body_url(organization, names[0])},
               "meetings": [node_json(n, linked) for n in ordered],
               "assignments": [entry_json(e, known) for e in entries],
               "calendar_url": f"{body_url(org, body)}/kalender.ics",
               "feed_url": f"{body_url(org, body)}/atom.xml"}
    return respond(request, "body.html", context)


@router.get("/organ/{org}/{body}/kalender.ics", name="body_calendar", response_class=Response,
            summary="Ett organs möten och uppdrag som kalender")
def body_calendar(request: Request, org: str, body: str):
    web = state(request)
    linked = web.linked()
    ics = linked.pages.get(("ics", web.today(), request.url.path), lambda: body_ics(request, web, linked, org, body))
    return text_response(ics, "text/calendar; charset=utf-8", f"{slug(org)}-{slug(body)}.ics")


def body_ics(request: Request, web, linked: Linked, org: str, body: str) -> str:
    """The calendar of a body's meetings and assignments (made once per link generation and day)."""
    nodes, names = body_nodes(linked, org, body)
    entries = body_entries(linked, nodes, web.today())
    return build_calendar(f"Protokoll: {names[0]}", nodes, entries, base_url(request))
