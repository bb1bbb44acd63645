"""The linkers' answer as plain rows of the linked tables (pure: no database here).

:func:`to_rows` flattens a linked archive (chain, items, cases, people,
organisations) and its register into one dict per row, with references by
natural key; ``store.linked.write_linked`` resolves them to ids and writes.
The register's inputs are computed as of no particular day (every later
meeting counted); the status of a day is a query
(``query.assignments``), so no row has to change when a day passes.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from . import text_json
from .assignments import assignee_kind, dated_by_body, resolve_due
from .cases import Case, CaseItem
from .chain import KIND_RANK, Chain, Node
from .orgs import Organisation, fold as name_fold, normalise_affiliation
from .people import Person
from .person_history import add_history
from .reports import Reporters

#: The register is computed as of this day: every meeting in the archive counts as held, and the
#: query leaves out reports from meetings after its own "today" (``reported_date``, ``mentioned_date``).
ALL_HELD = date(9999, 12, 31)


@dataclass
class Rows:
    """The linkers' answer as rows of each linked table; references by natural key, resolved to ids
    when written (``store.linked.write_linked``)."""

    chain_meetings: list[dict] = field(default_factory=list)
    chain_sources: list[dict] = field(default_factory=list)  #: chain_meeting: key
    cases: list[dict] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)  #: chain_meeting: key, case: key | None
    persons: list[dict] = field(default_factory=list)
    mentions: list[dict] = field(default_factory=list)  #: person: key
    person_runs: list[dict] = field(default_factory=list)  #: person: key (``person_history.add_history``)
    person_meetings: list[dict] = field(default_factory=list)  #: person: key (``person_history.add_history``)
    organizations: list[dict] = field(default_factory=list)
    memberships: list[dict] = field(default_factory=list)  #: organization: key
    bodies: list[dict] = field(default_factory=list)  #: organization: key
    assignments: list[dict] = field(default_factory=list)  #: item: key
    people: object | None = None  #: a worker's job that gives persons .. person_meetings when they are written


def to_rows(chain: Chain, items: list[CaseItem], cases: list[Case], people: list[Person],
            orgs: list[Organisation], register: bool = True) -> Rows:
    """Every row the linked tables should hold for this answer; ``register=False``: but the register's
    (``assignments``, left empty: :func:`register_rows` makes them of the same answer)."""
    rows = Rows()
    _chain_rows(chain, rows)
    ranks: dict[int, str] = {}
    places = _item_places(items, ranks)
    keys = _item_rows(items, places, {i.id: c.id for c in cases for i in c.items}, ranks, rows)
    _case_rows(cases, ranks, rows)
    if register:
        _assignment_rows(chain, items, cases, keys, ranks, rows)
    rows.persons, rows.mentions, rows.person_runs, rows.person_meetings = people_rows(people)
    _org_rows(orgs, rows)
    return rows


def people_rows(people: list[Person]) -> tuple[list[dict], list[dict], list[dict], list[dict]]:
    """The rows of the people's tables: persons, mentions, runs and dated meetings (``add_history``)."""
    rows = Rows()
    _people_rows(people, rows)
    return (rows.persons, rows.mentions, *add_history(rows.persons, rows.mentions))


#: A chain meeting's position is its body's place among the bodies times this, plus its place in its
#: body: a new meeting renumbers the meetings of its own body only (``store.linked_order`` numbers the
#: same way). Archives beyond it (a body of 65,536 meetings, 32,768 bodies) are numbered densely.
GROUP_STRIDE = 1 << 16
MAX_GROUPS = (1 << 31) // GROUP_STRIDE  #: an INTEGER column (PostgreSQL's is 32 bits)


def chain_positions(groups: list[tuple[str, str]]) -> list[int]:
    """The positions of chain meetings in chain order, given each one's body (``Node.group``)."""
    sizes: dict[tuple[str, str], int] = {}
    for g in groups:
        sizes[g] = sizes.get(g, 0) + 1
    if len(sizes) >= MAX_GROUPS or max(sizes.values(), default=0) >= GROUP_STRIDE:
        return list(range(len(groups)))
    rank = {g: i for i, g in enumerate(sorted(sizes))}
    seen: dict[tuple[str, str], int] = {}
    out = []
    for g in groups:
        out.append(rank[g] * GROUP_STRIDE + seen.get(g, 0))
        seen[g] = seen.get(g, 0) + 1
    return out


#: Items, the register and cases are ordered by a text key made of what the linkers sort items by
#: (``CaseItem.order``), so a row's place never depends on other rows: a meeting dated amid the
#: archive writes its own rows only. The parts are joined by this character, which sorts before
#: every character of a date or a key (texts compare by code point; ``store.linked_order``
#: makes the same key in SQL: tests/test_linked_rows.py checks they agree).
ORDER_SEP = "\x01"


