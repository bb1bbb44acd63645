"""``/kommuner`` and ``/kommuner/{name}``: a municipality's memberships, people,
attendance over time (an inline SVG chart) and assignments; and its calendar."""

from __future__ import annotations

import orjson
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from sqlalchemy import and_, or_

from ...swedish.gazetteer import Municipality, all_municipalities, municipality
from ...link.assignments import addressees
from ...query import places
from ...query.linked import load_nodes, load_register
from ...query.assignments import entries_where, in_ids
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


def attendance(linked: Linked, name: str, orgs: set[str] | None = None) -> list[dict]:
    """Per dated meeting with an attendance list, of the organisations it belongs to (``orgs``, when
    already read): its present attendees from the municipality, from the linked rows (no records)."""
    if orgs is None:
        orgs = member_orgs(linked, name)
    return [{"meeting": r.key, "date": r.date, "organization": r.organization, "body": r.body,
             "present": orjson.loads(r.present_json).get(name, 0), "url": meeting_url(r.first)}
            for r in sorted(places.attendance_in(linked.session, orgs), key=lambda r: (r.date, r.key))]


def org_nodes(linked: Linked, keys: list[str], members: set[str]) -> list:
    """The chain meetings of ``keys`` and the expected meetings of the organisations ``members``, with
    their records (what a calendar shows of each), in chain order."""
    chosen = [ChainMeeting.kind == "expected", ChainMeeting.organization.in_(sorted(members))]
    wanted = [and_(*chosen)] + [ChainMeeting.key.in_(keys[i:i + 500]) for i in range(0, len(keys), 500)]
    return load_nodes(linked, or_(*wanted))


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


def dissent_of(linked: Linked, name: str, orgs: set[str] | None = None) -> list[dict]:
    """Dissent on items of the municipality's organisations (``orgs``, when already read) by the
    municipality or its representatives (by their affiliation at that meeting), with party and the
    sentence that gives the reason, as linking stored them (read from the record by parse); ``linked``
    may know people."""
    if orgs is None:
        orgs = member_orgs(linked, name)
    said = places.dissent_in(linked.session, orgs)
    linked = knowing(linked, name, [(e["name"], r.meeting_id) for r, entries in said for e in entries])
    found = []
    for row, entries in said:
        who = [e["name"] for e in entries if _represents(linked, e["name"], row.meeting_id, row.sort_date, name)]
        if who:
            found.append((row, who, entries))
    rows = []
    for row, who, entries in sorted(found, key=lambda f: (f[0].sort_date or "", f[0].meeting_id)):
        rows.append({"date": row.date, "organization": row.organization, "body": row.body,
                     "item": {"number": row.number, "title": row.title},
                     "url": meeting_url(row.meeting_id),
                     "dissent": dissent_json(who, {"dissent_details": entries}, linked, row.meeting_id)})
    return rows


def knowing(linked, name: str, names: list[tuple[str, int]]):
    """``linked`` knowing whom ``names`` (name, meeting id) are linked to, and the municipality's people
    (``person_by_id``: everyone ever affiliated with it, with their affiliations)."""
    if not isinstance(linked, KnownPersons):
        linked = KnownPersons(linked, {}, places.affiliated(linked.session, name))
    linked.learn(person_keys(linked.session, [(fold_name(n), m) for n, m in names if n]))
    return linked


def _represents(linked: Linked, who: str, meeting_id: int, day: str | None, name: str) -> bool:
    if municipality(who) == name:
        return True
    person = linked.person_by_id.get(linked.person_id(who, meeting_id) or "")
    return person is not None and affiliation_at(person, meeting_id, day) == name


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


def owed(linked: Linked, name: str, today, orgs: set[str], calendar: bool = False) -> tuple[list[tuple], Linked]:
    """(Entry, why) for everything the municipality owes (``assignments_of``), read from the assignments
    that may be owed only; and a view that knows the municipality's people and the assignees' links.
    The entries' meetings come without their documents unless for a ``calendar`` (which links them)."""
    people = places.affiliated(linked.session, name)
    ids, known = places.owed_candidates(linked.session, name, orgs, people.values())
    view = KnownPersons(linked, known, people)
    entries = load_register(linked, today, ids) if calendar else entries_where(linked, today, *in_ids(ids))
    return assignments_of(view, entries, name), view


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
    entries, view = owed(linked, found.name, web.today(), orgs)
    context = {"title": found.name,
               "municipality": {"name": found.name, "official_name": found.official_name,
                                "county": found.county, "code": found.code,
                                "url": municipality_url(found.name)},
               "memberships": memberships(linked, found.name), "attendance": attendance(linked, found.name, orgs),
               "people": people_of(linked, found.name, view.person_by_id),
               "assignments": [{**entry_json(e, view), "owed_because": why} for e, why in entries],
               "dissent": dissent_of(view, found.name, orgs),
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
    attended = [r["meeting"] for r in attendance(linked, found.name, orgs) if r["present"]]
    members = {m["organization"] for m in memberships(linked, found.name)}
    nodes = {n.id: n for n in org_nodes(linked, attended, members)}
    expected = [n for n in nodes.values() if n.kind == "expected"]
    entries = [e for e, _ in owed(linked, found.name, web.today(), orgs, calendar=True)[0]]
    return build_calendar(f"Protokoll: {found.name}", [nodes[k] for k in attended] + expected, entries,
                          base_url(request))
