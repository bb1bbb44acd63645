"""``/organisationer`` and ``/organisationer/{name}``: an organisation's member
municipalities and attendance over time (inline SVG charts) and its bodies."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request

from ...link.orgs import Organisation, normalise_affiliation
from ...query import places
from ...query.archive_view import load_nodes
from ...store.linked_tables import ChainMeeting, OrganizationRow
from ...swedish.gazetteer import municipality
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ..render import cached_response, page, representation, respond
from ..urls import body_url, meeting_url, municipality_url, organisation_url, slug

router = APIRouter()


def find_organisation(linked: Linked, name: str) -> Organisation:
    ids = places.organisation_ids(linked.session, slug(name), slug)
    found = linked.organizations(OrganizationRow.id == ids[0])[0] if ids else None
    if found is None:
        raise HTTPException(404, f"Ingen organisation heter {name!r}.")
    return found


@page(router, "/organisationer", "organisations", "Organisationerna i arkivet")
def organisations(request: Request):
    linked = state(request).linked()
    return cached_response(linked.pages, (None, *representation(request)), lambda: organisations_response(
        request, linked))


def organisations_response(request: Request, linked: Linked):
    rows = [{"name": o["name"], "aliases": o["aliases"], "url": organisation_url(o["name"]),
             "members": o["members"], "bodies": o["bodies"]} for o in places.organisation_rows(linked.session)]
    return respond(request, "organisations.html", {"title": "Organisationer", "organisations": rows})


def attendance(linked: Linked, org: Organisation) -> list[dict]:
    """Per held, dated meeting with an attendance list: how many municipalities and people were present."""
    names = {org.name, *org.aliases}
    rows = []
    nodes = load_nodes(linked, ChainMeeting.organization.in_(sorted(names)), ChainMeeting.date.is_not(None))
    for node in sorted((n for n in nodes if n.date and any(s.record.get("attendees") for s in n.sources)),
                       key=lambda n: (n.date, n.id)):
        present = [a for s in node.sources for a in s.record.get("attendees") or []
                   if a.get("group") == "present"]
        places = {p for a in present if (p := normalise_affiliation(a.get("affiliation"))) and municipality(p)}
        rows.append({"meeting": node.id, "date": node.date, "body": node.body,
                     "municipalities": len(places), "present": len({a["name"] for a in present}),
                     "url": meeting_url(node.sources[0].meeting_id)})
    return rows


@page(router, "/organisationer/{name}", "organisation",
      "En organisation: medlemskommuner och närvaro över tid, organ")
def organisation(request: Request, name: str):
    linked = state(request).linked()
    return cached_response(linked.pages, (None, *representation(request)),
                           lambda: organisation_response(request, linked, find_organisation(linked, name)))


def organisation_response(request: Request, linked: Linked, org: Organisation):
    """The organisation page (rendered once per link generation and representation)."""
    members = [{"municipality": m.municipality, "url": municipality_url(m.municipality),
                "first_seen": m.first_seen, "last_seen": m.last_seen, "meetings": m.meetings}
               for m in org.members]
    bodies = [{"name": b.name, "aliases": b.aliases, "meetings": b.meetings, "url": body_url(org.name, b.name),
               "first": b.dates[0] if b.dates else None, "last": b.dates[-1] if b.dates else None}
              for b in org.bodies]
    context = {"title": org.name,
               "organisation": {"name": org.name, "aliases": org.aliases, "url": organisation_url(org.name)},
               "feed_url": f"{organisation_url(org.name)}/atom.xml",
               "members": members, "bodies": bodies, "attendance": attendance(linked, org)}
    return respond(request, "organisation.html", context)
