"""The linkers' answer as data: what linking decided, to store and load again.

Linking the whole archive (chain, cases, people, organisations) takes time
that grows with the archive, so it is done once per change of the stored data
and its answer is kept (see :mod:`protokoll.linking`), not recomputed by
every process that shows it. A snapshot holds only what linking decided: the
chain's nodes and their order, which item belongs to which case under which
title, which mentions make one person, the organisations with their members
and bodies. The records themselves stay in the database; :func:`decode` takes
them again as ``Source`` rows, so a snapshot is small and never a second copy
of the documents.

The format is JSON (compressed): a stored snapshot is data, never code, so a
database someone else can write cannot make this process run anything.
:data:`FORMAT` names the layout; a snapshot of another layout is not read
(the caller links again instead).
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, fields

import orjson

from .cases import Case, CaseItem, item_ids
from .chain import Chain, Node, Source
from .orgs import Body, Member, Organisation
from .people import Mention, Person

FORMAT = 1  #: bump whenever the layout below or what the linkers decide changes


@dataclass
class LinkResult:
    """Everything the linkers make of the current records."""

    chain: Chain
    items: list[CaseItem]
    cases: list[Case]
    people: list[Person]
    orgs: list[Organisation]


class SnapshotError(ValueError):
    """A stored snapshot that does not fit the records it is loaded with."""


_NODE = ("id", "date", "organization", "body", "kind", "year", "items", "after", "before", "previous", "next")
_MENTION = tuple(f.name for f in fields(Mention))


def encode(result: LinkResult) -> bytes:
    """The link result as compressed JSON."""
    nodes = [[[getattr(n, k) for k in _NODE], [s.meeting_id for s in n.sources]] for n in result.chain.nodes]
    position = _positions(result)
    items = [[i.id, i.meeting.id, i.document, position[i.document, i.id], i.routine, sorted(i.terms), sorted(i.names),
              sorted(i.dnr), sorted(i.mentions)] for i in result.items]
    cases = [[c.id, c.title, c.corrected, [i.id for i in c.items]] for c in result.cases]
    people = [[p.id, p.name, sorted(p.possible), p.possible_same_as,
               [[getattr(m, k) for k in _MENTION] for m in p.mentions]] for p in result.people]
    orgs = [[o.name, o.aliases, [[m.municipality, m.first_seen, m.last_seen, m.meetings] for m in o.members],
             [[b.name, b.aliases, b.dates, b.meetings] for b in o.bodies]] for o in result.orgs]
    data = {"format": FORMAT, "nodes": nodes, "items": items, "cases": cases, "people": people, "orgs": orgs}
    return zlib.compress(orjson.dumps(data), 6)


def _positions(result: LinkResult) -> dict[tuple[str, str], int]:
    """(Document, item id) -> the item's position (from 0) among its record's items."""
    return {(src.document_name, item_id): n for node in result.chain.nodes for src in node.sources
            for n, item_id in enumerate(item_ids(src.document_name, src.record))}


def decode(blob: bytes, sources: list[Source]) -> LinkResult:
    """The link result stored by :func:`encode`, over the records of ``sources``.

    Raises :class:`SnapshotError` when the snapshot is of another layout or
    names a meeting or item the sources lack (it was made of other records).
    """
    try:
        data = orjson.loads(zlib.decompress(blob))
    except (zlib.error, orjson.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SnapshotError(f"unreadable snapshot: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise SnapshotError("snapshot of another format")
    try:
        return _decode(data, {s.meeting_id: s for s in sources})
    except (KeyError, IndexError, TypeError, ValueError) as exc:
        raise SnapshotError(f"snapshot does not fit the records: {exc!r}") from exc


def _decode(data: dict, by_meeting: dict[int, Source]) -> LinkResult:
    nodes = []
    for values, meeting_ids in data["nodes"]:
        node = Node(**dict(zip(_NODE, values)))
        node.sources = [by_meeting[m] for m in meeting_ids]
        nodes.append(node)
    if sum(len(n.sources) for n in nodes) != len(by_meeting):
        raise SnapshotError("snapshot of another set of records")
    chain = Chain(nodes, {n.id: n for n in nodes}, {s.document_name: n for n in nodes for s in n.sources})
    items = [_item(row, chain) for row in data["items"]]
    by_id = {i.id: i for i in items}
    cases = [Case(cid, title, [by_id[i] for i in ids], corrected) for cid, title, corrected, ids in data["cases"]]
    people = [Person([Mention(*m) for m in mentions], set(possible), pid, name, list(same))
              for pid, name, possible, same, mentions in data["people"]]
    orgs = [Organisation(name, aliases, [Member(*m) for m in members], [Body(*b) for b in bodies])
            for name, aliases, members, bodies in data["orgs"]]
    return LinkResult(chain, items, cases, people, orgs)


def _item(row: list, chain: Chain) -> CaseItem:
    item_id, node_id, document, index, routine, terms, names, dnr, mentions = row
    node = chain.by_id[node_id]
    source = next(s for s in node.sources if s.document_name == document)
    item = (source.record.get("items") or [])[index]
    return CaseItem(item_id, node, document, item.get("number"), item.get("title") or "",
                    list(item.get("decisions") or []), list(item.get("assignments") or []), routine,
                    frozenset(terms), frozenset(names), frozenset(dnr), source.record.get("kind"),
                    frozenset(mentions))
