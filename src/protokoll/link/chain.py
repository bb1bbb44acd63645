"""The meeting chain: every stored meeting in order within its body, plus the
meetings the records announce but the archive does not hold.

Pure functions over ``Source`` tuples (the stored current records). Meetings
are grouped by (organization, body), compared case-insensitively. Documents
of one body on one date (an agenda and its minutes) are one meeting. A
record's ``next_meeting`` and its items' ``forwarded_to`` (a body on a date)
name later meetings; those not in the archive become *expected* meetings.
An undated record that approves earlier minutes ("Protokollet från mötet den
23 april lades till handlingarna") is placed after the meeting it approves.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from ..swedish import gazetteer
from ..swedish.fold import fold_letters as fold
from ..swedish.fold import slug


def _find_dates(text: str):
    """``swedish.dates.find_dates``, imported when first needed (the web reads chains, never finds dates)."""
    from ..swedish.dates import find_dates

    return find_dates(text)

KIND_RANK = {"protocol": 0, "minutes": 1, "agenda": 2}
EXPECTED = "expected"
_APPROVAL_TITLE = re.compile(r"foregaende|protokoll|minnesanteckning", re.I)
_APPROVAL_TEXT = re.compile(r"till handlingarna|godkan|justera|protokoll|minnesanteckning", re.I)


class Source(NamedTuple):
    """One stored current record: the meeting row id, its file name and its JSON."""

    meeting_id: int
    document_name: str
    record: dict


@dataclass
class Node:
    """One meeting of the chain, held in the archive or expected."""

    id: str
    date: str | None
    organization: str | None
    body: str | None
    kind: str  #: protocol | minutes | agenda | expected
    year: int | None = None
    sources: list[Source] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)  #: expected: items forwarded to it
    after: str | None = None  #: undated: the date it follows
    before: str | None = None  #: undated: the next known date of its body
    previous: str | None = None
    next: str | None = None

    @property
    def group(self) -> tuple[str, str]:
        return group_key(self.organization, self.body)

    @property
    def sort_date(self) -> str | None:
        """The date, or for a placed undated meeting the date it follows."""
        return self.date or self.after

    def to_dict(self) -> dict:
        return {"id": self.id, "date": self.date, "year": self.year,
                "organization": self.organization, "body": self.body, "kind": self.kind,
                "previous": self.previous, "next": self.next,
                "after": self.after, "before": self.before,
                "documents": [s.document_name for s in self.sources], "items": self.items}


@dataclass
class Chain:
    """All meetings, in order within each group; lookups by id and document."""

    nodes: list[Node]
    by_id: dict[str, Node]
    by_document: dict[str, Node]

    def next_node(self, node: Node) -> Node | None:
        return self.by_id.get(node.next) if node.next else None

    def in_group(self, organization: str | None, body: str | None) -> list[Node]:
        key = group_key(organization, body)
        return [n for n in self.nodes if n.group == key]


def group_key(organization: str | None, body: str | None) -> tuple[str, str]:
    """Case-insensitive key of a body within its organization."""
    norm = lambda s: " ".join((s or "").lower().split())  # noqa: E731
    return norm(organization), norm(body)


def node_id(date: str, organization: str | None, body: str | None) -> str:
    return f"{date}-{slug(organization)}-{slug(body)}"


@cache
def places() -> frozenset[str]:
    """Folded names of municipalities, regions and counties (with genitives)."""
    names = {m.name for m in gazetteer.all_municipalities()}
    names |= {m.county.removesuffix(" län").removesuffix("s") for m in gazetteer.all_municipalities()}
    names |= {r.name for r in gazetteer.all_regions()}
    names |= {r.official_name.split()[-1] for r in gazetteer.all_regions()}
    folded = {fold(n) for n in names if " " not in n}
    return frozenset(folded | {n + "s" for n in folded})


def acronym(organization: str) -> str:
    """Initials of an organization name ("MalmöLundregionen" -> "mlr")."""
    parts = re.findall(r"[A-ZÅÄÖ][a-zåäö]*", organization)
    if parts and re.search(r".(regionen|region|förbundet)$", parts[-1]):
        parts.append("R")
    return fold("".join(p[0] for p in parts))


def organization_words(organizations: set[str]) -> frozenset[str]:
    """Words that only say who meets: the organizations' names and acronyms."""
    words = set()
    for org in organizations:
        words |= set(re.findall(r"[^\W\d_]+", fold(org))) | {acronym(org)}
    return frozenset(words | {w + "s" for w in words})


def build_chain(sources: list[Source]) -> Chain:
    """The meeting chain of `sources`: held, expected and placed undated meetings."""
    held = _held_nodes(sources)
    dated = {(n.group, n.date): n for n in held if n.date}
    expected = _expected_nodes(held, dated)
    undated = [n for n in held if not n.date]
    for node in undated:
        _place(node, list(dated.values()) + expected)
    nodes = [n for n in held if n.date] + expected + undated
    _link(nodes)
    nodes.sort(key=lambda n: (n.group, n.sort_date or "9999", n.date is None, n.id))
    return Chain(nodes, {n.id: n for n in nodes},
                 {s.document_name: n for n in nodes for s in n.sources})


