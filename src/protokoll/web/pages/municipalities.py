"""``/kommuner`` and ``/kommuner/{name}``: a municipality's memberships, people,
attendance over time (an inline SVG chart) and assignments; and its calendar."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...swedish.gazetteer import Municipality, all_municipalities, municipality
from ...link.assignments import addressees
from ...link.orgs import normalise_affiliation
from ...query import places
from ...query.linked import load_nodes, load_register
from ...query.places import affiliation_at
from ...query.people import KnownPersons, history, person_keys
from ...store.linked_tables import ChainMeeting
from ...swedish.fold import fold_name
from ..state import state
from ...query.linked import ArchiveView as Linked
from ..data import entry_json
from ..dissent import dissent_json
from ..ics import build_calendar
from ..render import base_url, cached_response, page, representation, respond, text_response
from .people import surname_key
from ..urls import meeting_url, municipality_url, organisation_url, person_url, slug

router = APIRouter()


def seen_municipalities(linked: Linked) -> set[str]:
    """Municipalities that are members, affiliations of people, or assignees."""
    return places.seen_municipalities(linked.session)


@page(router, "/kommuner", "municipalities", "Kommunerna i arkivet")
def municipalities(request: Request):
    """Every municipality the archive names: made once per link generation and representation."""
    linked = state(request).linked()
    return cached_response(linked.pages, (None, *representation(request)), lambda: respond(
        request, "municipalities.html", {"title": "Kommuner", "municipalities": municipality_list(linked)}))


def municipality_list(linked: Linked) -> list[dict]:
    orgs = places.organisations_by_member(linked.session)
    return [{"name": n, "url": municipality_url(n), "organisations": orgs.get(n, [])}
            for n in sorted(seen_municipalities(linked))]


def find_municipality(name: str, linked: Linked | None = None) -> Municipality:
    """The municipality of a URL name. Slugs fold å/ä/ö, so two can share one ("Habo", "Håbo"): then the
    one written so, else the one the archive has seen."""
    wanted = slug(name)
    found = [m for m in all_municipalities() if slug(m.name) == wanted]
    if not found:
        raise HTTPException(404, f"Ingen kommun heter {name!r}.")
    return next((m for m in found if m.name == name), None) or next(
        (m for m in found if linked is not None and len(found) > 1 and places.is_seen(linked.session, m.name)),
        found[0])


def present(rec: dict, name: str) -> int:
    """How many present attendees of a meeting came from municipality ``name``."""
    return sum(1 for a in rec.get("attendees") or [] if a.get("group") == "present"
               and normalise_affiliation(a.get("affiliation")) == name)


def attendance(linked: Linked, name: str, nodes=None) -> list[dict]:
    """Per dated meeting with an attendance list, of the organisations it belongs to: its present attendees.
    ``nodes``: the meetings of those organisations, when already read."""
    if nodes is None:
        nodes = org_nodes(linked, member_orgs(linked, name))
    rows = []
    for node in sorted((n for n in nodes if n.date and any(s.record.get("attendees") for s in n.sources)),
                       key=lambda n: (n.date, n.id)):
        rows.append({"meeting": node.id, "date": node.date, "organization": node.organization, "body": node.body,
                     "present": max(present(s.record, name) for s in node.sources),
                     "url": meeting_url(node.sources[0].meeting_id)})
    return rows


def org_nodes(linked: Linked, orgs: set[str]) -> list:
    """The chain meetings of the organisations (by every spelling), in chain order, with their records."""
    return load_nodes(linked, ChainMeeting.organization.in_(sorted(orgs))) if orgs else []


def people_of(linked: Linked, name: str, people: dict | None = None) -> list[dict]:
    """People whose affiliation was the municipality, with from when to when (``people``: as
    ``places.affiliated`` gives, when already read)."""
    out = []
    for p in (people if people is not None else places.affiliated(linked.session, name)).values():
        runs = [r for r in history(p.mentions, "affiliation") if r["affiliation"] == name]
        if runs:
            out.append({"id": p.id, "name": p.name, "url": person_url(p.id),
                        "from": runs[0]["from"], "to": runs[-1]["to"]})
    return sorted(out, key=lambda r: surname_key(r["name"]))  #: a Swedish list of people: by surname


def memberships(linked: Linked, name: str) -> list[dict]:
    return [{"organization": o, "url": organisation_url(o), "first_seen": m.first_seen,
             "last_seen": m.last_seen, "meetings": m.meetings}
            for o, m in places.memberships_of(linked.session, name)]


def dissent_of(linked: Linked, name: str, nodes=None) -> list[dict]:
    """Dissent on items of the municipality's organisations by the municipality or its representatives
    (by their affiliation at that meeting), with party and the sentence that gives the reason.
    ``nodes``: the meetings of those organisations, when already read; ``linked`` may know people."""
    if nodes is None:
        nodes = org_nodes(linked, member_orgs(linked, name))
    said = [(node, src, item) for node in nodes for src in node.sources for item in src.record.get("items") or []
            if item.get("dissent")]
    linked = knowing(linked, name, [(w, s.meeting_id) for _, s, i in said for w in i["dissent"]])
    found = []
    for node, src, item in said:
        who = [d for d in item["dissent"] if _represents(linked, d, src.meeting_id, node, name)]
        if who:
            found.append((node, src, item, who))
    rows = []
    for node, src, item, who in sorted(found, key=lambda f: (f[0].sort_date or "", f[1].meeting_id)):
        rows.append({"date": node.date, "organization": node.organization, "body": node.body,
                     "item": {"number": item.get("number"), "title": item.get("title")},
                     "url": meeting_url(src.meeting_id),
                     "dissent": dissent_json(who, item, linked, src.meeting_id)})
    return rows


def knowing(linked, name: str, names: list[tuple[str, int]]):
    """``linked`` knowing whom ``names`` (name, meeting id) are linked to, and the municipality's people
    (``person_by_id``: everyone ever affiliated with it, with their affiliations)."""
    if not isinstance(linked, KnownPersons):
        linked = KnownPersons(linked, {}, places.affiliated(linked.session, name))
    linked.learn(person_keys(linked.session, [(fold_name(n), m) for n, m in names if n]))
    return linked


def _represents(linked: Linked, who: str, meeting_id: int, node, name: str) -> bool:
    if municipality(who) == name:
        return True
    person = linked.person_by_id.get(linked.person_id(who, meeting_id) or "")
    return person is not None and affiliation_at(person, meeting_id, node.sort_date) == name


def member_orgs(linked: Linked, name: str) -> set[str]:
    """The organisations the municipality is a member of, under every spelling."""
    return places.member_organisations(linked.session, name)


def owed_because(linked: Linked, entry, name: str, orgs: set[str]) -> str | None:
    """Why the municipality owes an assignment (a Swedish phrase), or None when it does not."""
    if entry.kind == "municipality":
        return "kommunen" if municipality(entry.assignee) == name else None
    if entry.kind == "person":
        mid = linked.item_meeting(entry.item)
        person = linked.person_by_id.get(linked.person_id(entry.assignee, mid) or "")
        if person and affiliation_at(person, mid, entry.item.meeting.sort_date) == name:
            return "kommunens företrädare"
        return None
    to = addressees(entry.assignee)
    if entry.item.meeting.organization not in orgs or to is None:
        return None
    if to == "all":
        return f"alla kommuner i {entry.item.meeting.organization}"
    return "namngiven bland flera kommuner" if name in to else None


def assignments_of(linked: Linked, entries, name: str) -> list[tuple]:
    """(Entry, why) for everything the municipality owes: its own, its people's (by their affiliation
    at the time) and group assignments to all or several municipalities of its organisations."""
    orgs = member_orgs(linked, name)
    found = ((e, owed_because(linked, e, name, orgs)) for e in entries)
    return [(e, why) for e, why in found if why]


def owed(linked: Linked, name: str, today, orgs: set[str]) -> tuple[list[tuple], Linked]:
    """(Entry, why) for everything the municipality owes (``assignments_of``), read from the assignments
    that may be owed only; and a view that knows the municipality's people and the assignees' links."""
    people = places.affiliated(linked.session, name)
    ids, known = places.owed_candidates(linked.session, name, orgs, people.values())
    view = KnownPersons(linked, known, people)
    return assignments_of(view, load_register(linked, today, ids), name), view


@page(router, "/kommuner/{name}", "municipality", "En kommun: medlemskap, närvaro över tid, personer och uppdrag")
def municipality_page(request: Request, name: str):
    """A summary of everything about the municipality: rendered once per link generation, day and representation."""
    web = state(request)
    linked = web.linked()
    found = find_municipality(name, linked)
    return cached_response(linked.pages, (web.today(), *representation(request)),
                           lambda: municipality_response(request, web, linked, found))


def municipality_response(request: Request, web, linked: Linked, found: Municipality):
    orgs = member_orgs(linked, found.name)
    nodes = org_nodes(linked, orgs)
    entries, view = owed(linked, found.name, web.today(), orgs)
    context = {"title": found.name,
               "municipality": {"name": found.name, "official_name": found.official_name,
                                "county": found.county, "code": found.code,
                                "url": municipality_url(found.name)},
               "memberships": memberships(linked, found.name), "attendance": attendance(linked, found.name, nodes),
               "people": people_of(linked, found.name, view.person_by_id),
               "assignments": [{**entry_json(e, view), "owed_because": why} for e, why in entries],
               "dissent": dissent_of(view, found.name, nodes),
               "calendar_url": f"{municipality_url(found.name)}/kalender.ics",
               "feed_url": f"{municipality_url(found.name)}/atom.xml"}
    return respond(request, "municipality.html", context)


@router.get("/kommuner/{name}/kalender.ics", name="municipality_calendar", response_class=Response,
            summary="Möten där kommunen deltog och kommunens uppdrag som kalender")
def municipality_calendar(request: Request, name: str):
    web = state(request)
    linked = web.linked()
    found = find_municipality(name, linked)
    body = linked.pages.get(("ics", web.today(), found.name),
                            lambda: municipality_ics(request, web, linked, found))
    return text_response(body, "text/calendar; charset=utf-8", f"{slug(found.name)}.ics")


def municipality_ics(request: Request, web, linked: Linked, found: Municipality) -> str:
    """The calendar of the meetings the municipality attended and its assignments (made once per link
    generation and day)."""
    orgs = member_orgs(linked, found.name)
    nodes = org_nodes(linked, orgs)
    by_id = {n.id: n for n in nodes}
    attended = [by_id[r["meeting"]] for r in attendance(linked, found.name, nodes) if r["present"]]
    members = {m["organization"] for m in memberships(linked, found.name)}
    expected = [n for n in nodes if n.kind == "expected" and n.organization in members]
    entries = [e for e, _ in owed(linked, found.name, web.today(), orgs)[0]]
    return build_calendar(f"Protokoll: {found.name}", attended + expected, entries, base_url(request))
