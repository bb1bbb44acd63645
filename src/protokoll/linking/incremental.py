"""Relink only what an ingest can change: the organisations of the meetings added or removed.

Every linker but the people's works within one organisation: the chain
groups meetings by (organisation, body), items take terms per organisation,
cases compare terms per organisation, reports come from the same
organisation, and memberships and bodies are an organisation's. Three things
cross organisations, and each either widens the scope or asks for a full
relink (:func:`protokoll.linking.relink` then links everything):

- a case can join items of two organisations by a shared Dnr or name (or a
  manual merge): the scope takes in the organisations of every stored case
  that has items in it, and of every item that shares a Dnr or name with a
  new item, until nothing more joins;
- the names of all organisations and bodies decide what is a person's name
  and which title words count: when that set changes (a new organisation or
  body, or the last meeting of one removed), the relink is full;
- a record with neither organisation, body nor date may be placed after a
  meeting of any organisation: while one exists, the relink is full. Records
  without an organisation are always in the scope (their chain is one group).

A changed set of corrections also makes the relink full. People are linked
across organisations by name; :mod:`.people` places the names of
the new meetings among the stored persons (see there for what it leaves to
``protokoll link --full``).
"""

from __future__ import annotations

import hashlib
import json
import re
import time

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..link import chain as chain_
from ..link import orgs as orgs_
from ..link.case_terms import DNR, names as title_names
from ..link.cases import Correction, build_cases, collect_items
from ..link.chain import Source, organization_words
from ..link.orgs import org_key
from ..link.person_history import add_history
from ..link.rows import to_rows
from .people import people_rows
from ..store import CurrentRecord, _order
from ..store.cases import case_corrections
from ..store.linked import LinkReport, Scope, link_state, write_linked
from ..store.linked_scope import Wheres
from .owed import affected, person_names, write_dissent, write_owed
from ..store.linked_tables import ChainMeeting, ChainSource, LinkedItem
from ..store.models import Document, Meeting
from ..store.people import corrections as person_corrections



def corrections_digest(session: Session) -> str:
    """A digest of every manual correction (cases, people; done marks are read by the query)."""
    cases = [tuple(c) for c in _case_corrections(session)]
    people = [(c.kind, c.person, c.other, c.names, c.other_names) for c in person_corrections(session)]
    return _digest([cases, people])


def _digest(corrections: list) -> str:
    return hashlib.sha1(json.dumps(corrections, ensure_ascii=False, default=str).encode()).hexdigest()


NO_CORRECTIONS = _digest([[], []])


def _case_corrections(session: Session) -> list[Correction]:
    return [Correction(c.action, c.item, c.other, c.title, c.batch) for c in case_corrections(session)]


class Full(Exception):
    """The change cannot be relinked in part; the reason says why."""


def relink_changed(session: Session) -> LinkReport:
    """Relink the organisations (and people) the meetings added or removed since the last relink touch.

    Raises :class:`Full` when only a full relink can give the same answer.
    """
    started = time.perf_counter()
    state, digest = _last_state(session)
    current = {r.id: (r.organization, r.body, r.date) for r in session.execute(
        select(Meeting.id, Meeting.organization, Meeting.body, Meeting.date).join(Document)
        .where(Document.current, Document.published))}
    linked = dict(session.execute(select(ChainSource.meeting_id, ChainSource.chain_meeting_id)).all())
    added = sorted(set(current) - set(linked))
    removed = sorted(set(linked) - set(current))
    orphaned = _orphaned_organizations(session)
    if not added and not removed and not orphaned:
        return LinkReport(generation=state.generation, scope="unchanged", corrections=digest)
    gone = _removed_meetings(session, removed)
    _check_names(current, added, gone)
    touched = {org_key(o) if o and o.strip() else "" for o, _, _ in [current[m] for m in added] + list(gone.values())}
    touched |= {org_key(o) for o in orphaned}
    spellings = _spellings(session, current)
    records = _records(session, spellings, touched)
    widened = _case_closure(session, spellings, touched, records, set(added))
    if widened != touched:
        touched, records = widened, _records(session, spellings, widened)
    names = sorted(s for k in touched for s in spellings.get(k, ()))
    rows = _link(session, records, {o for o, _, _ in current.values() if o})
    persons, rows.persons, rows.mentions = people_rows(session, [r for r in records if r.meeting_id in set(added)],
                                                       removed, _org_names(current.values()))
    rows.person_runs, rows.person_meetings = add_history(rows.persons, rows.mentions)
    named = person_names(session, persons)  # the rewritten persons' names before, and after (below)
    del records  # freed before the rows are written (the relink's peak)
    report = write_linked(session, rows, time.perf_counter() - started, Scope(names, persons), digest,
                          f"{len(touched)} organisation(s), {len(persons)} person(s)")
    named |= {m["folded"] for m in rows.mentions}
    where = Wheres(Scope(names, persons))
    write_owed(session, affected(session, where.assignments(), named), report)
    write_dissent(session, where.items(), named, report)
    return report



