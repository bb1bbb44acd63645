"""``owed_assignments``: which municipalities owe each assignment and why, derived from the linked rows
each time linking writes them (:func:`write_owed`; the rule is :mod:`protokoll.link.owed`), so that a municipality's page and
the register's ``kommun`` filter read one index range instead of deciding it per request.

A full relink derives every assignment's row. A relink of some organisations derives those of the
assignments it rewrote and of the person assignments whose assignee is named like one of the persons
it rewrote (before or after): only those can change, as an affiliation or a person's link is read
from the persons' mentions and a group assignment from its own organisation's members.
"""

from __future__ import annotations

from collections.abc import Collection

import orjson
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..link.owed import REPRESENTATIVE, Affiliations, members_by_name, owed_by, spoken_for
from ..swedish.fold import fold_name
from ..store.linked import LinkReport
from ..store.linked_sync import Count, Sync
from ..store.linked_tables import (AssignmentRow, ChainMeeting, DissentRow, LinkedItem, Membership, OrganizationRow,
                                   OwedRow, PersonMention, PersonRow)

CHUNK = 500


def affected(session: Session, assignments, folded: Collection[str]):
    """SQL condition on ``AssignmentRow``: the rows ``assignments`` (a condition) and the person
    assignments whose assignee folds to one of ``folded`` (the names of the persons a relink rewrote)."""
    wanted = set(folded)
    spellings = sorted(a for a in session.scalars(select(AssignmentRow.assignee).distinct()
                                                  .where(AssignmentRow.assignee_kind == "person"))
                       if fold_name(a) in wanted)
    named = [and_(AssignmentRow.assignee_kind == "person", AssignmentRow.assignee.in_(spellings[i:i + CHUNK]))
             for i in range(0, len(spellings), CHUNK)]
    return or_(assignments, *named)


def person_names(session: Session, person_ids: Collection[int]) -> set[str]:
    """The folded names the persons ``person_ids`` are mentioned by."""
    ids, out = sorted(person_ids), set()
    for i in range(0, len(ids), CHUNK):
        out.update(session.scalars(select(PersonMention.folded).distinct()
                                   .where(PersonMention.person_id.in_(ids[i:i + CHUNK]))))
    return out


def write_owed(session: Session, where=None, report: LinkReport | None = None) -> None:
    """Make ``owed_assignments`` hold the answer for the assignments ``where`` selects (None: all of
    them); ``report`` (the relink's) is told what changed."""
    scope = None if where is None else OwedRow.assignment_id.in_(select(AssignmentRow.id).where(where))
    count = report.tables.setdefault("owed_assignments", Count()) if report is not None else Count()
    sync = Sync(session, OwedRow.__table__, ("assignment_id", "municipality"), count)
    sync.run(derive(session, where), scope, referred=False)
    sync.delete()


def write_dissent(session: Session, items=None, folded: Collection[str] = (),
                  report: LinkReport | None = None) -> None:
    """Make ``dissent_municipalities`` say which municipalities dissented on each item with dissent: all of
    them (``items`` None), else those ``items`` selects (a condition on ``LinkedItem``) and those with a
    dissenter named like one of ``folded`` (the rewritten persons' names)."""
    cm = ChainMeeting
    rows = session.connection().execute(
        select(LinkedItem.id, LinkedItem.meeting_id, LinkedItem.dissent_json, func.coalesce(cm.date, cm.after))
        .join(cm, cm.id == LinkedItem.chain_meeting_id).where(LinkedItem.dissent_json != "[]")).all()
    said = [(i, m, [e["name"] for e in orjson.loads(d) if e.get("name")], day) for i, m, d, day in rows]
    scope = None
    if items is not None:
        wanted, folded = set(session.scalars(select(LinkedItem.id).where(items))), set(folded)
        said = [r for r in said if r[0] in wanted or any(fold_name(n) in folded for n in r[2])]
        ids = sorted(wanted | {r[0] for r in said})
        scope = or_(*[DissentRow.item_id.in_(ids[i:i + CHUNK]) for i in range(0, len(ids), CHUNK)]) if ids \
            else DissentRow.item_id.is_(None)
    persons = linked_persons(session, {(m, fold_name(n)) for _, m, names, _ in said for n in names})
    known = affiliations(session, {p for p, _ in persons.values()})
    out = []
    for item_id, meeting_id, names, day in said:
        linked = [(n, persons.get((meeting_id, fold_name(n)))) for n in names]
        places = spoken_for((n, known[p[0]].at(meeting_id, day) if p else None) for n, p in linked)
        ids = {n: p[0] if p else None for n, p in linked}
        out += [{"item_id": item_id, "municipality": m, "names_json": orjson.dumps([[n, ids[n]] for n in who]).decode()}
                for m, who in places.items()]
    count = report.tables.setdefault("dissent_municipalities", Count()) if report is not None else Count()
    sync = Sync(session, DissentRow.__table__, ("item_id", "municipality"), count)
    sync.run(out, scope, referred=False)
    sync.delete()


