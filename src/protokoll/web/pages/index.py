"""``/``: the start page. Coming and recent meetings, assignments due soon and
overdue, and the latest decisions."""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, Request

from ...link.cases import ROUTINE
from ...swedish.fold import fold_letters as fold
from ..state import state
from ...query.linked import ArchiveView as Linked
from ..data import entry_json, node_json
from ..render import page, respond
from ..urls import item_keys, item_url

router = APIRouter()
SHOWN = 8  #: meetings per list
SOON = 30  #: days ahead that count as "due soon"


@page(router, "/", "index", "Startsidan")
def index(request: Request):
    web = state(request)
    return respond(request, "index.html", start_context(web.linked(), web.today()))


def start_context(linked: Linked, today: date) -> dict:
    iso, horizon = today.isoformat(), (today + timedelta(days=SOON)).isoformat()
    dated = [n for n in linked.chain.nodes if n.date]
    upcoming = sorted((n for n in dated if n.date >= iso), key=lambda n: (n.date, n.id))[:SHOWN]
    recent = sorted((n for n in dated if n.date < iso and n.sources), key=lambda n: (n.date, n.id),
                    reverse=True)[:SHOWN]
    entries = linked.register(today)
    due = [e for e in entries if e.status == "open" and e.due and iso <= e.due <= horizon]
    overdue = sorted((e for e in entries if e.status == "overdue"), key=lambda e: e.due or "")
    return {
        "title": "Protokoll", "today": iso, "feed_url": "/moten/atom.xml",
        "counts": {"meetings": sum(1 for n in linked.chain.nodes if n.sources),
                   "documents": len(linked.sources), "people": len(linked.people),
                   "cases": sum(1 for c in linked.cases if len(c.items) > 1),
                   "assignments": len(entries)},
        "upcoming": [node_json(n, linked) for n in upcoming],
        "recent": [node_json(n, linked) for n in recent],
        "due_soon": [entry_json(e, linked) for e in sorted(due, key=lambda e: e.due or "")],
        "overdue": [entry_json(e, linked) for e in overdue],
        "decisions": latest_decisions(linked, iso),
        "horizon": horizon,
        "last_held": recent[0].date if recent else None,
        "next_due": min((e.due for e in entries if e.status == "open" and e.due and e.due > horizon), default=None),
    }


def latest_decisions(linked: Linked, before: str, limit: int = 10) -> list[dict]:
    """The decisions (routine items left out) of the latest held meetings up to ``before``, newest first."""
    found: list[dict] = []
    sources = sorted(linked.sources.values(), key=lambda s: (s.record.get("date") or "", s.meeting_id),
                     reverse=True)
    for src in sources:
        rec = src.record
        if not rec.get("date") or rec["date"] > before:
            continue
        items = rec.get("items") or []
        for item, key in zip(items, item_keys(items)):
            if ROUTINE.search(fold(item.get("title") or "")):
                continue
            for decision in item.get("decisions") or []:
                found.append({"meeting_date": rec["date"], "organization": rec.get("organization"),
                              "body": rec.get("body"), "item_number": item.get("number"),
                              "item_title": item.get("title"), "decision": decision,
                              "url": item_url(src.meeting_id, key)})
        if len(found) >= limit:
            break
    return found[:limit]
