"""What a relink of some organisations rewrites: the part of each linked table in its scope.

A relink after an ingest (:mod:`protokoll.linking.incremental`) computes the answer
for the organisations the new or removed meetings belong to, and the persons
their names touch; :func:`.linked.write_linked` then makes only that part of
each table say so. Rows outside the scope are never deleted or changed, but
for the order columns, renumbered afterwards (:mod:`.linked_order`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select

from .linked_tables import (AssignmentRow, ChainMeeting, ChainSource, LinkedCase, LinkedItem, OrganizationRow,
                            PersonMention, PersonRow)


@dataclass
class Scope:
    """The part of the linked tables a relink of some organisations rewrites (rows elsewhere stay).

    ``organizations``: the organisation names (every spelling) whose chain, items, cases, register,
    bodies and memberships are rewritten (the chain of records without an organisation too);
    ``persons``: the ids of the persons rewritten with their mentions. Order columns are not
    compared here but renumbered afterwards (:func:`.linked_order.renumber`).
    """

    organizations: list[str]
    persons: list[int]
    corrections: str = ""  #: the digest of the corrections the answer applies


#: the columns ordering a whole table, renumbered after a scoped write instead of compared
#: (items, cases and the register are ordered by keys of their own: written and compared as any column)
ORDER_COLUMNS = {"chain_meetings": ("position",), "persons": ("position",), "organizations": ("position",)}


class Wheres:
    """The where-clause of each linked table within a scope (None: the whole table)."""

    def __init__(self, scope: Scope | None) -> None:
        self.scope = scope

    def chain(self):
        if self.scope is None:
            return None
        names = self.scope.organizations
        return or_(ChainMeeting.organization.in_(names), ChainMeeting.organization.is_(None))

    def sources(self):
        return None if self.scope is None else ChainSource.chain_meeting_id.in_(
            select(ChainMeeting.id).where(self.chain()))

    def items(self):
        return None if self.scope is None else LinkedItem.chain_meeting_id.in_(
            select(ChainMeeting.id).where(self.chain()))

    def cases(self):
        return None if self.scope is None else LinkedCase.id.in_(
            select(LinkedItem.case_id).where(self.items()))

    def assignments(self):
        return None if self.scope is None else AssignmentRow.item_id.in_(select(LinkedItem.id).where(self.items()))

    def persons(self):
        return None if self.scope is None else PersonRow.id.in_(self.scope.persons)

    def mentions(self):
        return None if self.scope is None else PersonMention.person_id.in_(self.scope.persons)

    def of_persons(self, model):
        """A table of rows of each person (``person_id``): those of the persons rewritten."""
        return None if self.scope is None else model.person_id.in_(self.scope.persons)

    def orgs(self):
        return None if self.scope is None else OrganizationRow.key.in_(self.scope.organizations)

    def of_orgs(self, model):
        return None if self.scope is None else model.organization_id.in_(
            select(OrganizationRow.id).where(self.orgs()))
