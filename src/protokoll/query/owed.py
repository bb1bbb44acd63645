"""What a municipality owes in the register: the ids of those assignments (:func:`owed_ids`).

A municipality owes an assignment given to it by name; one given to a person
who represents it at that meeting (the person the assignee's name is linked
to there, by their affiliation then: as written at that meeting, else the
latest before it, else the first after); and a group assignment to all or
several named municipalities at a meeting of an organisation it is a member of
(under any of the organisation's names).

Names and addressees are judged in Python over distinct values (assignees,
folded names); the people part reads only the mentions of the people ever
affiliated with the municipality, and the meetings of the assignments naming
them. The register (:mod:`.assignments`) keeps the ids per link generation and filters by them.
"""

from __future__ import annotations

import orjson
from sqlalchemy import func, select

from ..link.assignments import addressees
from ..store.linked_tables import (AssignmentRow, ChainMeeting, LinkedItem, Membership, OrganizationRow,
                                   PersonMention, PersonRow)
from ..swedish import gazetteer
from ..swedish.fold import fold_name, slug
from .linked import LinkedView

CHUNK = 500


def owed_ids(view: LinkedView, name: str) -> list[int]:
    """Ids of the assignments municipality ``name`` owes (three statements and the people's part)."""
    session = view.session
    pairs = list(session.execute(select(AssignmentRow.assignee, AssignmentRow.assignee_kind).distinct()))
    own = [a for a, k in pairs if k == "municipality" and gazetteer.municipality(a) == name]
    groups = [a for a, k in pairs if k not in ("municipality", "person") and _addressed(a, name)]
    orgs = sorted(member_orgs(view, name))
    ids = set()
    for i in range(0, len(own), CHUNK):
        ids.update(session.scalars(select(AssignmentRow.id).where(AssignmentRow.assignee_kind == "municipality",
                                                                  AssignmentRow.assignee.in_(own[i:i + CHUNK]))))
    if orgs:
        for i in range(0, len(groups), CHUNK):
            ids.update(session.scalars(
                select(AssignmentRow.id).join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
                .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
                .where(AssignmentRow.assignee_kind.not_in(("municipality", "person")),
                       AssignmentRow.assignee.in_(groups[i:i + CHUNK]), ChainMeeting.organization.in_(orgs))))
    ids |= represented(view, name, [a for a, k in pairs if k == "person"])
    return sorted(ids)


def _addressed(assignee: str, name: str) -> bool:
    to = addressees(assignee)
    return to is not None and (to == "all" or name in to)


def municipality_named(view: LinkedView, text: str) -> str | None:
    """The municipality a URL name means (as ``/kommuner/{name}``): slugs fold å/ä/ö, so two can share one
    ("Habo", "Håbo"): then the one written so, else one the archive has seen (a member or an affiliation)."""
    wanted = slug(text)
    found = [m.name for m in gazetteer.all_municipalities() if slug(m.name) == wanted]
    if len(found) <= 1 or text in found:
        return text if text in found else (found[0] if found else None)
    for name in found:
        if view.session.scalar(select(Membership.id).where(Membership.municipality == name).limit(1)) or \
                view.session.scalar(select(PersonMention.id).where(PersonMention.affiliation == name).limit(1)):
            return name
    return found[0]


def member_orgs(view: LinkedView, name: str) -> set[str]:
    """The organisations the municipality is a member of, under every spelling."""
    rows = view.session.execute(select(OrganizationRow.name, OrganizationRow.aliases_json).join(
        Membership, Membership.organization_id == OrganizationRow.id).where(Membership.municipality == name))
    return {n for org, aliases in rows for n in (org, *orjson.loads(aliases))}


def represented(view: LinkedView, name: str, person_assignees: list[str]) -> set[int]:
    """Ids of person assignments whose assignee represents municipality ``name`` at that meeting."""
    session = view.session
    affiliated = set(session.scalars(select(PersonMention.person_id).where(PersonMention.affiliation == name)
                                     .distinct()))
    if not affiliated:
        return set()
    folds = {f: None for f in session.scalars(select(PersonMention.folded).where(
        PersonMention.person_id.in_(affiliated)).distinct())}
    wanted = [a for a in person_assignees if fold_name(a) in folds]
    if not wanted:
        return set()
    rows = session.execute(
        select(AssignmentRow.id, AssignmentRow.assignee, LinkedItem.meeting_id, ChainMeeting.date,
               ChainMeeting.after).join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
        .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
        .where(AssignmentRow.assignee_kind == "person", AssignmentRow.assignee.in_(wanted))).all()
    who = {k: pid for k, (pid, _) in linked_persons(session, {(r.meeting_id, fold_name(r.assignee))
                                                               for r in rows}).items()}
    known = _affiliations(session, {p for p in who.values() if p in affiliated})
    return {r.id for r in rows if (p := who.get((r.meeting_id, fold_name(r.assignee)))) in known
            and _affiliation_at(known[p], r.meeting_id, r.date or r.after) == name}


def linked_persons(session, wanted: set[tuple[int | None, str]]) -> dict[tuple[int | None, str], tuple[int, str]]:
    """(meeting id, folded name) -> (id, key) of the person it is linked to: the first (by person position)
    named so in that meeting, else the first named so anywhere (as ``LinkedView.person_key``)."""
    found: dict[tuple[int | None, str], tuple] = {}
    meetings = sorted({m for m, _ in wanted if m is not None})
    for i in range(0, len(meetings), CHUNK):
        for mid, f, rank, pid, key in session.execute(
                select(PersonMention.meeting_id, PersonMention.folded, PersonRow.position, PersonRow.id,
                       PersonRow.key).join(PersonRow, PersonRow.id == PersonMention.person_id)
                .where(PersonMention.meeting_id.in_(meetings[i:i + CHUNK]))):  # a meeting names few: sift here
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


def _affiliations(session, persons: set[int]) -> dict[int, list[tuple]]:
    """Person id -> their mentions with an affiliation, in mention order: (meeting id, date, affiliation)."""
    out: dict[int, list[tuple]] = {p: [] for p in persons}
    ids = sorted(persons)
    for i in range(0, len(ids), CHUNK):
        for pid, mid, day, affiliation in session.execute(
                select(PersonMention.person_id, PersonMention.meeting_id, PersonMention.date,
                       PersonMention.affiliation)
                .where(PersonMention.person_id.in_(ids[i:i + CHUNK]), PersonMention.affiliation.is_not(None),
                       PersonMention.affiliation != "")
                .order_by(PersonMention.person_id, PersonMention.position)):
            out[pid].append((mid, day, affiliation))
    return out


def _affiliation_at(known: list[tuple], meeting_id: int, day: str | None) -> str | None:
    """The affiliation at a meeting: as written there, else the latest before it, else the first after."""
    here = next((a for m, _, a in known if m == meeting_id), None)
    if here:
        return here
    before = [(d, a) for _, d, a in known if d and day and d <= day]
    if before:
        return max(before, key=lambda x: x[0])[1]
    after = sorted(((d, a) for _, d, a in known if d), key=lambda x: x[0])
    return after[0][1] if after else None