def derive(session: Session, where=None) -> list[dict]:
    """``{assignment_id, municipality, reason, position, person_id}`` of the assignments ``where`` selects
    (None: all)."""
    query = (select(AssignmentRow.id, AssignmentRow.position, AssignmentRow.assignee, AssignmentRow.assignee_kind,
                    LinkedItem.meeting_id, func.coalesce(ChainMeeting.date, ChainMeeting.after),
                    ChainMeeting.organization)
             .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
             .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id))
    rows = session.connection().execute(query if where is None else query.where(where)).all()
    members = _members(session)
    persons = linked_persons(session, {(m, fold_name(a)) for _, _, a, k, m, _, _ in rows if k == "person"})
    known = affiliations(session, {p for p, _ in persons.values()})
    out = []
    for aid, position, assignee, kind, meeting_id, day, organization in rows:
        represents = person = None
        if kind == "person" and (person := persons.get((meeting_id, fold_name(assignee)))) is not None:
            represents = known[person[0]].at(meeting_id, day)
        out += [{"assignment_id": aid, "municipality": m, "reason": why, "position": position,
                 "person_id": person[0] if person and why == REPRESENTATIVE else None}
                for m, why in owed_by(kind, assignee, members.get(organization or "", ()), represents)]
    return out


def _members(session: Session):
    """Organisation name (every spelling) -> its member municipalities."""
    members: dict[int, list[str]] = {}
    for oid, place in session.execute(select(Membership.organization_id, Membership.municipality)
                                      .order_by(Membership.organization_id, Membership.position)):
        members.setdefault(oid, []).append(place)
    return members_by_name((n, orjson.loads(a), members.get(i, [])) for i, n, a in session.execute(
        select(OrganizationRow.id, OrganizationRow.name, OrganizationRow.aliases_json)
        .order_by(OrganizationRow.position)))


def linked_persons(session, wanted: set[tuple[int | None, str]]) -> dict[tuple[int | None, str], tuple[int, str]]:
    """(meeting id, folded name) -> (id, key) of the person it is linked to: the first (by person position)
    named so in that meeting, else the first named so anywhere (as ``LinkedView.person_key``)."""
    found: dict[tuple[int | None, str], tuple] = {}
    meetings = sorted({m for m, _ in wanted if m is not None})
    names = sorted({f for _, f in wanted})
    for i in range(0, len(meetings), CHUNK):
        for j in range(0, len(names), CHUNK):
            for mid, f, rank, pid, key in session.execute(
                    select(PersonMention.meeting_id, PersonMention.folded, PersonRow.position, PersonRow.id,
                           PersonRow.key).join(PersonRow, PersonRow.id == PersonMention.person_id)
                    .where(PersonMention.meeting_id.in_(meetings[i:i + CHUNK]),
                           PersonMention.folded.in_(names[j:j + CHUNK]))):
                if (mid, f) in wanted:
                    found[(mid, f)] = min(found.get((mid, f), (rank, pid, key)), (rank, pid, key))
    rest = sorted({f for m, f in wanted if (m, f) not in found})
    anywhere: dict[str, tuple] = {}
    for i in range(0, len(rest), CHUNK):
        firsts = select(PersonMention.folded, func.min(PersonRow.position).label("rank")).join(
            PersonRow, PersonRow.id == PersonMention.person_id).where(
            PersonMention.folded.in_(rest[i:i + CHUNK])).group_by(PersonMention.folded).subquery()
        for f, rank, pid, key in session.execute(select(firsts.c.folded, firsts.c.rank, PersonRow.id, PersonRow.key)
                                                 .join(PersonRow, PersonRow.position == firsts.c.rank)):
            anywhere[f] = (rank, pid, key)
    return {(m, f): (found.get((m, f)) or anywhere[f])[1:] for m, f in wanted
            if (m, f) in found or f in anywhere}


def affiliations(session, persons: set[int]) -> dict[int, Affiliations]:
    """Person id -> their affiliated mentions, in mention order."""
    out: dict[int, list[tuple]] = {p: [] for p in persons}
    ids = sorted(persons)
    for i in range(0, len(ids), CHUNK):
        for pid, mid, day, affiliation in session.connection().execute(
                select(PersonMention.person_id, PersonMention.meeting_id, PersonMention.date,
                       PersonMention.affiliation)
                .where(PersonMention.person_id.in_(ids[i:i + CHUNK]), PersonMention.affiliation.is_not(None),
                       PersonMention.affiliation != "")
                .order_by(PersonMention.person_id, PersonMention.position)):
            out[pid].append((mid, day, affiliation))
    return {p: Affiliations(m) for p, m in out.items()}
