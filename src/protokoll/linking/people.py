"""People after a few meetings were added or removed: their names placed among the stored persons.

``link.people.link_people`` clusters every folded name of the archive at once,
greedily (full and frequent names first), then searches every document text
for the people found. Redoing that for one new document would read every
mention and every text of the archive. Here instead:

- a name the stored persons already hold joins the person holding it;
- a new name is compared, as ``_cluster`` compares it, with the stored names
  of the same given name or close as a whole (``_candidates``), with the
  known municipalities as evidence: it joins the one person it strongly
  matches, else it is a new person, and weak matches become *possible same
  person* on both sides;
- the new documents' texts are searched for every known person
  (``_attach_text_mentions``); mentions of removed meetings go, and a person
  left without any goes too.

What this leaves to a full relink (``protokoll link --full``, which gives
exactly the batch answer): an old text naming a *new* person is not searched
again; a name whose count changes does not move in the greedy order, so a
name that a full relink would now give another person stays where it is;
the canonical name is recomputed, the key (the URL) kept.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from types import SimpleNamespace

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..link import orgs as orgs_, text_json
from ..link.chain import fold as chain_fold
from ..link.people import (MENTIONED, NONE, NOT_A_SEAT, Mention, Person, _found_in_text, _kind, _match_words, _parts,
                          _places, _RANK, canonical_name, join, mentions_of, seen_of)
from ..link.seats import Seen
from ..link.orgs import fold
from ..store.linked_tables import PersonMention as PM
from ..store.linked_tables import PersonRow
from ..swedish.fold import person_slug


class _Handle:
    """A person as this relink sees it: a stored one (``pid``) or a new one."""

    def __init__(self, pid: int | None = None) -> None:
        self.pid = pid
        self.new: list[Mention] = []  #: field mentions from the new meetings
        self.text: list[Mention] = []  #: text mentions from the new meetings
        self.possible: set[str] = set()  #: folded names added as possibly the same
        self.mentions: list = []  #: stand-ins with the known affiliations (for ``link.people.join``)


def people_rows(session: Session, records, removed: list[int], org_names: set[str]):
    """-> (ids of the stored persons rewritten, their rows and new persons', their mention rows)."""
    sources = [orgs_.Source(r.meeting_id, r.date, r.organization, r.body, r.record, r.text or "") for r in records]
    holders: dict[str, Counter] = defaultdict(Counter)
    field = or_(PM.role.is_(None), PM.role != MENTIONED)
    for name, pid, n in session.execute(select(PM.name, PM.person_id, func.count()).where(field)
                                        .group_by(PM.name, PM.person_id)):
        holders[fold(name)][pid] += n
    handles: dict[int, _Handle] = {}
    handle = lambda pid: handles.setdefault(pid, _Handle(pid))  # noqa: E731
    owner = {k: handle(c.most_common(1)[0][0]) for k, c in holders.items()}
    by_key: dict[str, list[Mention]] = defaultdict(list)
    for m in (m for s in sources for m in mentions_of(s, org_names)):
        by_key[fold(m.name)].append(m)
    created = _place_names(session, by_key, owner, handle)
    _text_mentions(sources, owner, org_names, {(m.meeting_id, k) for k, ms in by_key.items() for m in ms})
    losing = set(session.scalars(select(PM.person_id).distinct().where(PM.meeting_id.in_(removed)))) if removed else set()
    touched = {h.pid for h in handles.values() if h.new or h.text or h.possible} | losing
    return _rows(session, sorted(touched), handles, created, set(removed), owner)


def _place_names(session: Session, by_key: dict[str, list[Mention]], owner: dict, handle) -> list[_Handle]:
    """Give each name of the new meetings its person (``link.people._cluster``'s rule); -> new persons."""
    created = []
    order = sorted(by_key, key=lambda k: (-len(k.split()), -len(by_key[k]), k))
    unknown = [k for k in order if k not in owner]
    places = _stored_places(session, unknown, owner, handle) if unknown else {}
    places.update({k: _places(ms) | places.get(k, set()) for k, ms in by_key.items()})
    seen = _stored_seen(session, unknown, owner) if unknown else {}
    for k, ms in by_key.items():
        new = seen_of(ms)
        old = seen.setdefault(k, new)
        if old is not new:
            old.places |= new.places
            old.roles |= new.roles
            old.meetings |= new.meetings
    for key in order:
        if key in owner:
            owner[key].new += by_key[key]
            continue
        person = join(key, _best(key, _candidates(key, list(owner)), owner, places, seen), places, _Handle)
        if person.pid is None and person not in created:
            created.append(person)
        person.new += by_key[key]
        owner[key] = person
    return created


def _candidates(key: str, keys: list[str]) -> set[str]:
    given = _parts(key)[0]
    close = {o for o, _, _ in process.extract(key, keys, scorer=fuzz.ratio, score_cutoff=75, limit=None)}
    return ({k for k in keys if _parts(k)[0] == given} | close) - {key}


def _best(key: str, candidates: set[str], owner: dict, places: dict, seen: dict | None = None) -> list[tuple]:
    best: dict[int, tuple] = {}
    for other in sorted(candidates):
        kind, person = _kind(key, other, places, seen), owner[other]
        if _RANK[kind] > _RANK[best.get(id(person), (NONE,))[0]]:
            best[id(person)] = (kind, other, person)
    return list(best.values())


def _stored_places(session: Session, unknown: list[str], owner: dict, handle) -> dict[str, set[str]]:
    """The known municipalities/regions of the stored names close to the new ones, per name and person."""
    keys = list(owner)
    near = set().union(*(_candidates(k, keys) for k in unknown))
    pids = sorted({owner[k].pid for k in near if owner[k].pid is not None})
    places: dict[str, set[str]] = defaultdict(set)
    if pids:
        for pid, name, affiliation in session.execute(
                select(PM.person_id, PM.name, PM.affiliation).distinct()
                .where(PM.person_id.in_(pids), PM.affiliation.is_not(None))):
            if orgs_.is_place(affiliation):
                places[fold(name)].add(affiliation)
                handle(pid).mentions.append(SimpleNamespace(affiliation=affiliation))
    return places


def _stored_seen(session: Session, unknown: list[str], owner: dict) -> dict[str, Seen]:
    """Where, as what and at which meetings the stored names of a new name's given name were seen
    (``link.people.same_seat``'s evidence)."""
    givens = {_parts(k)[0] for k in unknown}
    pids = sorted({owner[k].pid for k in owner if _parts(k)[0] in givens and owner[k].pid is not None})
    seen: dict[str, Seen] = defaultdict(Seen)
    for start in range(0, len(pids), 500):
        for name, meeting, affiliation, role, grp, title in session.execute(
                select(PM.name, PM.meeting_id, PM.affiliation, PM.role, PM.grp, PM.title)
                .where(PM.person_id.in_(pids[start:start + 500]))):
            seen[fold(name)].add(meeting, affiliation if orgs_.is_place(affiliation) else None,
                                 None if role in NOT_A_SEAT else role or title or grp)
    return seen


def _text_mentions(sources, owner: dict, org_names: set[str], seen: set) -> None:
    """``link.people._attach_text_mentions`` over the new meetings' texts, every known person searched."""
    by_given: dict[str, set[str]] = defaultdict(set)
    for k in owner:
        by_given[_parts(k)[0]].add(k)
    known: dict[tuple, object] = {}

    def match(words):
        key = tuple(words[:3])
        if key not in known:
            known[key] = _match_words(key, owner, by_given, org_names)
        return known[key]

    for src in sources:
        for name, person in _found_in_text(src.text or "", match, by_given):
            if (src.meeting_id, fold(name)) not in seen:
                seen.add((src.meeting_id, fold(name)))
                person.text.append(Mention(name, src.meeting_id, src.date, src.record.get("year"),
                                           src.organization, src.body, MENTIONED))


def _rows(session: Session, pids: list[int], handles: dict, created: list[_Handle], removed: set[int], owner):
    stored = {r.id: r for r in session.scalars(select(PersonRow).where(PersonRow.id.in_(pids)))}
    old: dict[int, list[Mention]] = defaultdict(list)
    for m in session.scalars(select(PM).where(PM.person_id.in_(pids)).order_by(PM.person_id, PM.position)):
        if m.meeting_id not in removed:
            old[m.person_id].append(Mention(m.name, m.meeting_id, m.date, m.year, m.organization, m.body, m.role,
                                            m.grp, m.affiliation, m.title))
    taken = set(session.scalars(select(PersonRow.key)))
    for h in created:  # a new person's key: the slug of its name, -2, -3 ... when taken
        base = person_slug(canonical_name(Person(h.new)))
        h.key, n = base, 1
        while h.key in taken:
            n += 1
            h.key = f"{base}-{n}"
        taken.add(h.key)
    key_of = lambda h: stored[h.pid].key if h.pid is not None else h.key  # noqa: E731
    people = [handles.get(pid) or _Handle(pid) for pid in pids] + created
    order = _meeting_order(session, {m.meeting_id for h in people for m in old.get(h.pid, []) + h.new + h.text})
    persons, mentions = [], []
    for h in people:
        row = stored.get(h.pid)
        before = old.get(h.pid, [])
        ms = _in_order([m for m in before if m.role != MENTIONED] + h.new,
                       [m for m in before if m.role == MENTIONED] + h.text, order)
        if not ms:
            continue  # every mention removed: the person goes
        possible = set(json.loads(row.possible_json)) if row else set()
        same_as = set(json.loads(row.same_as_json)) if row else set()
        same_as |= {key_of(owner[k]) for k in h.possible if k in owner} - {key_of(h)}
        persons.append({"key": key_of(h), "position": row.position if row else 0,
                        "name": canonical_name(Person(ms)),
                        "possible_json": text_json(sorted(possible | h.possible)),
                        "same_as_json": json.dumps(sorted(same_as)), "mention_count": len(ms)})
        mentions += _mention_rows(key_of(h), ms)
    return pids, persons, mentions


def _meeting_order(session: Session, meetings: set[int]) -> dict[int, tuple]:
    """Meeting id -> its place in the order the linkers read the records (``store._order``)."""
    from ..store import _order
    from ..store.models import Document, Meeting

    rows = session.execute(select(Meeting.id, Meeting.date, Meeting.year, Document.name, Document.path)
                           .join(Document).where(Meeting.id.in_(sorted(meetings)))) if meetings else []
    return {r[0]: _order(r[1], r[2], r[3], r[4]) for r in rows}


def _in_order(field: list[Mention], text: list[Mention], order: dict[int, tuple]) -> list[Mention]:
    """A person's mentions as ``link_people`` lists them: the field mentions per spelling (full and
    frequent spellings first), each spelling's in record order; then the text mentions in record order."""
    count = Counter(fold(m.name) for m in field)
    late = ("9999",)

    def rank(m: Mention) -> tuple:
        k = fold(m.name)
        return (-len(k.split()), -count[k], k, order.get(m.meeting_id, late))

    return sorted(field, key=rank) + sorted(text, key=lambda m: order.get(m.meeting_id, late))


def _mention_rows(person: str, ms: list[Mention]) -> list[dict]:
    """As ``link.rows`` makes them."""
    out, seen = [], Counter()
    for i, m in enumerate(ms):
        base = f"{m.meeting_id}|{m.name}|{m.role}|{m.group}"
        seen[base] += 1
        out.append({"person": person, "key": f"{base}|{seen[base]}", "position": i, "name": m.name,
                    "folded": chain_fold(m.name), "meeting_id": m.meeting_id, "date": m.date, "year": m.year,
                    "organization": m.organization, "body": m.body, "role": m.role, "grp": m.group,
                    "affiliation": m.affiliation, "title": m.title})
    return out