def _held_nodes(sources: list[Source]) -> list[Node]:
    """One node per (group, date); one per undated document."""
    nodes: dict[tuple, Node] = {}
    ordered = sorted(sources, key=lambda s: (KIND_RANK.get(s.record.get("kind"), 3), s.document_name))
    for src in ordered:
        rec = src.record
        org, body, date = rec.get("organization"), rec.get("body"), rec.get("date")
        if date:
            key: tuple = (group_key(org, body), date)
            nid = node_id(date, org, body)
        else:
            key, nid = ("undated", src.document_name), f"undated-{slug(src.document_name.rsplit('.', 1)[0])}"
        if key not in nodes:
            year = int(date[:4]) if date else rec.get("year")
            nodes[key] = Node(nid, date, org, body, rec.get("kind") or "minutes", year)
        nodes[key].sources.append(src)
    return list(nodes.values())


def _expected_nodes(held: list[Node], dated: dict[tuple, Node]) -> list[Node]:
    """Meetings named by next_meeting and forwarded_to that the archive lacks."""
    expected: dict[tuple, Node] = {}
    for node in held:
        for src in node.sources:
            for body, date, items in _announced(src.record):
                if not date or (node.date and date <= node.date):
                    continue
                key = (group_key(node.organization, body), date)
                if key in dated:
                    continue
                if key not in expected:
                    expected[key] = Node(node_id(date, node.organization, body), date,
                                         node.organization, body, EXPECTED, int(date[:4]))
                target = expected[key]
                for item in items:
                    ref = {"meeting": node.id, "number": item.get("number"), "title": item.get("title")}
                    if ref not in target.items:
                        target.items.append(ref)
    return list(expected.values())


def _announced(rec: dict) -> list[tuple[str | None, str | None, list[dict]]]:
    """(body, date, items sent to it) for the next meeting and every forward."""
    found = []
    nxt = (rec.get("next_meeting") or {}).get("date")
    if nxt:
        sent = [i for i in rec.get("items") or []
                if any(a.get("due") == nxt for a in i.get("assignments") or [])
                or any(f.get("date") == nxt and group_key(None, f.get("body")) == group_key(None, rec.get("body"))
                       for f in i.get("forwarded_to") or [])]
        found.append((rec.get("body"), nxt, sent))
    for item in rec.get("items") or []:
        for fwd in item.get("forwarded_to") or []:
            found.append((fwd.get("body"), fwd.get("date"), [item]))
    return found


def approved_days(rec: dict) -> list[tuple[int, int, int | None, str]]:
    """(month, day, year or None, sentence) of earlier minutes the record approves."""
    found = []
    for item in rec.get("items") or []:
        title = fold(item.get("title") or "")
        if not _APPROVAL_TITLE.search(title):
            continue
        texts = [item.get("title") or ""] + [d for d in item.get("decisions") or []
                                              if _APPROVAL_TEXT.search(fold(d))]
        for text in texts:
            for m in _find_dates(text):
                if m.day and m.month:
                    found.append((m.month, m.day, m.year, fold(text)))
    return found


def _place(node: Node, dated: list[Node]) -> None:
    """Year, org/body and bounds of an undated meeting from the minutes it approves."""
    rec = node.sources[0].record
    ref = _referenced(node, rec, dated)
    if ref is None:
        return
    node.year, node.after = ref.year, ref.date
    if not node.organization and not node.body:
        node.organization, node.body = ref.organization, ref.body
    later = sorted(n.date for n in dated if n.group == ref.group and n.date > ref.date)
    node.before = later[0] if later else None


def _referenced(node: Node, rec: dict, dated: list[Node]) -> Node | None:
    """The meeting whose minutes `rec` approves: same body, that day and month."""
    known = bool(node.organization or node.body)
    best: tuple | None = None
    for month, day, year, sentence in approved_days(rec):
        for cand in dated:
            y, m, d = (int(p) for p in cand.date.split("-"))
            if (m, d) != (month, day) or (year and y != year) or (known and cand.group != node.group):
                continue
            if rec.get("year") and y > rec["year"]:
                continue
            hint = bool(cand.body) and fold(cand.body)[:10] in sentence
            score = (hint, cand.date, cand.id)
            if best is None or score > best[0]:
                best = (score, cand)
    return best[1] if best else None


def _link(nodes: list[Node]) -> None:
    """Set previous/next by date within each group (placed undated ones after their anchor)."""
    groups: dict[tuple, list[Node]] = {}
    for n in nodes:
        if n.sort_date:
            groups.setdefault(n.group, []).append(n)
    for members in groups.values():
        members.sort(key=lambda n: (n.sort_date, n.date is None, n.id))
        for a, b in zip(members, members[1:]):
            a.next, b.previous = b.id, a.id