def _last_state(session: Session):
    """The last relink's state and the corrections' digest now; raises :class:`Full` when the archive
    was never linked or the corrections changed since (only a full relink applies them)."""
    state = link_state(session)
    if state is None or not state.report_json:
        raise Full("never linked")
    digest, stored = corrections_digest(session), json.loads(state.report_json).get("corrections")
    if stored != digest and (stored is not None or digest != NO_CORRECTIONS):
        raise Full("the corrections changed")  # (rows linked before digests were kept: none, if none now)
    return state, digest

def _orphaned_organizations(session: Session) -> set[str]:
    """Organisations of held chain meetings whose every source is gone (their meetings deleted)."""
    has_source = select(ChainSource.chain_meeting_id).where(ChainSource.chain_meeting_id == ChainMeeting.id).exists()
    return {o or "" for o in session.scalars(select(ChainMeeting.organization).distinct().where(
        ChainMeeting.kind != chain_.EXPECTED, ~has_source))}


def _removed_meetings(session: Session, removed: list[int]) -> dict[int, tuple]:
    """(organization, body, date) of meetings no longer current (from their chain meeting if gone)."""
    found = {r.id: (r.organization, r.body, r.date) for r in session.execute(
        select(Meeting.id, Meeting.organization, Meeting.body, Meeting.date).where(Meeting.id.in_(removed)))}
    for mid, org, body, date in session.execute(
            select(ChainSource.meeting_id, ChainMeeting.organization, ChainMeeting.body, ChainMeeting.date)
            .join(ChainMeeting, ChainMeeting.id == ChainSource.chain_meeting_id)
            .where(ChainSource.meeting_id.in_(removed))):
        found.setdefault(mid, (org, body, date))
    return found


def _org_names(values) -> set[str]:
    return {org_key(n) for org, body, _ in values for n in (org, body) if n}


def _check_names(current: dict[int, tuple], added: list[int], gone: dict[int, tuple]) -> None:
    """Raise :class:`Full` when the names of organisations and bodies, which every linker reads, changed."""
    before = [v for m, v in current.items() if m not in set(added)] + list(gone.values())
    if _org_names(current.values()) != _org_names(before):
        raise Full("the organisations or bodies named changed")
    if {o for o, _, _ in current.values() if o} != {o for o, _, _ in before if o}:
        raise Full("the organisations' spellings changed")
    if any(not (o or "").strip() and not b and not d for o, b, d in current.values()):
        raise Full("a record names no organisation, body or date")


def _spellings(session: Session, current: dict[int, tuple]) -> dict[str, set[str]]:
    """org_key -> every spelling of the organisation, in the records and in the stored chain."""
    out: dict[str, set[str]] = {}
    stored = session.scalars(select(ChainMeeting.organization).distinct().where(ChainMeeting.organization.is_not(None)))
    for name in {o for o, _, _ in current.values() if o} | set(stored):
        out.setdefault(org_key(name) if name.strip() else "", set()).add(name)
    return out


def _records(session: Session, spellings: dict[str, set[str]], touched: set[str]) -> list[CurrentRecord]:
    """The current records of the touched organisations and those of no organisation, in store order."""
    import orjson

    names = sorted(s for k in touched for s in spellings.get(k, ()))
    columns = [Meeting.id, Document.name, Meeting.date, Meeting.organization, Meeting.body,
               Meeting.year, Document.path, Meeting.record_json, Document.text]
    rows = session.execute(select(*columns).join(Document).where(Document.current, Document.published, or_(
        Meeting.organization.in_(names), Meeting.organization.is_(None), func.trim(Meeting.organization) == ""))).all()
    rows.sort(key=lambda r: _order(r[2], r[5], r[1], r[6]))
    return [CurrentRecord(r[0], r[1], r[2], r[3], r[4], orjson.loads(r[7]), r[8]) for r in rows]


