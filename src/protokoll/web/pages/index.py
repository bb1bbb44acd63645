"""``/``: the start page. Coming and recent meetings, assignments due soon and
overdue, and the latest decisions."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Request

from ...link.case_terms import ROUTINE
from ...swedish.fold import fold_letters as fold
from ..state import state
from ...query.archive_view import ArchiveView as Linked
from ...query.meetings import (counts, entries_with_status, held_before, latest_records, next_due,
                               upcoming)
from ...store.linked_tables import AssignmentRow
from ..data import entry_json, node_json
from ..render import kept_page, page, representation, respond
from ..urls import item_keys, item_url

router = APIRouter()
SHOWN = 8  #: meetings per list
SOON = 30  #: days ahead that count as "due soon"
SHOWN_ENTRIES = 25  #: assignments per list (due soon, overdue); the register has them all


@page(router, "/", "index", "Startsidan")
async def index(request: Request):
    web = state(request)
    today = web.today()  # a summary of the whole archive: rendered once per generation and day
    return await kept_page(request, (today, *representation(request)),
                           lambda linked: respond(request, "index.html", start_context(linked, today)))


def start_context(linked: Linked, today: date) -> dict:
    iso, horizon = today.isoformat(), (today + timedelta(days=SOON)).isoformat()
    session = linked.session
    recent = held_before(linked, iso, SHOWN)
    due, due_total = entries_with_status(linked, today, "open", AssignmentRow.due >= iso, AssignmentRow.due <= horizon,
                                         limit=SHOWN_ENTRIES)
    overdue, overdue_total = entries_with_status(linked, today, "overdue", limit=SHOWN_ENTRIES)
    return {
        "title": "Protokoll", "today": iso, "feed_url": "/moten/atom.xml",
        "counts": counts(session),
        "upcoming": [node_json(n, linked) for n in upcoming(linked, iso, SHOWN)],
        "recent": [node_json(n, linked) for n in recent],
        "due_soon": [entry_json(e, linked) for e in due],
        "overdue": [entry_json(e, linked) for e in overdue],
        "due_soon_total": due_total, "overdue_total": overdue_total,
        "decisions": latest_decisions(linked, iso),
        "horizon": horizon,
        "last_held": recent[0].date if recent else None,
        "next_due": next_due(today, session, horizon),
    }


def latest_decisions(linked: Linked, before: str, limit: int = 10) -> list[dict]:
    """The decisions (routine items left out) of the latest held meetings up to ``before``, newest first."""
    found: list[dict] = []
    for meeting_id, rec in latest_records(linked.session, before):
        items = rec.get("items") or []
        for item, key in zip(items, item_keys(items)):
            if ROUTINE.search(fold(item.get("title") or "")):
                continue
            for decision in item.get("decisions") or []:
                found.append({"meeting_date": rec["date"], "organization": rec.get("organization"),
                              "body": rec.get("body"), "item_number": item.get("number"),
                              "item_title": item.get("title"), "decision": decision,
                              "url": item_url(meeting_id, key)})
        if len(found) >= limit:
            break
    return found[:limit]
