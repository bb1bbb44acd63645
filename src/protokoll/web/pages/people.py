"""``/personer`` (everyone named in the records), ``/personer/{id}`` (one person:
roles, affiliations and meetings over time, assignments) and its calendar."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from ...link.assignments import Entry
from ...link.people import Person
from ...query.assignments import entries_where, in_ids
from ...query.archive_view import load_nodes, load_register
from ...query.people import (KnownPersons, assignments_linked_to, chain_ids_of, load_persons,
                             merged_into as merged_key, people_rows, person_row_id, row_of, slug_holders)
from ...query.person_page import Head, assigned_to, meetings_page, names_of, person_head, runs_page
from ...store.linked_tables import PersonRow
from ...store.linked_tables import ChainMeeting
from ...swedish.gazetteer import municipality
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ..data import GROUP_LABELS, entry_json
from ..ics import build_calendar
from ..paging import pages
from ..params import PageNumber
from ..render import base_url, cached_response, kept_page, page, representation, respond, text_response
from ..urls import body_url, meeting_url, municipality_url, person_url

router = APIRouter()
MEETINGS_SIZE = 50  #: a person's meetings per page (one person's grow by dozens a year)
ASSIGNMENTS_SIZE = 25  #: a person's assignments per page
HISTORY_SIZE = 50  #: runs of a person's affiliations (and of their titles) per page
SWEDISH_ORDER = str.maketrans({"å": "{", "ä": "|", "ö": "}", "é": "e", "ü": "y"})  #: å ä ö after z (ASCII order)


@page(router, "/personer", "people", "Alla personer i protokollen")
def people(request: Request):
    """Everyone in the archive: made once per link generation (three aggregate statements) and representation."""
    linked = state(request).linked()
    return cached_response(linked.pages, (None, *representation(request)), lambda: respond(
        request, "people.html", {"title": "Personer", "people": people_list(linked)}))


def people_list(linked: Linked) -> list[dict]:
    rows = [{"id": p["id"], "name": p["name"], "url": person_url(p["id"]), "affiliation": p["affiliation"],
             "meetings": p["meetings"], "possible_same_as": p["possible_same_as"]}
            for p in people_rows(linked.session)]
    return sorted(rows, key=lambda r: surname_key(r["name"]))


def surname_key(name: str) -> tuple[str, str]:
    """Swedish lists sort people by surname, then first name: "Karimi, Ahmed" before "Nyström, Sara"."""
    parts = name.casefold().translate(SWEDISH_ORDER).split()
    return (parts[-1], " ".join(parts[:-1])) if parts else ("", "")


def one_row_per_meeting(rows: list[dict], chain_keys: dict[int, str]) -> list[dict]:
    """A person's meeting rows, one per meeting: the documents of one meeting (agenda, minutes) merged.
    ``chain_keys``: stored meeting id -> its chain meeting's key."""
    out: dict[str, dict] = {}
    for row in rows:
        key = chain_keys.get(row["meeting_id"]) or str(row["meeting_id"])
        if key in out:
            kept = out[key]
            kept["roles"] = kept["roles"] + [r for r in row["roles"] if r not in kept["roles"]]
            kept["documents"] += 1
        else:
            out[key] = {**row, "meeting": key, "documents": 1}
    return list(out.values())


def find_person(linked: Linked, person_id: str) -> Person:
    found = load_persons(linked.session, PersonRow.key == person_id)
    if not found:
        raise HTTPException(404, f"Ingen person med id {person_id!r}.")
    return next(iter(found.values()))


def merged_into(linked: Linked, person_id: str) -> Person | None:
    """The one person now holding a name whose id `person_id` was (a merge or a relinking joined it)."""
    if person_row_id(linked.session, person_id) is not None:
        return None
    holders = linked.pages.get(("person-slugs",), lambda: slug_holders(linked.session)) \
        if linked.pages is not None else None
    key = merged_key(linked.session, person_id, holders)
    return linked.person_by_id.get(key) if key else None


def moved(request: Request, linked: Linked, person_id: str) -> RedirectResponse | None:
    """A permanent redirect from a merged person's old URL (page, .json, calendar) to the person's URL."""
    target = merged_into(linked, person_id)
    if target is None:
        return None
    old = person_url(person_id)
    path = person_url(target.id) + request.url.path[len(old):]
    query = f"?{request.url.query}" if request.url.query else ""
    return RedirectResponse(path + query, status_code=308)


def assignments_of(person: Person | Head, linked: Linked, today, calendar: bool = False,
                   number: int | None = None) -> tuple[list[Entry], KnownPersons, int]:
    """The register entries whose assignee is linked to ``person``, in register order (page ``number`` of
    ``ASSIGNMENTS_SIZE``, or all), a view that knows whom their assignees are linked to, and how many
    there are in all. Their meetings come without their documents unless for a ``calendar`` (which
    links them)."""
    if isinstance(person, Head):
        ids, known = assigned_to(linked.session, person)
    else:
        row = row_of(linked.session, person)
        ids, known = assignments_linked_to(linked.session, [row]) if row is not None else ({}, {})
    if not ids:
        return [], KnownPersons(linked, known), 0
    if calendar:
        entries = load_register(linked, today, ids)
    elif number is None:
        entries = entries_where(linked, today, *in_ids(ids))
    else:
        entries = entries_where(linked, today, *in_ids(ids), limit=ASSIGNMENTS_SIZE,
                                offset=(number - 1) * ASSIGNMENTS_SIZE)
    return entries, KnownPersons(linked, known), len(ids)