def order_key(sort_date: str | None, undated: bool, kind_rank: int, item_id: str, source: int, key: str) -> str:
    """An item's rank: its meeting's date (or the date an undated one follows, "9999" when none),
    dated before undated, the kind's rank, the item id, the document's place among its meeting's
    documents, and the stored key (unique)."""
    return ORDER_SEP.join((sort_date or "9999", "1" if undated else "0", str(kind_rank), item_id,
                           f"{source:06d}", key))


def assignment_key(item_rank: str, n: int) -> str:
    """The register position of the ``n``-th assignment (from 1) of the item of ``item_rank``."""
    return f"{item_rank}{ORDER_SEP}{n:06d}"


def _chain_rows(chain: Chain, rows) -> None:
    positions = chain_positions([n.group for n in chain.nodes])
    for position, n in zip(positions, chain.nodes):
        org, body = n.group
        rows.chain_meetings.append({
            "key": n.id, "position": position, "date": n.date, "year": n.year,
            "organization": n.organization, "body": n.body, "kind": n.kind, "after": n.after,
            "before": n.before, "previous": n.previous, "next": n.next, "group_org": org, "group_body": body,
            "items_json": text_json(n.items), "present_json": present_json(n)})
        for i, src in enumerate(n.sources):
            rows.chain_sources.append({"meeting_id": src.meeting_id, "chain_meeting": n.id, "position": i,
                                       "document_name": src.document_name})


def present_json(node: Node) -> str | None:
    """``{affiliation: present attendees}`` of a meeting, the most any of its documents lists (agenda and
    minutes of one meeting may both list them); None when none lists attendees."""
    lists = [s.record.get("attendees") or [] for s in node.sources]
    if not any(lists):
        return None
    most: dict[str, int] = {}
    for attendees in lists:
        counts = Counter(normalise_affiliation(a.get("affiliation")) for a in attendees if a.get("group") == "present")
        for place, n in counts.items():
            if place:
                most[place] = max(most.get(place, 0), n)
    return json.dumps(most, ensure_ascii=False, sort_keys=True)


def _case_rows(cases: list[Case], ranks: dict[int, str], rows) -> None:
    """A case's position is the rank of its first item (cases sort by it; no two share one); its first and
    last date those of its items' meetings (dated, or placed after a date), as the case pages show them."""
    for c in cases:
        days = [d for d in (i.meeting.sort_date for i in c.items) if d]
        rows.cases.append({"key": c.id, "position": min(ranks[id(i)] for i in c.items), "title": c.title,
                           "corrected": c.corrected, "item_count": len(c.items),
                           "first_date": min(days) if days else None, "last_date": max(days) if days else None})


def register_rows(chain: Chain, items: list[CaseItem], cases: list[Case]) -> list[dict]:
    """The register's rows (``assignments``) of the answer of ``chain``, ``items`` and ``cases``, as
    :func:`to_rows` makes them (a worker makes them while the writing process writes the other rows)."""
    rows, ranks = Rows(), {}
    places = _item_places(items, ranks)
    _assignment_rows(chain, items, cases, {id(i): key for i, (key, _m, _p) in zip(items, places)}, ranks, rows)
    return rows.assignments


def _item_places(items: list[CaseItem], ranks: dict[int, str]) -> list[tuple[str, int, int]]:
    """Each item's stored key, meeting id and position among its meeting's items, in the order of ``items``
    (an item id that repeats in the archive, from two documents of one name, is made unique with its
    meeting id); ``ranks`` gets id(item) -> its rank."""
    positions: dict[int, int] = {}
    seen: set[str] = set()
    places = []
    for item in items:
        meeting_id = item.meeting_id if item.meeting_id is not None else next(
            s.meeting_id for s in item.meeting.sources if s.document_name == item.document)
        key = item.id if item.id not in seen else f"{item.id}~{meeting_id}"
        seen.add(key)
        n = item.meeting
        source = next(i for i, s in enumerate(n.sources) if s.meeting_id == meeting_id)
        ranks[id(item)] = order_key(n.sort_date, n.date is None, KIND_RANK.get(item.kind, 3), item.id, source, key)
        position = positions.get(meeting_id, 0)
        positions[meeting_id] = position + 1
        places.append((key, meeting_id, position))
    return places


