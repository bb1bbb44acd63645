"""Municipalities, organisations and bodies as their pages ask for them: SQL over the linked rows,
touching only the place asked for (its memberships, its organisations' meetings, its people)."""

from __future__ import annotations

from collections.abc import Collection

import orjson
from sqlalchemy import exists, func, or_, select
from sqlalchemy.orm import Session

from ..link.owed import Affiliations
from ..store.linked_tables import (AssignmentRow, BodyRow, ChainMeeting, ChainSource, DissentRow, LinkedItem, Membership,
                                   OrganizationRow, PersonMention, PersonRow)
from ..swedish.gazetteer import municipality

# -- municipalities -----------------------------------------------------------------------------------


def seen_municipalities(session: Session) -> set[str]:
    """Municipalities that are members, affiliations of people, or assignees (as the gazetteer names them)."""
    names = set(session.scalars(select(Membership.municipality).distinct()))
    names |= set(session.scalars(select(PersonMention.affiliation).distinct().where(PersonMention.affiliation != "")))
    return {n for n in names if n and municipality(n) == n}


def is_seen(session: Session, name: str) -> bool:
    """True when the archive names the municipality: a member, or a person's affiliation."""
    return bool(session.scalar(select(or_(exists().where(Membership.municipality == name),
                                          exists().where(PersonMention.affiliation == name)))))


def memberships_of(session: Session, name: str) -> list[tuple[str, Membership]]:
    """(organisation name, membership) of the municipality, in the organisations' order."""
    return [(o, m) for o, m in session.execute(
        select(OrganizationRow.name, Membership).join(Membership, Membership.organization_id == OrganizationRow.id)
        .where(Membership.municipality == name).order_by(OrganizationRow.position, Membership.position))]


def member_organisations(session: Session, name: str) -> set[str]:
    """The organisations the municipality is a member of, under every spelling."""
    rows = session.execute(select(OrganizationRow.name, OrganizationRow.aliases_json)
                           .where(OrganizationRow.id.in_(select(Membership.organization_id)
                                                         .where(Membership.municipality == name)))).all()
    return {n for name_, aliases in rows for n in (name_, *orjson.loads(aliases))}


def attendance_in(session: Session, orgs: Collection[str], limit: int | None = None, offset: int = 0):
    """Rows (key, date, organization, body, present_json, first: the stored meeting of its first document)
    of the dated chain meetings of the organisations ``orgs`` (as written) whose documents list attendees,
    newest first (``limit`` of them from ``offset``): one statement over the chain meetings' columns."""
    if not orgs:
        return []
    first = (select(ChainSource.meeting_id).where(ChainSource.chain_meeting_id == ChainMeeting.id)
             .order_by(ChainSource.position).limit(1).correlate(ChainMeeting).scalar_subquery())
    cm = ChainMeeting
    return session.execute(select(cm.key, cm.date, cm.organization, cm.body, cm.present_json, first.label("first"))
                           .where(*_attended(orgs)).order_by(cm.date.desc(), cm.key.desc())
                           .limit(limit).offset(offset)).all()


def attendance_count(session: Session, orgs: Collection[str]) -> int:
    """How many meetings :func:`attendance_in` lists."""
    return session.scalar(select(func.count()).select_from(ChainMeeting).where(*_attended(orgs))) or 0 if orgs else 0


def _attended(orgs: Collection[str]) -> list:
    cm = ChainMeeting
    return [cm.organization.in_(sorted(orgs)), cm.date.is_not(None), cm.present_json.is_not(None)]


def people_of(session: Session, name: str) -> list[tuple[str, str, str | None, str | None]]:
    """(key, name, first date, last date) of everyone ever affiliated with the municipality: the dates of
    their dated mentions naming it (one aggregate over the index of affiliations)."""
    pm = PersonMention
    named = (select(pm.person_id, func.min(pm.date).label("first"), func.max(pm.date).label("last"))
             .where(pm.affiliation == name).group_by(pm.person_id).subquery())
    return [tuple(r) for r in session.execute(
        select(PersonRow.key, PersonRow.name, named.c.first, named.c.last)
        .join(named, named.c.person_id == PersonRow.id).order_by(PersonRow.position))]


def dissent_in(session: Session, name: str, orgs: Collection[str], limit: int | None = None, offset: int = 0):
    """Rows of the items of the organisations ``orgs`` (as written) on which the municipality dissented,
    by name or by its representatives, as linking decided (``dissent_municipalities``), newest first
    (``limit`` from ``offset``): meeting_id, number, title, dissent_json (every dissenter: name, party,
    statement), names_json (those who spoke for the municipality), date, sort_date, organization, body."""
    if not orgs:
        return []
    cm, li, d = ChainMeeting, LinkedItem, DissentRow
    sort_date = func.coalesce(cm.date, cm.after)
    return session.execute(
        select(li.meeting_id, li.number, li.title, li.dissent_json, d.names_json, cm.date,
               sort_date.label("sort_date"), cm.organization, cm.body)
        .join(li, li.id == d.item_id).join(cm, cm.id == li.chain_meeting_id)
        .where(d.municipality == name, cm.organization.in_(sorted(orgs)))
        .order_by(sort_date.desc(), li.meeting_id.desc(), li.position).limit(limit).offset(offset)).all()