class _Moved(Exception):
    """Raised while a page is made for a person URL that is no longer one: its redirect (never kept)."""

    def __init__(self, response: RedirectResponse) -> None:
        super().__init__(response.headers["location"])
        self.response = response


@page(router, "/personer/{person_id}", "person", "En person: roller, tillhörighet, möten och uppdrag")
async def person(request: Request, person_id: str, sida: PageNumber = 1):
    """A kept page answers without a statement, on the event loop (:func:`kept_page`); a person URL
    that is no longer one is looked up only when no person has it (its redirect, like a 404, is not kept)."""
    web = state(request)
    try:
        return await kept_page(request, (web.today(), *representation(request)), lambda linked: person_response(
            request, web, linked, found_or_moved(request, linked, person_id), sida))
    except _Moved as moved_to:
        return moved_to.response


def found_or_moved(request: Request, linked: Linked, person_id: str) -> Head:
    """The person of ``person_id``; else :class:`_Moved` to the person now holding the name, else 404."""
    found = person_head(linked.session, person_id)
    if found is not None:
        return found
    if redirect := moved(request, linked, person_id):
        raise _Moved(redirect)
    raise HTTPException(404, f"Ingen person med id {person_id!r}.")


def person_response(request: Request, web, linked: Linked, found: Head, number: int = 1):
    """The person page (rendered once per link generation, day and representation). A person's history,
    meetings and assignments grow with the archive: page ``number`` shows the ``number``-th
    ``HISTORY_SIZE`` runs of each history and ``MEETINGS_SIZE`` of their meetings (date order) and
    ``ASSIGNMENTS_SIZE`` of their assignments (register order), each read a page at a time; the pages
    are as many as the longest list needs, and ``counts`` says how long each list is."""
    runs, counts = runs_page(linked.session, found.row_id, (number - 1) * HISTORY_SIZE, HISTORY_SIZE)
    rows, chain_keys, meetings = meetings_page(linked.session, found.row_id, (number - 1) * MEETINGS_SIZE,
                                               MEETINGS_SIZE)
    entries, known, assigned = assignments_of(found, linked, web.today(), number=number)
    last = max(1, -(-meetings // MEETINGS_SIZE), -(-assigned // ASSIGNMENTS_SIZE),
               *(-(-n // HISTORY_SIZE) for n in counts.values()))
    pager = pages(person_url(found.key), {}, number, total=last, size=1)  # counted in pages: the lists share them
    data = {"id": found.key, "name": found.name, "variants": found.variants, "affiliations": runs["affiliation"],
            "titles": runs["title"], "meetings": one_row_per_meeting(rows, chain_keys),
            "possible_same_as": found.possible_same_as,
            "counts": {"meetings": meetings, "assignments": assigned, "affiliations": counts["affiliation"],
                       "titles": counts["title"]}}
    for m in data["meetings"]:
        m.update(url=meeting_url(m["meeting_id"]), body_url=body_url(m["organization"], m["body"]),
                 group_label=GROUP_LABELS.get(m["group"] or "", ""))
    places: dict[str, str | None] = {}  #: affiliation -> its municipality's page (a history repeats a few)
    for a in data["affiliations"]:
        if a["affiliation"] not in places:
            place = municipality(a["affiliation"])
            places[a["affiliation"]] = municipality_url(place) if place else None
        a["url"] = places[a["affiliation"]]
    data["url"] = person_url(found.key)
    names = names_of(linked.session, data["possible_same_as"])
    data["possible_same_as"] = [{"id": i, "name": names[i], "url": person_url(i)}
                                for i in data["possible_same_as"] if i in names]
    context = {"title": found.name, "person": data, "pages": pager,
               "assignments": [entry_json(e, known) for e in entries],
               "calendar_url": f"{person_url(found.key)}/kalender.ics",
               "feed_url": f"{person_url(found.key)}/atom.xml"}
    return respond(request, "person.html", context)


@router.get("/personer/{person_id}/kalender.ics", name="person_calendar", response_class=Response,
            summary="En persons möten och uppdrag som kalender")
def person_calendar(request: Request, person_id: str):
    web = state(request)
    linked = web.linked()
    if redirect := moved(request, linked, person_id):
        return redirect
    body = linked.pages.get(("ics", web.today(), request.url.path),
                            lambda: person_ics(request, web, linked, find_person(linked, person_id)))
    return text_response(body, "text/calendar; charset=utf-8", f"{person_id}.ics")


def person_ics(request: Request, web, linked: Linked, found: Person) -> str:
    """The calendar of a person's meetings and assignments (made once per link generation and day)."""
    nodes = load_nodes(linked, ChainMeeting.id.in_(chain_ids_of(row_of(linked.session, found))))
    entries, _, _ = assignments_of(found, linked, web.today(), calendar=True)
    return build_calendar(f"Protokoll: {found.name}", nodes, entries, base_url(request))
