"""What the archive offers a meeting being written: the body's roster and items to put on its agenda.

* The roster: the people the body's stored meetings list as attending
  (newest meetings first, each name once), with the affiliation and role
  last written for them. The secretariat adds anyone else by hand.
* Proposed items: assignments given by the body's earlier meetings that fall
  due between its meeting before and this one (or undated ones, "till nästa
  möte", given at the meeting before), and items another meeting of the
  organisation forwarded to this body for this date (or undated).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from . import current_records
from .accounts import same_organisation

ROSTER_MEETINGS = 6  #: the newest meetings of the body whose attendees make the roster


def _same_body(a: str | None, b: str | None) -> bool:
    return bool(a and b) and " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def _of_body(session: Session, organisation: str, body: str) -> list:
    return [r for r in current_records(session)
            if r.organization and same_organisation(r.organization, organisation) and _same_body(r.body, body)]


def roster(session: Session, organisation: str, body: str) -> list[dict]:
    """[{name, affiliation, role}] of the body's recent attendees, by name."""
    seen: dict[str, dict] = {}
    for r in reversed(_of_body(session, organisation, body)[-ROSTER_MEETINGS:]):
        for a in r.record.get("attendees") or []:
            key = " ".join(a["name"].casefold().split())
            if key and key not in seen and a.get("group", "present") != "guest":
                seen[key] = {"name": a["name"], "affiliation": a.get("affiliation"), "role": a.get("role")}
    return sorted(seen.values(), key=lambda p: p["name"].casefold())


def proposals(session: Session, organisation: str, body: str, date: str) -> list[dict]:
    """[{title, reason, source, date}]: what the archive says belongs on this meeting's agenda."""
    records = [r for r in current_records(session) if r.organization and r.date and r.date < date
               and same_organisation(r.organization, organisation)]
    return due_assignments([r for r in records if _same_body(r.body, body)], date) + forwarded(records, body, date)


def due_assignments(earlier: list, date: str) -> list[dict]:
    """Assignments due after the body's meeting before ``date`` and by ``date`` (earlier ones were due at
    an earlier meeting), and undated ones ("till nästa möte") given at that meeting."""
    last = earlier[-1].date if earlier else None
    return [{"title": f"{a['assignee']}: {a['task']}", "reason": "uppdrag att redovisa",
             "source": r.document_name, "date": r.date}
            for r in earlier for item in r.record.get("items") or [] for a in item.get("assignments") or []
            if (a.get("due") and last < a["due"] <= date) or (a.get("due") is None and r.date == last)]


def forwarded(records: list, body: str, date: str) -> list[dict]:
    """Items another meeting sent on to ``body`` for ``date`` (or for no date)."""
    return [{"title": item.get("title") or "", "reason": f"överlämnat från {r.body or 'annat organ'}",
             "source": r.document_name, "date": r.date}
            for r in records for item in r.record.get("items") or [] for f in item.get("forwarded_to") or []
            if _same_body(f.get("body"), body) and f.get("date") in (None, date)]
