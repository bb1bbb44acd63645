"""``/kommuner`` and ``/kommuner/{name}``: a municipality's memberships, people,
attendance over time (an inline SVG chart) and assignments; and its calendar."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...commands.people import history
from ...gazetteer import Municipality, all_municipalities, municipality
from ...link.orgs import normalise_affiliation
from ..app import state
from ..archive import Linked
from ..data import entry_json
from ..ics import build_calendar
from ..render import base_url, page, respond, text_response
from ..urls import meeting_url, municipality_url, organisation_url, person_url, slug

router = APIRouter()


def seen_municipalities(linked: Linked) -> set[str]:
    """Municipalities that are members, affiliations of people, or assignees."""
    names = {m.municipality for o in linked.orgs for m in o.members}
    names |= {m.affiliation for p in linked.people for m in p.mentions if m.affiliation}
    return {n for n in names if municipality(n) == n}


@page(router, "/kommuner", "municipalities", "Kommunerna i arkivet")
def municipalities(request: Request):
    linked = state(request).linked()
    rows = [{"name": n, "url": municipality_url(n),
             "organisations": [o.name for o in linked.orgs if any(m.municipality == n for m in o.members)]}
            for n in sorted(seen_municipalities(linked))]
    return respond(request, "municipalities.html", {"title": "Kommuner", "municipalities": rows})


def find_municipality(name: str) -> Municipality:
    wanted = slug(name)
    found = next((m for m in all_municipalities() if slug(m.name) == wanted), None)
    if found is None:
        raise HTTPException(404, f"Ingen kommun heter {name!r}.")
    return found


def present(rec: dict, name: str) -> int:
    """How many present attendees of a meeting came from municipality ``name``."""
    return sum(1 for a in rec.get("attendees") or [] if a.get("group") == "present"
               and normalise_affiliation(a.get("affiliation")) == name)


def attendance(linked: Linked, name: str) -> list[dict]:
    """Per dated meeting with an attendance list, of the organisations it belongs to: its present attendees."""
    orgs = {o.name for o in linked.orgs if any(m.municipality == name for m in o.members)}
    orgs |= {a for o in linked.orgs if o.name in orgs for a in o.aliases}
    rows = []
    for node in sorted((n for n in linked.chain.nodes if n.date and n.organization in orgs
                        and any(s.record.get("attendees") for s in n.sources)), key=lambda n: (n.date, n.id)):
        rows.append({"meeting": node.id, "date": node.date, "organization": node.organization, "body": node.body,
                     "present": max(present(s.record, name) for s in node.sources),
                     "url": meeting_url(node.sources[0].meeting_id)})
    return rows


def people_of(linked: Linked, name: str) -> list[dict]:
    out = []
    for p in linked.people:
        runs = [r for r in history(p.mentions, "affiliation") if r["affiliation"] == name]
        if runs:
            out.append({"id": p.id, "name": p.name, "url": person_url(p.id),
                        "from": runs[0]["from"], "to": runs[-1]["to"]})
    return sorted(out, key=lambda r: (r["to"] or "", r["name"]), reverse=True)


def memberships(linked: Linked, name: str) -> list[dict]:
    return [{"organization": o.name, "url": organisation_url(o.name), "first_seen": m.first_seen,
             "last_seen": m.last_seen, "meetings": m.meetings}
            for o in linked.orgs for m in o.members if m.municipality == name]


def assignments_of(linked: Linked, entries, name: str):
    return [e for e in entries if e.kind == "municipality" and municipality(e.assignee) == name]


@page(router, "/kommuner/{name}", "municipality", "En kommun: medlemskap, närvaro över tid, personer och uppdrag")
def municipality_page(request: Request, name: str):
    web = state(request)
    linked = web.linked()
    found = find_municipality(name)
    entries = assignments_of(linked, linked.register(web.today()), found.name)
    context = {"title": found.name,
               "municipality": {"name": found.name, "official_name": found.official_name,
                                "county": found.county, "code": found.code,
                                "url": municipality_url(found.name)},
               "memberships": memberships(linked, found.name), "attendance": attendance(linked, found.name),
               "people": people_of(linked, found.name),
               "assignments": [entry_json(e, linked) for e in entries],
               "calendar_url": f"{municipality_url(found.name)}/kalender.ics",
               "feed_url": f"{municipality_url(found.name)}/atom.xml"}
    return respond(request, "municipality.html", context)


@router.get("/kommuner/{name}/kalender.ics", name="municipality_calendar", response_class=Response,
            summary="Möten där kommunen deltog och kommunens uppdrag som kalender")
def municipality_calendar(request: Request, name: str):
    web = state(request)
    linked = web.linked()
    found = find_municipality(name)
    attended = [linked.chain.by_id[r["meeting"]] for r in attendance(linked, found.name) if r["present"]]
    orgs = {m["organization"] for m in memberships(linked, found.name)}
    expected = [n for n in linked.chain.nodes if n.kind == "expected" and n.organization in orgs]
    entries = assignments_of(linked, linked.register(web.today()), found.name)
    body = build_calendar(f"Protokoll: {found.name}", attended + expected, entries, base_url(request))
    return text_response(body, "text/calendar; charset=utf-8", f"{slug(found.name)}.ics")