def person_keys_of(session: Session, ids: Collection[int]) -> dict[int, str]:
    """Person row id -> key, of the persons ``ids``."""
    return dict(session.execute(select(PersonRow.id, PersonRow.key).where(PersonRow.id.in_(sorted(ids)))).all()) \
        if ids else {}


def dissent_count(session: Session, name: str, orgs: Collection[str]) -> int:
    """How many items :func:`dissent_in` lists."""
    if not orgs:
        return 0
    return session.scalar(
        select(func.count()).select_from(DissentRow).join(LinkedItem, LinkedItem.id == DissentRow.item_id)
        .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
        .where(DissentRow.municipality == name, ChainMeeting.organization.in_(sorted(orgs)))) or 0


def affiliation_at(person, meeting_id: int | None, day: str | None) -> str | None:
    """A person's municipality at a meeting (:class:`protokoll.link.owed.Affiliations`). The person's
    mentions are indexed once (kept on the person), so asking for many meetings does not scan them again."""
    index = getattr(person, "_affiliations", None)
    if index is None:
        index = person._affiliations = Affiliations(person.mentions)
    return index.at(meeting_id, day)


# -- organisations and bodies -------------------------------------------------------------------------

def organisation_names(session: Session) -> list[tuple[int, str, list[str]]]:
    """(row id, name, aliases) of every organisation, in order (a few hundred short rows)."""
    return [(i, n, orjson.loads(a)) for i, n, a in session.execute(
        select(OrganizationRow.id, OrganizationRow.name, OrganizationRow.aliases_json)
        .order_by(OrganizationRow.position))]


def bodies_of(session: Session, organization_id: int) -> list[BodyRow]:
    return list(session.scalars(select(BodyRow).where(BodyRow.organization_id == organization_id)
                                .order_by(BodyRow.position)))


def chain_organisations(session: Session) -> list[str | None]:
    """Every organisation name the chain meetings are written with (one per spelling)."""
    return list(session.scalars(select(ChainMeeting.organization).distinct()))


def organisation_ids(session: Session, wanted_slug: str, slug) -> list[int]:
    """Row ids of the organisations one of whose names has ``slug`` ``wanted_slug``, in order."""
    return [i for i, n, aliases in organisation_names(session) if wanted_slug in {slug(x) for x in (n, *aliases)}]


def chain_meetings_of(session: Session, wanted_slug: str, slug):
    """SQL condition: chain meetings whose organisation, as written, has ``slug`` ``wanted_slug``."""
    names = [n for n in chain_organisations(session) if slug(n) == wanted_slug]
    spelled = ChainMeeting.organization.in_([n for n in names if n is not None])
    return or_(spelled, ChainMeeting.organization.is_(None)) if None in names else spelled


def assignment_ids_in(session: Session, chain_meeting_ids: Collection[int]) -> list[int]:
    """Ids of the assignments given in the chain meetings."""
    return list(session.scalars(select(AssignmentRow.id).join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
                                .where(LinkedItem.chain_meeting_id.in_(list(chain_meeting_ids)))))


def organisation_rows(session: Session) -> list[dict]:
    """Every organisation with its aliases, number of members and bodies' names, in order."""
    counts = dict(session.execute(select(Membership.organization_id, func.count())
                                  .group_by(Membership.organization_id)).all())
    bodies: dict[int, list[str]] = {}
    for oid, name in session.execute(select(BodyRow.organization_id, BodyRow.name)
                                     .order_by(BodyRow.organization_id, BodyRow.position)):
        bodies.setdefault(oid, []).append(name)
    return [{"name": n, "aliases": aliases, "members": counts.get(i, 0), "bodies": bodies.get(i, [])}
            for i, n, aliases in organisation_names(session)]


def organisations_by_member(session: Session) -> dict[str, list[str]]:
    """Municipality -> the names of the organisations it is a member of, in the organisations' order."""
    out: dict[str, list[str]] = {}
    for place, org in session.execute(select(Membership.municipality, OrganizationRow.name)
                                      .join(OrganizationRow, OrganizationRow.id == Membership.organization_id)
                                      .order_by(OrganizationRow.position, Membership.position)):
        if org not in out.setdefault(place, []):
            out[place].append(org)
    return out
