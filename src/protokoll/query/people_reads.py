"""The people and organisations, as :class:`protokoll.query.linked.LinkedView` reads them.

:class:`PeopleReads` is the view's part that reads ``PersonRow`` rows with their ``PersonMention``s
into ``Person``s, and ``OrganizationRow`` rows with their members and bodies into ``Organisation``s.
"""

from __future__ import annotations

import orjson
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from ..link.orgs import Body, Member, Organisation, fold
from ..link.people import Mention, Person
from ..store.linked_tables import BodyRow, Membership, OrganizationRow, PersonMention, PersonRow
from .statements import run

_PERSONS_IN_MEETING = (select(PersonMention.folded, PersonRow.key).join(PersonRow)
                       .where(PersonMention.meeting_id == bindparam("meeting_id"))
                       .order_by(PersonRow.position, PersonMention.position))


class PeopleReads:
    """People and organisations of a :class:`protokoll.query.linked.LinkedView`."""

    session: Session

    def person(self, key: str) -> Person | None:
        row = self.session.scalar(select(PersonRow).where(PersonRow.key == key))
        return self._person(row) if row is not None else None

    def persons(self, *where, mentions: bool = True) -> list[Person]:
        rows = self.session.scalars(select(PersonRow).where(*where).order_by(PersonRow.position)).all()
        if not mentions:
            return [Person([], set(orjson.loads(r.possible_json)), r.key, r.name, orjson.loads(r.same_as_json))
                    for r in rows]
        by_id: dict[int, list[Mention]] = {r.id: [] for r in rows}
        for m in self.session.scalars(select(PersonMention).where(PersonMention.person_id.in_(by_id))
                                      .order_by(PersonMention.person_id, PersonMention.position)):
            by_id[m.person_id].append(_mention(m))
        return [Person(by_id[r.id], set(orjson.loads(r.possible_json)), r.key, r.name,
                       orjson.loads(r.same_as_json)) for r in rows]

    def _person(self, row: PersonRow) -> Person:
        mentions = [_mention(m) for m in self.session.scalars(
            select(PersonMention).where(PersonMention.person_id == row.id).order_by(PersonMention.position))]
        return Person(mentions, set(orjson.loads(row.possible_json)), row.key, row.name,
                      orjson.loads(row.same_as_json))

    def person_key(self, name: str | None, meeting_id: int | None = None) -> str | None:
        """The key of the person a name (in a meeting) is linked to: in that meeting first, else the
        person first linked to the name anywhere (as the pages always did)."""
        if not name:
            return None
        folded = fold(name)
        if meeting_id is not None:
            found = self.session.scalar(
                select(PersonRow.key).join(PersonMention)
                .where(PersonMention.meeting_id == meeting_id, PersonMention.folded == folded)
                .order_by(PersonRow.position, PersonMention.position).limit(1))
            if found:
                return found
        return self.session.scalar(select(PersonRow.key).join(PersonMention).where(PersonMention.folded == folded)
                                   .order_by(PersonRow.position, PersonMention.position).limit(1))

    def person_keys_in_meeting(self, meeting_id: int) -> dict[str, str]:
        """Folded name -> person key, of everyone linked in a stored meeting (one statement)."""
        out: dict[str, str] = {}
        for folded, key in run(self.session, _PERSONS_IN_MEETING, meeting_id=meeting_id):
            out.setdefault(folded, key)
        return out

    def organizations(self, *where) -> list[Organisation]:
        rows = self.session.scalars(select(OrganizationRow).where(*where).order_by(OrganizationRow.position)).all()
        ids = [r.id for r in rows]
        members: dict[int, list[Member]] = {i: [] for i in ids}
        for m in self.session.scalars(select(Membership).where(Membership.organization_id.in_(ids))
                                      .order_by(Membership.organization_id, Membership.position)):
            members[m.organization_id].append(Member(m.municipality, m.first_seen, m.last_seen, m.meetings))
        bodies: dict[int, list[Body]] = {i: [] for i in ids}
        for b in self.session.scalars(select(BodyRow).where(BodyRow.organization_id.in_(ids))
                                      .order_by(BodyRow.organization_id, BodyRow.position)):
            bodies[b.organization_id].append(Body(b.name, orjson.loads(b.aliases_json), orjson.loads(b.dates_json),
                                                  b.meetings))
        return [Organisation(r.name, orjson.loads(r.aliases_json), members[r.id], bodies[r.id]) for r in rows]

    def organization(self, name: str) -> Organisation | None:
        found = self.organizations(OrganizationRow.key == name)
        return found[0] if found else None


def _mention(m: PersonMention) -> Mention:
    return Mention(m.name, m.meeting_id, m.date, m.year, m.organization, m.body, m.role, m.grp, m.affiliation,
                   m.title)
