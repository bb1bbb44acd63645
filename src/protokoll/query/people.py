"""A person linked across meetings, as plain data: the `people --json` entry and the person page's data."""

from __future__ import annotations

from collections import defaultdict

from ..link.people import Mention, Person
from ..swedish.fold import fold_name, person_slug

#: Order in which a meeting's roles name the person's part in it.
ROLE_ORDER = ("ordförande", "vice ordförande", "sekreterare", "justerare", "ledamot", "ersättare",
              "föredragande", "uppdragstagare", "omnämnd")


def person_json(person: Person) -> dict:
    """One person as the `people --json` entry."""
    return {"id": person.id, "name": person.name, "variants": person.variants,
            "affiliations": history(person.mentions, "affiliation"),
            "titles": history(person.mentions, "title"),
            "meetings": meetings_json(person), "possible_same_as": person.possible_same_as}


def history(mentions: list[Mention], attr: str) -> list[dict]:
    """Runs of one value of ``attr`` (affiliation, title) in date order: ``[{attr, "from", "to"}]``."""
    runs: list[dict] = []
    for m in sorted(mentions, key=lambda m: (m.date is None, m.date or "", m.meeting_id)):
        value = getattr(m, attr)
        if not value:
            continue
        if not runs or runs[-1][attr] != value:
            runs.append({attr: value, "from": m.date, "to": m.date})
        runs[-1]["from"] = runs[-1]["from"] or m.date
        runs[-1]["to"] = m.date or runs[-1]["to"]
    return runs


def meetings_json(person: Person) -> list[dict]:
    """The person's meetings in date order, with their group and role(s) in each."""
    by_meeting = defaultdict(list)
    for m in person.mentions:
        by_meeting[m.meeting_id].append(m)
    out = []
    for ms in by_meeting.values():
        roles = sorted({m.role for m in ms if m.role}, key=_role_rank)
        first = ms[0]
        out.append({"meeting_id": first.meeting_id, "date": first.date, "year": first.year,
                    "organization": first.organization, "body": first.body,
                    "group": next((m.group for m in ms if m.group), None),
                    "role": roles[0] if roles else None, "roles": roles})
    return sorted(out, key=lambda e: (e["date"] or f"{e['year'] or 0:04d}", e["meeting_id"]))


def _role_rank(role: str) -> tuple[int, str]:
    return (ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER), role)


def matches(person: Person, name: str) -> bool:
    """True when ``name`` is the person's id or part of one of their name variants (folded)."""
    wanted = fold_name(name)
    return person.id == name or person_slug(name) == person.id or any(wanted in fold_name(v) for v in person.variants)
