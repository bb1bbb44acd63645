"""Write what linking decided as rows: an upsert by natural key that keeps ids, with a report.

:func:`write_linked` takes the linkers' answer (chain, items, cases,
people, organisations and the register's inputs, as plain rows made by
``protokoll.link.rows``: any object with those lists; store does not import link) and makes the tables of
:mod:`.linked_tables` say exactly that, touching only what differs: a row
whose natural key survives keeps its integer id, so URLs and references to
it hold across relinks. The result says, per table, how many rows were
inserted, updated, unchanged and deleted, and ``link_state.generation`` is
bumped so that caches keyed by it are dropped.

Person keys are the one identity linking cannot keep by itself (a slug of
the canonical name, which a new spelling can change): :func:`.person_keys.keep_person_keys`
gives each new person the key of the stored person it shares most mentions
with, and a stored person whose mentions went to another leaves a redirect.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from .linked_order import renumber
from .linked_scope import ORDER_COLUMNS, Scope, Wheres
from .linked_sync import Count, Sync
from .linked_tables import (AssignmentRow, BodyRow, ChainMeeting, ChainSource, LinkedCase, LinkedItem, LinkState,
                            Membership, OrganizationRow, PersonMention, PersonRedirect, PersonRow,
                            PersonMeeting, PersonRun)
from .person_keys import keep_person_keys, redirect_of  # noqa: F401  (redirect_of: a name given here too)


@dataclass
class LinkReport:
    """What a relink changed, per table; ``generation`` is the new ``link_state`` generation."""

    tables: dict[str, Count] = field(default_factory=dict)
    generation: int = 0
    seconds: float = 0.0
    redirects: int = 0
    unapplied: list[dict] = field(default_factory=list)  #: stored corrections the answer does not show
    scope: str = "full"  #: full | the organisations relinked (incremental) | unchanged
    renumbered: dict[str, int] = field(default_factory=dict)  #: order columns renumbered (incremental)
    corrections: str = ""  #: digest of the corrections applied: a change needs a full relink

    def to_dict(self) -> dict:
        return {"generation": self.generation, "seconds": round(self.seconds, 3), "redirects": self.redirects,
                "scope": self.scope, "renumbered": self.renumbered, "corrections": self.corrections,
                "tables": {k: vars(v) for k, v in self.tables.items()}, "unapplied": self.unapplied}

    @property
    def changed(self) -> bool:
        return any(c.inserted or c.updated or c.deleted for c in self.tables.values())


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def write_linked(session: Session, rows, seconds: float = 0.0, scope: Scope | None = None,
                 corrections: str = "", label: str = "full", unapplied: list[dict] | None = None) -> LinkReport:
    """Make the linked tables hold ``rows`` (the caller commits); -> what changed, per table.

    With ``scope``, ``rows`` are the answer for that part only and nothing outside it is touched
    but the order columns, renumbered. ``unapplied``: the stored corrections linking could not
    apply, kept with the report (``link_state.report_json``) for the status page and ``protokoll
    link``; an incremental relink (corrections unchanged) keeps the last full relink's list.
    """
    started = time.perf_counter()
    if unapplied is None:
        unapplied = unapplied_corrections(session)
    from .record_corrections import unapplied_records  # corrections of records: asked now, whatever linked

    kept, records = [u for u in unapplied if u.get("kind") != "record"], unapplied_records(session)
    report = LinkReport(scope=label, corrections=corrections, unapplied=kept + records)
    chain_ids, redirects, people = _write_tables(session, rows, scope, report)
    if people:  # the person corrections the people's rows do not show, made by a worker meanwhile
        report.unapplied = kept + [u for u in people if u.get("kind") != "record"] + records
    if scope is not None:
        report.renumbered = renumber(session, sorted(chain_ids.values()))
    report.redirects = _save_redirects(session, redirects)
    report.seconds = seconds + time.perf_counter() - started
    report.generation = bump_generation(session, report)
    return report


def _write_tables(session: Session, rows, scope: Scope | None, report: LinkReport) -> tuple:
    """Each linked table made to hold its part of ``rows``, parents first (children refer to their
    ids), the people's after the organisations' (``rows.people`` may be a job of a worker, waited for then:
    their stored keys kept then, :func:`keep_person_keys`), the register last (``rows.assignments`` may be a
    worker's job too), then the rows no longer in the answer deleted, children first; -> the chain meetings'
    ids, the person keys' redirects, the person corrections the worker's people do not show."""
    where = Wheres(scope)

    def sync(name: str, model, key: tuple[str, ...]) -> Sync:
        ignore = ORDER_COLUMNS.get(model.__tablename__, ()) if scope is not None else ()
        return Sync(session, model.__table__, key, report.tables.setdefault(name, Count()), ignore)

    chain = sync("chain_meetings", ChainMeeting, ("key",))
    chain_ids = chain.run(rows.chain_meetings, where.chain())
    sources = sync("chain_sources", ChainSource, ("meeting_id",))
    sources.run(_resolved(rows.chain_sources, chain_meeting=chain_ids), where.sources(), referred=False)
    cases = sync("cases", LinkedCase, ("key",))
    case_ids = cases.run(rows.cases, where.cases())
    items = sync("linked_items", LinkedItem, ("key",))
    item_ids = items.run(_resolved(rows.items, chain_meeting=chain_ids, case=case_ids), where.items())
    assignments = sync("assignments", AssignmentRow, ("key",))  # written last: its rows may be a worker's
    persons = sync("persons", PersonRow, ("key",))  # the report's tables in this order, as always
    mentions = sync("person_mentions", PersonMention, ("person_id", "key"))
    runs = sync("person_runs", PersonRun, ("person_id", "key"))
    dated = sync("person_meetings", PersonMeeting, ("person_id", "meeting_id"))
    orgs = sync("organizations", OrganizationRow, ("key",))
    org_ids = orgs.run(rows.organizations, where.orgs())
    members = sync("memberships", Membership, ("organization_id", "key"))
    members.run(_resolved(rows.memberships, organization=org_ids), where.of_orgs(Membership), referred=False)
    bodies = sync("bodies", BodyRow, ("organization_id", "key"))
    bodies.run(_resolved(rows.bodies, organization=org_ids), where.of_orgs(BodyRow), referred=False)
    people, redirects = _people(session, rows, scope)
    person_ids = persons.run(rows.persons, where.persons())
    mentions.run(_resolved(rows.mentions, person=person_ids), where.mentions(), referred=False)
    runs.run(_resolved(rows.person_runs, person=person_ids), where.of_persons(PersonRun), referred=False)
    dated.run(_resolved(rows.person_meetings, person=person_ids), where.of_persons(PersonMeeting), referred=False)
    assignments.run(_resolved(rows.assignments, item=item_ids), where.assignments(), referred=False)
    for s in (assignments, items, cases, mentions, runs, dated, persons, members, bodies, orgs, sources, chain):
        s.delete()
    return chain_ids, redirects, people


def _people(session: Session, rows, scope: Scope | None) -> tuple[list[dict], list[tuple[str, str]]]:
    """The people's rows put into ``rows`` when a worker makes them (``rows.people``: waited for now), and the
    stored persons' keys kept (a full relink); -> the person corrections the worker's rows do not show, the
    keys' redirects."""
    later, rows.people = rows.people, None
    people = later.into(rows) if later is not None else []
    return people, keep_person_keys(session, rows) if scope is None else []


def _resolved(rows: list[dict], **refs: dict[tuple, int]):
    """Each of ``rows`` with each reference by key (``refs`` name -> key -> id) made an ``<name>_id``
    column, changed in place as it is read (a copy of every row of the largest tables was the peak of
    a full relink's memory)."""
    for row in rows:
        for name, ids in refs.items():
            key = row.pop(name)
            row[f"{name}_id"] = None if key is None else ids[(key,)]
        yield row


def _save_redirects(session: Session, redirects: list[tuple[str, str]]) -> int:
    now = _now()
    for old, new in redirects:
        row = session.get(PersonRedirect, old)
        if row is None:
            session.add(PersonRedirect(old_key=old, new_key=new, created_at=now))
        else:
            row.new_key, row.created_at = new, now
    # a key that is a person again is no longer redirected; a redirect to a redirected key follows it
    live = set(session.scalars(select(PersonRow.key)))
    session.execute(delete(PersonRedirect).where(PersonRedirect.old_key.in_(live)))
    return len(redirects)


def bump_generation(session: Session, report: LinkReport | None = None) -> int:
    """Add one to ``link_state.generation`` (made on first use); -> the new generation."""
    state = session.get(LinkState, 1)
    if state is None:
        state = LinkState(id=1, generation=0)
        session.add(state)
    state.generation = (state.generation or 0) + 1
    state.linked_at = _now()
    if report is not None:
        report.generation = state.generation
        state.seconds = report.seconds
        state.report_json = json.dumps(report.to_dict())
    session.flush()
    return state.generation


_GENERATION = select(LinkState.generation).where(LinkState.id == 1)  #: built once: asked by every request


def link_generation(session: Session) -> int:
    """The generation of the linked rows (0 before the first relink): asked before every page the web serves
    (when its recheck interval is 0), so run on the session's connection, without the ORM's layer (pending
    changes flushed first, as the session's own ``scalar`` would)."""
    if session.autoflush and (session.new or session.dirty or session.deleted):
        session.flush()
    return session.connection().execute(_GENERATION).scalar() or 0


def link_state(session: Session) -> LinkState | None:
    return session.get(LinkState, 1)


def unapplied_corrections(session: Session) -> list[dict]:
    """The corrections the last relink could not apply (see ``link.corrections``)."""
    state = session.get(LinkState, 1)
    return json.loads(state.report_json).get("unapplied", []) if state and state.report_json else []
