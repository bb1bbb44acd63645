"""What the hand-made records in ``../shared/golden`` say about the seeds, for tests that ingest the seeds.

Tests of the linked seed archive read their expectations from here rather than repeating the
seeds' names, dates and titles in the repository: whatever the golden records hold, the linked
archive must agree with.
"""

from __future__ import annotations

import json
from collections import defaultdict
from difflib import SequenceMatcher

from conftest import SHARED

GOLDEN = SHARED / "golden"
#: standing agenda items: they recur in every meeting and thread no case
ROUTINE = ("föregående", "övrigt", "dagordning", "förslag på dagordning", "prel. dagordning")


def records() -> dict[str, dict]:
    """Each golden record by the name of the seed document it describes (``000_....txt``)."""
    return {f"{p.name[: -len('.json')]}.txt": json.loads(p.read_text(encoding="utf-8"))
            for p in sorted(GOLDEN.glob("*.json"))}


def similar(a: str, b: str, cutoff: float = 0.8) -> bool:
    return SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= cutoff


def people_by_document() -> dict[str, set[str]]:
    """Every name the golden records give (attendees and presenters): the documents naming it."""
    seen: dict[str, set[str]] = defaultdict(set)
    for doc, rec in records().items():
        for a in rec.get("attendees") or []:
            seen[a["name"]].add(doc)
        for item in rec.get("items") or []:
            for name in item.get("presenters") or []:
                seen[name].add(doc)
    return dict(seen)


def affiliations() -> dict[str, set[str]]:
    """Every attendee's affiliations as the golden records give them."""
    out: dict[str, set[str]] = defaultdict(set)
    for rec in records().values():
        for a in rec.get("attendees") or []:
            if a.get("affiliation"):
                out[a["name"]].add(a["affiliation"])
    return dict(out)


def dated_assignments() -> list[tuple[str, str]]:
    """(assignee, due) of every golden assignment with a deadline."""
    return [(a["assignee"], a["due"]) for rec in records().values() for item in rec.get("items") or []
            for a in item.get("assignments") or [] if a.get("due")]


def items_by_date() -> dict[str | None, list[str]]:
    out: dict[str | None, list[str]] = defaultdict(list)
    for rec in records().values():
        out[rec.get("date")].extend(i["title"] for i in rec.get("items") or [])
    return dict(out)


def recurring_title_stems(min_records: int = 3, length: int = 8) -> dict[str, set[str | None]]:
    """Title stems (the first ``length`` letters of an item title's first long word) that items of
    ``min_records`` or more golden records share, standing items left out: the golden cases."""
    dates: dict[str, set[str | None]] = defaultdict(set)
    docs: dict[str, set[str]] = defaultdict(set)
    for doc, rec in records().items():
        for item in rec.get("items") or []:
            title = item["title"].casefold()
            words = [w for w in title.split() if len(w) >= length and w.isalpha()]
            if words and not title.startswith(ROUTINE):
                dates[words[0][:length]].add(rec.get("date"))
                docs[words[0][:length]].add(doc)
    return {stem: dates[stem] for stem, found in docs.items() if len(found) >= min_records}
