"""``/kommuner`` and ``/kommuner/{name}``: a municipality's memberships, people,
attendance over time (an inline SVG chart) and assignments; and its calendar.

The long lists of ``/kommuner/{name}`` (``attendance``: meetings with an attendance
list, ``people``, ``assignments``: what it owes, ``dissent``) are paged together by
``?sida=N``, ``PER_PAGE`` rows of each per page, newest first (people by surname).
Its JSON says where the page stands as ``/moten`` does, ``"pages": {page, pages,
total, per_page, previous_url, next_url}`` (``total``: the longest list's length;
a ``sida`` past the last page is 404), and ``"counts"``: the length of each whole
list. ``memberships`` are not paged (one per organisation)."""

from __future__ import annotations

from functools import lru_cache

import orjson
from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ...swedish.gazetteer import Municipality, all_municipalities
from ...link.owed import ALL, NAMED, OWN, REPRESENTATIVE
from ...query import places
from ...query.archive_view import ArchiveView as Linked
from ...query.archive_view import load_register
from ...query.owed import owed_ids
from ...query.owed_entries import owed_entries
from ...query.people import KnownPersons
from ...swedish.fold import fold_name
from ..data import entry_json, pagination
from ..dissent import dissent_json
from ..ics import build_calendar
from ..params import PageNumber
from ..render import base_url, cached_response, kept_page, page, representation, respond, text_response
from ..state import state
from ..urls import meeting_url, municipality_url, organisation_url, person_url, slug
from .people import surname_key

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


@lru_cache(maxsize=1)
def _by_slug() -> dict[str, list[Municipality]]:
    """The gazetteer's municipalities by the slug of their name (folded once, not per request)."""
    out: dict[str, list[Municipality]] = {}
    for m in all_municipalities():
        out.setdefault(slug(m.name), []).append(m)
    return out


def find_municipality(name: str, linked: Linked | None = None) -> Municipality:
    """The municipality of a URL name. Slugs fold å/ä/ö, so two can share one ("Habo", "Håbo"): then the
    one written so, else the one the archive has seen."""
    found = _by_slug().get(slug(name), [])
    if not found:
        raise HTTPException(404, f"Ingen kommun heter {name!r}.")
    written = next((m for m in found if m.name == name), None)
    if written is not None or len(found) == 1 or linked is None:
        return written or found[0]
    seen = places.seen_among(linked.session, [m.name for m in found])
    return next((m for m in found if m.name in seen), found[0])


PER_PAGE = 20  #: rows of each long list (meetings attended, people, assignments, dissent) per page


def attendance(linked: Linked, name: str, orgs: set[str] | None = None, limit: int | None = None,
               offset: int = 0) -> list[dict]:
    """Per dated meeting with an attendance list, of the organisations it belongs to (``orgs``, when
    already read), newest first: its present attendees from the municipality, from the linked rows."""
    if orgs is None:
        orgs = member_orgs(linked, name)
    return [{"meeting": r.key, "date": r.date, "organization": r.organization, "body": r.body,
             "present": orjson.loads(r.present_json).get(name, 0), "url": meeting_url(r.first)}
            for r in places.attendance_in(linked.session, orgs, limit, offset)]


def people_of(linked: Linked, name: str) -> list[dict]:
    """People whose affiliation was the municipality, with from when to when, by surname."""
    out = [{"id": key, "name": who, "url": person_url(key), "from": first, "to": last}
           for key, who, first, last in places.people_of(linked.session, name)]
    return sorted(out, key=lambda r: surname_key(r["name"]))  #: a Swedish list of people: by surname


def memberships(linked: Linked, name: str, rows: list | None = None) -> list[dict]:
    """The municipality's memberships (``rows``: :func:`places.memberships_of`, when already read)."""
    rows = places.memberships_of(linked.session, name) if rows is None else rows
    return [{"organization": m.organization, "url": organisation_url(m.organization), "first_seen": m.first_seen,
             "last_seen": m.last_seen, "meetings": m.meetings} for m in rows]