def _item_rows(items: list[CaseItem], places: list[tuple[str, int, int]], case_of: dict[str, str],
               ranks: dict[int, str], rows) -> dict[int, str]:
    """The items' rows (``places``: :func:`_item_places`); -> id(item) -> its stored key."""
    keys: dict[int, str] = {}
    nodes = {id(i.meeting): i.meeting for i in items}.values()  # each meeting once, not once per item
    records = {s.meeting_id: s.record.get("items") or [] for n in nodes for s in n.sources}
    for item, (key, meeting_id, position) in zip(items, places):
        keys[id(item)] = key
        rows.items.append({
            "key": key, "meeting_id": meeting_id, "chain_meeting": item.meeting.id,
            "document_name": item.document, "position": position, "rank": ranks[id(item)],
            "number": item.number, "title": item.title,
            "decisions_json": text_json(item.decisions),
            "assignments_json": text_json(item.assignments),
            "routine": item.routine, "kind": item.kind, "case": case_of.get(item.id),
            "dissent_json": _dissent(records.get(meeting_id) or [], position)})
    return keys


def _dissent(record_items: list[dict], position: int) -> str:
    """The dissent of the record's item at ``position`` (``collect_items`` keeps the record's order): one
    ``{name, party, statement}`` per name of its ``dissent``, party and statement from ``dissent_details``."""
    item = record_items[position] if position < len(record_items) else {}
    if not item.get("dissent"):
        return "[]"  # most items: no name, so no details read
    details = {d.get("name"): d for d in item.get("dissent_details") or []}
    found = [{"name": name, "party": (details.get(name) or {}).get("party"),
              "statement": (details.get(name) or {}).get("statement")} for name in item.get("dissent") or []]
    return text_json(found)


def _assignment_rows(chain: Chain, items: list[CaseItem], cases: list[Case], keys: dict[int, str],
                     ranks: dict[int, str], rows) -> None:
    """The register's rows: as ``assignments.register`` makes it, with every report candidate kept
    (with the date it is held) instead of the one chosen for a day; in the order of their items."""
    cases_by_item = {i.id: c for c in cases for i in c.items}
    ordered = sorted(items, key=lambda i: i.order)
    reporters = Reporters(ordered, ALL_HELD.isoformat())
    by_body = dated_by_body(chain)
    for item in ordered:
        case = cases_by_item.get(item.id)
        for n, a in enumerate(item.assignments, 1):
            position = assignment_key(ranks[id(item)], n)
            due, due_text = resolve_due(a, item, chain, by_body)
            in_case, words, first = reporters.candidates(item, a, case, due)
            assignee = a.get("assignee") or ""
            rows.assignments.append({
                "key": f"{keys[id(item)]}/{n}", "item": keys[id(item)], "position": position,
                "assignee": assignee, "assignee_kind": assignee_kind(assignee),
                "assignee_folded": name_fold(assignee), "task": a.get("task") or "",
                "due": due, "due_text": due_text, "case_key": case.id if case and len(case.items) > 1 else None,
                **_candidate("reported", in_case, "evidence_json"), **_candidate("words", words),
                **_candidate("mentioned", first, None)})


def _candidate(name: str, report, evidence: str | None = "words_evidence_json") -> dict:
    item = report.item if report is not None else None
    out = {f"{name}_by": item.id if item else None,
           f"{name}_date": (item.meeting.sort_date or "9999") if item else None}
    if evidence:
        out[evidence] = text_json(list(report.evidence) if report else [])
    return out


def _people_rows(people: list[Person], rows) -> None:
    for position, p in enumerate(people):
        rows.persons.append({"key": p.id, "position": position, "name": p.name,
                             "possible_json": text_json(sorted(p.possible)),
                             "same_as_json": json.dumps(p.possible_same_as), "mention_count": len(p.mentions)})
        seen: dict[str, int] = {}
        for i, m in enumerate(p.mentions):
            base = f"{m.meeting_id}|{m.name}|{m.role}|{m.group}"
            seen[base] = seen.get(base, 0) + 1
            rows.mentions.append({
                "person": p.id, "key": f"{base}|{seen[base]}", "position": i, "name": m.name,
                "folded": name_fold(m.name), "meeting_id": m.meeting_id, "date": m.date, "year": m.year,
                "organization": m.organization, "body": m.body, "role": m.role, "grp": m.group,
                "affiliation": m.affiliation, "title": m.title})


def _org_rows(orgs: list[Organisation], rows) -> None:
    for position, o in enumerate(orgs):
        rows.organizations.append({"key": o.name, "position": position, "name": o.name,
                                   "aliases_json": text_json(o.aliases)})
        for i, m in enumerate(o.members):
            rows.memberships.append({"organization": o.name, "key": m.municipality, "position": i,
                                     "municipality": m.municipality, "first_seen": m.first_seen,
                                     "last_seen": m.last_seen, "meetings": m.meetings})
        for i, b in enumerate(o.bodies):
            rows.bodies.append({"organization": o.name, "key": b.name, "position": i, "name": b.name,
                                "aliases_json": text_json(b.aliases),
                                "dates_json": json.dumps(b.dates), "meetings": b.meetings})
