"""Municipalities, organisations and bodies as their pages ask for them: SQL over the linked rows,
touching only the place asked for (its memberships, its organisations' meetings, its people)."""

from __future__ import annotations

from collections.abc import Collection

import orjson
from sqlalchemy import and_, bindparam, exists, func, or_, select, union
from sqlalchemy.orm import Session

from ..link.owed import Affiliations
from ..store.linked_tables import (AssignmentRow, BodyRow, ChainMeeting, ChainSource, DissentRow, LinkedItem, Membership,
                                   OrganizationRow, OwedRow, PersonMention, PersonRow)
from ..swedish.gazetteer import municipality
from .archive_view import load_nodes
from .statements import run

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


def seen_among(session: Session, names: Collection[str]) -> set[str]:
    """Those of ``names`` the archive names (as :func:`is_seen`): one statement for all."""
    return set(run(session, _SEEN, names=sorted(names)).scalars()) if names else set()


def memberships_of(session: Session, name: str) -> list:
    """Rows (organization, aliases_json, first_seen, last_seen, meetings) of the municipality's memberships,
    in the organisations' order: one statement built once (:func:`run`)."""
    return run(session, _MEMBERSHIPS, name=name).all()


def member_organisations(session: Session, name: str) -> set[str]:
    """The organisations the municipality is a member of, under every spelling."""
    return names_of(memberships_of(session, name))


def names_of(memberships: list) -> set[str]:
    """Every spelling of the organisations of membership rows (:func:`memberships_of`)."""
    return {n for m in memberships for n in (m.organization, *orjson.loads(m.aliases_json))}


def attendance_in(session: Session, orgs: Collection[str], limit: int | None = None, offset: int = 0):
    """Rows (key, date, organization, body, present_json, first: the stored meeting of its first document)
    of the dated chain meetings of the organisations ``orgs`` (as written) whose documents list attendees,
    newest first (``limit`` of them from ``offset``): one statement over the chain meetings' columns."""
    if not orgs:
        return []
    if limit is None:
        return run(session, _ATTENDANCE, orgs=sorted(orgs)).all()[offset:]
    return run(session, _ATTENDANCE_PAGE, orgs=sorted(orgs), limit=limit, offset=offset).all()


def attendance_count(session: Session, orgs: Collection[str]) -> int:
    """How many meetings :func:`attendance_in` lists."""
    return run(session, _ATTENDANCE_COUNT, orgs=sorted(orgs)).scalar() or 0 if orgs else 0


def counts_of(session: Session, name: str, orgs: Collection[str]) -> tuple[int, int, int]:
    """(meetings :func:`attendance_in` lists, assignments the municipality owes, items :func:`dissent_in`
    lists) of the municipality ``name`` of the organisations ``orgs``: one statement."""
    row = run(session, _COUNTS, name=name, orgs=sorted(orgs)).one()
    return row[0] or 0, row[1] or 0, row[2] or 0


def people_of(session: Session, name: str) -> list[tuple[str, str, str | None, str | None]]:
    """(key, name, first date, last date) of everyone ever affiliated with the municipality: the dates of
    their dated mentions naming it (one aggregate over the index of affiliations)."""
    return [tuple(r) for r in run(session, _PEOPLE, name=name)]


def dissent_in(session: Session, name: str, orgs: Collection[str], limit: int | None = None, offset: int = 0):
    """Rows of the items of the organisations ``orgs`` (as written) on which the municipality dissented,
    by name or by its representatives, as linking decided (``dissent_municipalities``), newest first
    (``limit`` from ``offset``): meeting_id, number, title, dissent_json (every dissenter: name, party,
    statement), names_json (those who spoke for the municipality), date, sort_date, organization, body."""
    if not orgs:
        return []
    if limit is None:
        return run(session, _DISSENT, name=name, orgs=sorted(orgs)).all()[offset:]
    return run(session, _DISSENT_PAGE, name=name, orgs=sorted(orgs), limit=limit, offset=offset).all()


def person_keys_of(session: Session, ids: Collection[int]) -> dict[int, str]:
    """Person row id -> key, of the persons ``ids``."""
    return dict(run(session, _PERSON_KEYS, ids=sorted(ids)).all()) if ids else {}


def dissent_count(session: Session, name: str, orgs: Collection[str]) -> int:
    """How many items :func:`dissent_in` lists."""
    return run(session, _DISSENT_COUNT, name=name, orgs=sorted(orgs)).scalar() or 0 if orgs else 0