def dissent_of(linked: Linked, name: str, orgs: set[str], limit: int | None = None, offset: int = 0) -> list[dict]:
    """Dissent on items of the municipality's organisations (``orgs``) by the municipality or its
    representatives (by their affiliation at that meeting), as linking decided, newest first, with party
    and the sentence that gives the reason."""
    rows = places.dissent_in(linked.session, name, orgs, limit, offset)
    said = [(r, orjson.loads(r.dissent_json), orjson.loads(r.names_json)) for r in rows]
    keys = places.person_keys_of(linked.session, {p for _, _, who in said for _, p in who if p is not None})
    view = KnownPersons(linked, {(fold_name(n), r.meeting_id): keys.get(p) for r, _, who in said for n, p in who})
    return [{"date": r.date, "organization": r.organization, "body": r.body,
             "item": {"number": r.number, "title": r.title}, "url": meeting_url(r.meeting_id),
             "dissent": dissent_json([n for n, _ in who], {"dissent_details": entries}, view, r.meeting_id)}
            for r, entries, who in said]


def member_orgs(linked: Linked, name: str) -> set[str]:
    """The organisations the municipality is a member of, under every spelling."""
    return places.member_organisations(linked.session, name)


def because(reason: str, organization: str | None) -> str:
    """Why the municipality owes an assignment (``protokoll.link.owed.REASONS``), in Swedish."""
    return {OWN: "kommunen", REPRESENTATIVE: "kommunens företrädare",
            ALL: f"alla kommuner i {organization}", NAMED: "namngiven bland flera kommuner"}[reason]


def owed_rows(linked: Linked, name: str, today, limit: int, offset: int) -> list[dict]:
    """One page of what the municipality owes (``query.owed_entries``), newest first, each with why."""
    owed = owed_entries(linked, name, today, limit, offset)
    view = KnownPersons(linked, {(fold_name(o.entry.assignee), mid): o.person for o in owed if o.entry.kind == "person"
                                 and (mid := linked.item_meeting(o.entry.item)) is not None})
    return [{**entry_json(o.entry, view), "owed_because": because(o.reason, o.entry.item.meeting.organization)}
            for o in owed]


@page(router, "/kommuner/{name}", "municipality", "En kommun: medlemskap, närvaro över tid, personer och uppdrag")
async def municipality_page(request: Request, name: str, sida: PageNumber = 1):
    """A summary of everything about the municipality, its long lists paged (``sida``, newest first):
    rendered once per link generation, day and representation; a kept page is answered on the event
    loop (:func:`kept_page`)."""
    web = state(request)
    return await kept_page(request, (web.today(), *representation(request)), lambda linked: municipality_response(
        request, web, linked, find_municipality(name, linked), sida))


def municipality_response(request: Request, web, linked: Linked, found: Municipality, number: int = 1):
    name, session = found.name, linked.session
    joined = places.memberships_of(session, name)
    orgs = places.names_of(joined)
    people = people_of(linked, name)
    attended, owed, dissented = places.counts_of(session, name, orgs)
    counts = {"attendance": attended, "people": len(people), "assignments": owed, "dissent": dissented}
    paging = pagination(municipality_url(name), {}, number, max(counts.values()), PER_PAGE)
    if number > paging["pages"]:
        raise HTTPException(404, f"Sidan {number} finns inte (sista sidan är {paging['pages']}).")
    start = (number - 1) * PER_PAGE
    context = {"title": name,
               "municipality": {"name": name, "official_name": found.official_name,
                                "county": found.county, "code": found.code, "url": municipality_url(name)},
               "memberships": memberships(linked, name, joined),
               "attendance": attendance(linked, name, orgs, PER_PAGE, start),
               "people": people[start:start + PER_PAGE],
               "assignments": owed_rows(linked, name, web.today(), PER_PAGE, start),
               "dissent": dissent_of(linked, name, orgs, PER_PAGE, start),
               "counts": counts, "pages": paging,
               "calendar_url": f"{municipality_url(name)}/kalender.ics",
               "feed_url": f"{municipality_url(name)}/atom.xml"}
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
    attended = [r["meeting"] for r in reversed(attendance(linked, found.name, orgs)) if r["present"]]
    members = {m["organization"] for m in memberships(linked, found.name)}
    nodes = {n.id: n for n in places.calendar_nodes(linked, attended, members)}
    expected = [n for n in nodes.values() if n.kind == "expected"]
    entries = load_register(linked, web.today(), owed_ids(linked.session, found.name))
    return build_calendar(f"Protokoll: {found.name}", [nodes[k] for k in attended] + expected, entries,
                          base_url(request))
