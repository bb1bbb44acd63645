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
the canonical name, which a new spelling can change): :func:`keep_person_keys`
gives each new person the key of the stored person it shares most mentions
with, and a stored person whose mentions went to another leaves a redirect.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from operator import itemgetter

from sqlalchemy import Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from .linked_order import renumber
from .linked_scope import ORDER_COLUMNS, Scope, Wheres
from .linked_tables import (AssignmentRow, BodyRow, ChainMeeting, ChainSource, LinkedCase, LinkedItem, LinkState,
                            Membership, OrganizationRow, PersonMention, PersonRedirect, PersonRow,
                            PersonMeeting, PersonRun)

CHUNK = 500  #: rows per statement of a bulk write (SQLite binds at most 32,766 parameters)


@dataclass
class Count:
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0

    def __str__(self) -> str:
        return f"{self.inserted} inserted, {self.updated} updated, {self.unchanged} unchanged, {self.deleted} deleted"


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


class _Sync:
    """Upserts by natural key into one table; deletes are collected and done last (children first)."""

    def __init__(self, session: Session, table: Table, key: tuple[str, ...], count: Count,
                 ignore: tuple[str, ...] = ()) -> None:
        self.session, self.table, self.key, self.count = session, table, key, count
        self.ignore = ignore  #: columns neither compared nor updated (an order renumbered afterwards)
        self.doomed: list[int] = []
        #: the primary key: ``id``, or the natural key itself (chain_sources: the meeting id)
        self.pk = "id" if "id" in table.c else table.primary_key.columns.values()[0].name

    def run(self, rows: list[dict], scope=None) -> dict[tuple, int]:
        """Make ``table`` (within ``scope``, a where-clause) hold exactly ``rows``; -> key -> id.

        A row whose key is stored is updated in place (keeping its id), never deleted and re-inserted."""
        t, session, pk = self.table, self.session, self.pk
        columns = [c.name for c in t.columns if c.name != "id" and c.name not in self.ignore]
        query = select(t.c[pk], *[t.c[c] for c in columns])
        if scope is not None:
            query = query.where(scope)
        # plain tuples (id, *columns), compared whole: a third of the cost of mappings compared by name
        at = [columns.index(c) + 1 for c in self.key]
        stored = {tuple(r[i] for i in at): r for r in session.execute(query).all()}
        values, key_of = itemgetter(*columns), itemgetter(*self.key)
        ids: dict[tuple, int] = {}
        new, changed = [], []
        for row in rows:
            key = key_of(row) if len(self.key) > 1 else (key_of(row),)
            old = stored.pop(key, None)
            if old is None:
                new.append(row)
                continue
            ids[key] = old[0]
            if tuple(old[1:]) != values(row):
                changed.append({**{c: row[c] for c in columns}, "_id": old[0]})
            else:
                self.count.unchanged += 1
        for chunk in _chunks(changed):
            session.execute(update(t).where(t.c[pk] == bindparam("_id")).values(
                {c: bindparam(c) for c in columns}), chunk)
        self.count.updated += len(changed)
        self._insert(new)
        self.count.inserted += len(new)
        if new and pk == "id":
            ids.update(self._new_ids(new, scope))
        self.doomed = [r[0] for r in stored.values()]
        return ids

    def _insert(self, new: list[dict]) -> None:
        """Insert ``new`` rows; on SQLite with the driver's ``executemany`` of plain tuples (the linked
        tables hold only texts, numbers, booleans and nulls), the columns' defaults filled in as
        SQLAlchemy fills them: a third of the cost of a Core insert of the same rows."""
        if not new:
            return
        t, conn = self.table, self.session.connection()
        if conn.dialect.name != "sqlite":
            for chunk in _chunks(new):
                conn.execute(insert(t), chunk)
            return
        given = list(new[0])
        defaults = {c.name: c.default.arg for c in t.columns
                    if c.name not in new[0] and c.default is not None and c.default.is_scalar}
        columns = given + list(defaults)
        names = ", ".join(f'"{c}"' for c in columns)
        sql = f'INSERT INTO "{t.name}" ({names}) VALUES ({", ".join("?" for _ in columns)})'
        conn.exec_driver_sql(sql, [tuple(r[c] for c in given) + tuple(defaults.values()) for r in new])

    def _new_ids(self, new: list[dict], scope) -> dict[tuple, int]:
        """The ids of the rows just inserted (by their natural key; a scope may not hold a new row)."""
        t, wanted = self.table, {tuple(r[c] for c in self.key) for r in new}
        if len(self.key) == 1 and (scope is not None or len(new) < CHUNK):
            column = t.c[self.key[0]]
            return {(k,): i for chunk in _chunks(sorted(k for (k,) in wanted))
                    for i, k in self.session.execute(select(t.c.id, column).where(column.in_(chunk)))}
        found = select(t.c.id, *[t.c[c] for c in self.key])
        if scope is not None:
            found = found.where(scope)
        return {tuple(r[1:]): r[0] for r in self.session.execute(found) if tuple(r[1:]) in wanted}

    def delete(self) -> None:
        t = self.table
        for chunk in _chunks(self.doomed):
            self.session.execute(delete(t).where(t.c[self.pk].in_(chunk)))
        self.count.deleted += len(self.doomed)


def _chunks(rows: list, size: int = CHUNK) -> Iterable[list]:
    for start in range(0, len(rows), size):
        yield rows[start:start + size]