# A municipality's page asks these on every (uncached) view: built once, their values bound per call
# (``run``: building a select and its cache key, and the ORM around its rows, cost more than the query).
_NAME, _ORGS = bindparam("name"), bindparam("orgs", expanding=True)
_NAMES = bindparam("names", expanding=True)
_SEEN = union(select(Membership.municipality).where(Membership.municipality.in_(_NAMES)),
              select(PersonMention.affiliation).where(PersonMention.affiliation.in_(_NAMES)))
_MEMBERSHIPS = (select(OrganizationRow.name.label("organization"), OrganizationRow.aliases_json, Membership.first_seen,
                       Membership.last_seen, Membership.meetings)
                .join(Membership, Membership.organization_id == OrganizationRow.id)
                .where(Membership.municipality == _NAME).order_by(OrganizationRow.position, Membership.position))
_ATTENDED = [ChainMeeting.organization.in_(_ORGS), ChainMeeting.date.is_not(None),
             ChainMeeting.present_json.is_not(None)]
_FIRST = (select(ChainSource.meeting_id).where(ChainSource.chain_meeting_id == ChainMeeting.id)
          .order_by(ChainSource.position).limit(1).correlate(ChainMeeting).scalar_subquery())
_ATTENDANCE = (select(ChainMeeting.key, ChainMeeting.date, ChainMeeting.organization, ChainMeeting.body,
                      ChainMeeting.present_json, _FIRST.label("first"))
               .where(*_ATTENDED).order_by(ChainMeeting.date.desc(), ChainMeeting.key.desc()))
_ATTENDANCE_PAGE = _ATTENDANCE.limit(bindparam("limit")).offset(bindparam("offset"))
_ATTENDANCE_COUNT = select(func.count()).select_from(ChainMeeting).where(*_ATTENDED)
_DISSENTED = (DissentRow.municipality == _NAME, ChainMeeting.organization.in_(_ORGS))
_SORT_DATE = func.coalesce(ChainMeeting.date, ChainMeeting.after)
_DISSENT = (select(LinkedItem.meeting_id, LinkedItem.number, LinkedItem.title, LinkedItem.dissent_json,
                   DissentRow.names_json, ChainMeeting.date, _SORT_DATE.label("sort_date"), ChainMeeting.organization,
                   ChainMeeting.body)
            .join(LinkedItem, LinkedItem.id == DissentRow.item_id)
            .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id).where(*_DISSENTED)
            .order_by(_SORT_DATE.desc(), LinkedItem.meeting_id.desc(), LinkedItem.position))
_DISSENT_PAGE = _DISSENT.limit(bindparam("limit")).offset(bindparam("offset"))
_DISSENT_COUNT = (select(func.count()).select_from(DissentRow).join(LinkedItem, LinkedItem.id == DissentRow.item_id)
                  .join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id).where(*_DISSENTED))
_COUNTS = select(_ATTENDANCE_COUNT.scalar_subquery(),
                 select(func.count()).select_from(OwedRow).where(OwedRow.municipality == _NAME).scalar_subquery(),
                 _DISSENT_COUNT.scalar_subquery())
_PEOPLE_DATES = (select(PersonMention.person_id, func.min(PersonMention.date).label("first"),
                        func.max(PersonMention.date).label("last"))
                 .where(PersonMention.affiliation == _NAME).group_by(PersonMention.person_id).subquery())
_PEOPLE = (select(PersonRow.key, PersonRow.name, _PEOPLE_DATES.c.first, _PEOPLE_DATES.c.last)
           .join(_PEOPLE_DATES, _PEOPLE_DATES.c.person_id == PersonRow.id).order_by(PersonRow.position))
_PERSON_KEYS = select(PersonRow.id, PersonRow.key).where(PersonRow.id.in_(bindparam("ids", expanding=True)))


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


def calendar_nodes(linked, keys: list[str], members: set[str]) -> list:
    """The chain meetings of ``keys`` and the expected meetings of the organisations ``members``, with
    their records (what a calendar shows of each), in chain order."""
    chosen = [ChainMeeting.kind == "expected", ChainMeeting.organization.in_(sorted(members))]
    wanted = [and_(*chosen)] + [ChainMeeting.key.in_(keys[i:i + 500]) for i in range(0, len(keys), 500)]
    return load_nodes(linked, or_(*wanted))
