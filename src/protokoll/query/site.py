"""What the sitemap lists: every public page's key, read column by column (no records, no linked objects)."""

from __future__ import annotations

import orjson
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.linked_tables import (BodyRow, ChainMeeting, ChainSource, LinkedCase, Membership, OrganizationRow,
                                   PersonMention, PersonRow)
from ..store.models import Meeting
from ..swedish.gazetteer import municipality


def held_documents(session: Session) -> list[tuple[int, str | None]]:
    """(stored meeting id, its date) of every document of the chain, in chain order."""
    return [(meeting_id, day) for meeting_id, day in session.execute(
        select(ChainSource.meeting_id, Meeting.date).join(Meeting, Meeting.id == ChainSource.meeting_id)
        .join(ChainMeeting, ChainMeeting.id == ChainSource.chain_meeting_id)
        .order_by(ChainMeeting.position, ChainSource.position))]


def case_keys(session: Session) -> list[str]:
    """Cases of more than one item (those with a page), in case order."""
    return list(session.scalars(select(LinkedCase.key).where(LinkedCase.item_count > 1)
                                .order_by(LinkedCase.position)))


def person_keys(session: Session) -> list[str]:
    return list(session.scalars(select(PersonRow.key).order_by(PersonRow.position)))


def municipality_names(session: Session) -> set[str]:
    """Municipalities that are members of an organisation or affiliations of people (as the gazetteer
    names them)."""
    names = set(session.scalars(select(Membership.municipality).distinct()))
    names |= set(session.scalars(select(PersonMention.affiliation).where(PersonMention.affiliation.is_not(None))
                                 .distinct()))
    return {n for n in names if municipality(n) == n}


def organisation_bodies(session: Session) -> list[tuple[str, list[tuple[str, str | None]]]]:
    """(organisation, [(body, date of its newest meeting)]) in the archive's order."""
    orgs = session.execute(select(OrganizationRow.id, OrganizationRow.name).order_by(OrganizationRow.position)).all()
    bodies: dict[int, list[tuple[str, str | None]]] = {i: [] for i, _ in orgs}
    for org_id, name, dates in session.execute(select(BodyRow.organization_id, BodyRow.name, BodyRow.dates_json)
                                               .order_by(BodyRow.organization_id, BodyRow.position)):
        found = orjson.loads(dates)
        bodies[org_id].append((name, found[-1] if found else None))
    return [(name, bodies[i]) for i, name in orgs]
