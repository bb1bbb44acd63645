"""``/oparl``: a read-only OParl 1.1 API (objects made by :mod:`..oparl`).

Lists are paginated the OParl way (``?page=N``, 20 objects a page by
default, ``limit`` up to 100) with ``pagination`` and ``links``; every list
takes ``modified_since`` (an ISO date-time) to fetch only what changed.
Every answer is JSON, errors too.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Annotated, Callable

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse
from ...query import places
from ...query.archive_view import load_nodes
from ...store.linked_tables import ChainMeeting, OrganizationRow
from ..state import state
from ..oparl import OParl, StoredDocuments
from ..params import MAX_ID, PageNumber
from ..render import base_url
from ..urls import item_keys, slug, with_query

router = APIRouter(prefix="/oparl", tags=["OParl"])
PER_PAGE = 20
Limit = Annotated[int, Query(ge=1, le=100, description="Objekt per sida (högst 100)")]
Since = Annotated[str, Query(description="Bara objekt ändrade från och med denna tidpunkt (ISO 8601)")]


def api(request: Request) -> OParl:
    web = state(request)
    linked = web.linked()
    site = base_url(request)
    return OParl(linked, StoredDocuments(linked.session), site + "/oparl", site)


def answer(data: dict) -> JSONResponse:
    return JSONResponse(data, media_type="application/json")


@dataclass
class Listing:
    """The things of a list, how to make each one's object, and its ``modified`` without making it.

    Only the objects of the page asked for are made: on a large archive a
    list holds tens of thousands of meetings.
    """

    items: list
    build: Callable[[object], dict]
    modified: Callable[[object], str | None]

    @classmethod
    def of(cls, objects: list[dict]) -> "Listing":
        return cls(objects, lambda o: o, lambda o: o.get("modified"))


def paginated(request: Request, listing: Listing, page: int, limit: int, since: str) -> JSONResponse:
    """One page of ``listing`` as an OParl list, with ``pagination`` and ``links``."""
    items = listing.items
    if since:
        try:
            moment = datetime.fromisoformat(since.replace("Z", "+00:00"))
        except ValueError:
            raise HTTPException(400, f"{since!r} är ingen tidpunkt (ISO 8601).") from None
        moment = moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)
        items = [i for i in items if (m := listing.modified(i)) and datetime.fromisoformat(m) >= moment]
    objects = items
    pages = max(1, -(-len(objects) // limit))
    if page > pages:
        raise HTTPException(404, f"Sidan {page} finns inte (sista sidan är {pages}).")
    root = base_url(request)
    query = {k: v for k, v in (("limit", limit if limit != PER_PAGE else None), ("modified_since", since or None))}

    def link(n: int) -> str:
        return root + with_query(request.url.path, {**query, "page": n if n > 1 else None})

    links = {"first": link(1), "last": link(pages), "self": link(page)}
    if page > 1:
        links["prev"] = link(page - 1)
    if page < pages:
        links["next"] = link(page + 1)
    return answer({"data": [listing.build(i) for i in objects[(page - 1) * limit: page * limit]],
                   "pagination": {"totalElements": len(objects), "elementsPerPage": limit,
                                  "currentPage": page, "totalPages": pages},
                   "links": links})


def find_org(o: OParl, key: str):
    ids = [i for i, name, _ in places.organisation_names(o.linked.session) if slug(name) == key]
    found = o.linked.organizations(OrganizationRow.id == ids[0])[0] if ids else None
    if found is None:
        raise HTTPException(404, f"Ingen organisation {key!r} i OParl-gränssnittet.")
    return found


def org_nodes(o: OParl, org) -> list:
    names = {org.name, *org.aliases}
    return sorted((n for n in load_nodes(o.linked, ChainMeeting.organization.in_(sorted(names))) if n.sources),
                  key=lambda n: (n.sort_date or "", n.id))


def list_route(path: str, summary: str) -> Callable:
    """Register a paginated list at ``path`` whose view returns the full list of objects."""
    def register(make: Callable) -> Callable:
        def view(request: Request, page: PageNumber = 1, limit: Limit = PER_PAGE, modified_since: Since = "",
                 **keys):
            return paginated(request, make(api(request), **keys), page, limit, modified_since)
        keys = list(inspect.signature(make).parameters.values())[1:]  # the path's parameters
        own = list(inspect.signature(view).parameters.values())[:4]
        view.__signature__ = inspect.Signature(own[:1] + keys + own[1:])
        view.__name__ = make.__name__
        router.add_api_route(path, view, methods=["GET"], summary=summary, response_class=JSONResponse)
        return make
    return register


@router.get("", summary="OParl: systemet (ingången)")
def system(request: Request):
    return answer(api(request).system())


@list_route("/body", "OParl: alla Body (organisationerna)")
def bodies(o: OParl):
    return Listing(o.linked.orgs, o.body, lambda org: o.body_times(org).get("modified"))


@router.get("/body/{org}", summary="OParl: en Body (en organisation)")
def body(request: Request, org: str):
    o = api(request)
    return answer(o.body(find_org(o, org)))


@list_route("/body/{org}/organization", "OParl: en organisations organ (Organization)")
def organizations(o: OParl, org: str):
    found = find_org(o, org)
    return Listing.of([o.organization(found.name, b, body_nodes(o, found, b)) for b in found.bodies])


def body_nodes(o: OParl, org, body) -> list:
    names = {slug(n) for n in [body.name, *body.aliases]}
    return [n for n in org_nodes(o, org) if slug(n.body) in names]


@list_route("/body/{org}/meeting", "OParl: en organisations möten")
def meetings(o: OParl, org: str):
    return meeting_listing(o, org_nodes(o, find_org(o, org)))


def meeting_listing(o: OParl, nodes: list) -> Listing:
    return Listing(nodes, o.meeting, lambda n: o.node_times([n]).get("modified"))


@list_route("/body/{org}/person", "OParl: personer i en organisations möten")
def people(o: OParl, org: str):
    return Listing(o.person_keys_of(org_nodes(o, find_org(o, org))), lambda k: o.person(o.load_person(k)),
                   lambda k: o.times(m.meeting_id for m in o.load_person(k).mentions).get("modified"))


@list_route("/body/{org}/membership", "OParl: medlemskap i en organisations organ")
def memberships(o: OParl, org: str):
    found = find_org(o, org)
    names = {found.name, *found.aliases}
    wanted = {o.organization_id(n, b.name) for n in names for b in found.bodies}
    return Listing.of([m for p in o.people_of(org_nodes(o, found)) for m in o.memberships(p)
                       if m["organization"] in wanted])


@list_route("/body/{org}/agendaItem", "OParl: punkterna i en organisations möten")
def agenda_items(o: OParl, org: str):
    places = [(n, main, order) for n in org_nodes(o, find_org(o, org)) if (main := o.main_source(n))
              for order in range(len(main.record.get("items") or []))]
    return Listing(places, lambda t: o.agenda_items(t[0], t[1])[t[2]],
                   lambda t: o.times([t[1].meeting_id]).get("modified"))


@list_route("/body/{org}/file", "OParl: originalfilerna till en organisations möten")
def files(o: OParl, org: str):
    ids = [s.meeting_id for n in org_nodes(o, find_org(o, org)) for s in n.sources if s.meeting_id in o.stored]
    return Listing(ids, o.file, lambda m: o.times([m]).get("modified"))


@list_route("/body/{org}/paper", "OParl: ärendehandlingar (Paper; arkivet har inga)")
def papers(o: OParl, org: str):
    find_org(o, org)
    return Listing.of([])


@router.get("/organization/{org}/{body}", summary="OParl: ett organ (Organization)")
def organization(request: Request, org: str, body: str):
    o = api(request)
    found = find_org(o, org)
    b = next((b for b in found.bodies if body in {slug(n) for n in [b.name, *b.aliases]}), None)
    if b is None:
        raise HTTPException(404, f"Inget organ {body!r} i {found.name}.")
    return answer(o.organization(found.name, b, body_nodes(o, found, b)))


@list_route("/organization/{org}/{body}/meeting", "OParl: ett organs möten")
def organization_meetings(o: OParl, org: str, body: str):
    found = find_org(o, org)
    b = next((b for b in found.bodies if body in {slug(n) for n in [b.name, *b.aliases]}), None)
    if b is None:
        raise HTTPException(404, f"Inget organ {body!r} i {found.name}.")
    return meeting_listing(o, body_nodes(o, found, b))


@router.get("/meeting/{node_id}", summary="OParl: ett möte")
def meeting(request: Request, node_id: str):
    o = api(request)
    node = o.linked.chain.by_id.get(node_id)
    if node is None or not node.sources or not node.organization:
        raise HTTPException(404, f"Inget möte {node_id!r} i OParl-gränssnittet.")
    return answer(o.meeting(node))


@router.get("/person/{person_id}", summary="OParl: en person")
def person(request: Request, person_id: str):
    o = api(request)
    found = o.load_person(person_id)
    if found is None:
        raise HTTPException(404, f"Ingen person {person_id!r}.")
    return answer(o.person(found))


@router.get("/membership/{person_id}/{org}/{body}", summary="OParl: ett medlemskap")
def membership(request: Request, person_id: str, org: str, body: str):
    o = api(request)
    found = o.load_person(person_id)
    wanted = f"{o.root}/membership/{person_id}/{org}/{body}"
    match = next((m for m in o.memberships(found) if m["id"] == wanted), None) if found else None
    if match is None:
        raise HTTPException(404, "Inget sådant medlemskap.")
    return answer(match)


@router.get("/agendaItem/{meeting_id}/{key}", summary="OParl: en punkt på ett möte")
def agenda_item(request: Request, meeting_id: int, key: str):
    o = api(request)
    src = o.linked.sources.get(meeting_id)
    node = o.linked.node_of.get(meeting_id)
    items = src.record.get("items") or [] if src else []
    if src is None or key not in item_keys(items) or not node.organization:
        raise HTTPException(404, "Ingen sådan punkt.")
    wanted = f"{o.root}/agendaItem/{meeting_id}/{key}"
    return answer(next(i for i in o.agenda_items(node, src) if i["id"] == wanted))


@router.get("/file/{document_id}", summary="OParl: en originalfil")
def file(request: Request, document_id: int):
    o = api(request)
    meeting_id = o.stored.meeting_of(document_id) if 0 < document_id <= MAX_ID else None
    data = o.file(meeting_id) if meeting_id is not None else None
    if data is None:
        raise HTTPException(404, f"Ingen fil {document_id}.")
    return answer(data)