def _case_closure(session: Session, spellings: dict[str, set[str]], touched: set[str],
                  records: list[CurrentRecord], added: set[int]) -> set[str]:
    """The touched organisations and every one a case joins to them (stored, or by a new item's Dnr or name)."""
    org_of = {s: k for k, names in spellings.items() for s in names}
    widened = set(touched) | _joined_by_new_items(session, records, added, org_of, touched)
    while True:
        names = [s for k in widened for s in spellings.get(k, ())]
        in_scope = select(LinkedItem.case_id).join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id).where(
            ChainMeeting.organization.in_(names), LinkedItem.case_id.is_not(None))
        orgs = session.scalars(select(ChainMeeting.organization).distinct()
                               .join(LinkedItem, LinkedItem.chain_meeting_id == ChainMeeting.id)
                               .where(LinkedItem.case_id.in_(in_scope)))
        more = {org_of.get(o, org_key(o)) for o in orgs if o} - widened  # a manual merge too is a stored case
        if not more:
            return widened
        widened |= more


def _joined_by_new_items(session: Session, records: list[CurrentRecord], added: set[int],
                         org_of: dict[str, str], touched: set[str]) -> set[str]:
    """Organisations with an item that a Dnr or a name of two words links to an item of a new meeting
    (``case_clusters.linked``: a shared Dnr, a name in one title and the other's title or decisions)."""
    org_words = organization_words(set(org_of))
    dnr, named, mentioned = set(), set(), set()
    for r in records:
        if r.meeting_id not in added:
            continue
        for item in r.record.get("items") or []:
            title, decisions = item.get("title") or "", list(item.get("decisions") or [])
            dnr |= _dnr(" ".join([title, *decisions]))
            named |= title_names(title, org_words)
            mentioned |= title_names(" ".join(decisions), org_words)
    if not dnr | named | mentioned:
        return set()
    patterns = []
    for key in sorted(dnr | named | mentioned):  # a wider net first: then the linkers' rule on what it caught
        word = max(key.split(), key=len) if key in named | mentioned else re.sub(r"\D+", "%", key)
        # a folded vowel may be written with a diacritic, and JSON escapes some letters: any character there
        pattern = "%" + re.sub(r"[^bcdfghjklmnpqrstvwxz0-9%]", "_", word) + "%"
        patterns += [LinkedItem.title.ilike(pattern), LinkedItem.decisions_json.ilike(pattern)]
    outside = [o for o, k in org_of.items() if k not in touched]
    found = set()
    for org, title, decisions in session.execute(
            select(ChainMeeting.organization, LinkedItem.title, LinkedItem.decisions_json)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
            .where(ChainMeeting.organization.in_(outside), LinkedItem.routine.is_(False), or_(*patterns))):
        if org_of.get(org) in found:
            continue
        decisions = " ".join(json.loads(decisions))
        their_names, their_mentions = title_names(title, org_words), title_names(decisions, org_words)
        if (_dnr(f"{title} {decisions}") & dnr or their_names & (named | mentioned)
                or their_mentions & named):
            found.add(org_of.get(org, org_key(org)))
    return found


def _dnr(text: str) -> set[str]:
    return {d.replace(" ", "").lower() for d in DNR.findall(text)}


def _link(session: Session, records: list[CurrentRecord], organizations: set[str]):
    """The linkers' rows (chain, items, cases, register, organisations) of ``records``; people apart."""
    chain = chain_.build_chain([Source(r.meeting_id, r.document_name, r.record) for r in records])
    items = collect_items(chain, organization_words(organizations))
    cases = build_cases(chain, _case_corrections(session), items)
    meetings = [orgs_.Source(r.meeting_id, r.date, r.organization, r.body, r.record, r.text) for r in records]
    return to_rows(chain, items, cases, [], orgs_.link_orgs(meetings))