def keep_person_keys(session: Session, rows) -> list[tuple[str, str]]:
    """Give each new person the stored key it shares most mentions with; -> redirects (old, new).

    A mention is (meeting id, folded name). Pairs are taken best first, so a
    stored person keeps its key for the new person holding most of its
    mentions; a new person without such a match keeps the linker's slug,
    with a suffix if a kept key took it. A stored key left without a person
    leads (redirects) to the new person that holds most of its mentions.
    """
    stored = defaultdict(set)
    query = (select(PersonRow.key, PersonMention.meeting_id, PersonMention.folded)
             .join(PersonMention, PersonMention.person_id == PersonRow.id))
    for key, meeting, folded in session.execute(query):
        stored[key].add((meeting, folded))
    if not stored:
        return []
    owner: dict[tuple, list[str]] = defaultdict(list)  #: a name in a meeting may be two stored persons'
    for key, ms in stored.items():
        for m in ms:
            owner[m].append(key)
    mine = defaultdict(set)
    for m in rows.mentions:
        mine[m["person"]].add((m["meeting_id"], m["folded"]))
    overlap = Counter()
    for new_key, ms in mine.items():
        for m in ms:
            for old_key in owner.get(m, ()):
                overlap[new_key, old_key] += 1
    rename: dict[str, str] = {}
    taken: set[str] = set()
    for (new_key, old_key), _ in sorted(overlap.items(), key=lambda kv: (-kv[1], kv[0])):
        if new_key not in rename and old_key not in taken:
            rename[new_key] = old_key
            taken.add(old_key)
    for p in rows.persons:
        if p["key"] not in rename:
            base, n = p["key"], 1
            candidate = base
            while candidate in taken:
                n += 1
                candidate = f"{base}-{n}"
            rename[p["key"]] = candidate
            taken.add(candidate)
    _rename_persons(rows, rename)
    gone = set(stored) - taken
    redirects = []
    for old_key in sorted(gone):
        best = Counter(rename[new] for (new, old), c in overlap.items() if old == old_key for _ in range(c))
        if best:
            redirects.append((old_key, best.most_common(1)[0][0]))
    return redirects


def _rename_persons(rows, rename: dict[str, str]) -> None:
    for p in rows.persons:
        p["same_as_json"] = json.dumps(sorted(rename.get(k, k) for k in json.loads(p["same_as_json"])))
        p["key"] = rename[p["key"]]
    for m in [*rows.mentions, *rows.person_runs, *rows.person_meetings]:
        m["person"] = rename[m["person"]]
    rows.persons.sort(key=lambda p: p["position"])


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

    unapplied = [u for u in unapplied if u.get("kind") != "record"] + unapplied_records(session)
    report = LinkReport(scope=label, corrections=corrections, unapplied=list(unapplied))
    redirects = keep_person_keys(session, rows) if scope is None else []
    where = Wheres(scope)

    def sync(name: str, model, key: tuple[str, ...]) -> _Sync:
        ignore = ORDER_COLUMNS.get(model.__tablename__, ()) if scope is not None else ()
        return _Sync(session, model.__table__, key, report.tables.setdefault(name, Count()), ignore)

    chain = sync("chain_meetings", ChainMeeting, ("key",))
    chain_ids = chain.run(rows.chain_meetings, where.chain())
    sources = sync("chain_sources", ChainSource, ("meeting_id",))
    sources.run(_resolved(rows.chain_sources, chain_meeting=chain_ids), where.sources())
    cases = sync("cases", LinkedCase, ("key",))
    case_ids = cases.run(rows.cases, where.cases())
    items = sync("linked_items", LinkedItem, ("key",))
    item_ids = items.run(_resolved(rows.items, chain_meeting=chain_ids, case=case_ids), where.items())
    assignments = sync("assignments", AssignmentRow, ("key",))
    assignments.run(_resolved(rows.assignments, item=item_ids), where.assignments())
    persons = sync("persons", PersonRow, ("key",))
    person_ids = persons.run(rows.persons, where.persons())
    mentions = sync("person_mentions", PersonMention, ("person_id", "key"))
    mentions.run(_resolved(rows.mentions, person=person_ids), where.mentions())
    runs = sync("person_runs", PersonRun, ("person_id", "key"))
    runs.run(_resolved(rows.person_runs, person=person_ids), where.of_persons(PersonRun))
    dated = sync("person_meetings", PersonMeeting, ("person_id", "meeting_id"))
    dated.run(_resolved(rows.person_meetings, person=person_ids), where.of_persons(PersonMeeting))
    orgs = sync("organizations", OrganizationRow, ("key",))
    org_ids = orgs.run(rows.organizations, where.orgs())
    members = sync("memberships", Membership, ("organization_id", "key"))
    members.run(_resolved(rows.memberships, organization=org_ids), where.of_orgs(Membership))
    bodies = sync("bodies", BodyRow, ("organization_id", "key"))
    bodies.run(_resolved(rows.bodies, organization=org_ids), where.of_orgs(BodyRow))
    for s in (assignments, items, cases, mentions, runs, dated, persons, members, bodies, orgs, sources, chain):
        s.delete()
    if scope is not None:
        report.renumbered = renumber(session, sorted(chain_ids.values()))
    report.redirects = _save_redirects(session, redirects)
    report.seconds = seconds + time.perf_counter() - started
    report.generation = bump_generation(session, report)
    return report


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


def redirect_of(session: Session, key: str) -> str | None:
    """Where a person key that is no longer one leads (following chains of merges), if anywhere."""
    seen = set()
    while key not in seen:
        seen.add(key)
        target = session.scalar(select(PersonRedirect.new_key).where(PersonRedirect.old_key == key))
        if target is None:
            return None if len(seen) == 1 else key
        key = target
    return key
