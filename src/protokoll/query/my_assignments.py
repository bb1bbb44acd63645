""""Mina uppdrag": the assignments an account answers for, and the items that may report one.

An account answers for what its links name (:mod:`protokoll.store.my_assignments`):

* a person: the assignments given to that name, and to the other names the
  linked archive gives the same person ("A. Berg" beside "Anna Berg");
* a municipality: what it owes, as its page lists it (to the municipality,
  to its representatives, and group assignments of the organisations it is a
  member of; :func:`.owed.owed`).

A member marks one reported by naming the item that reports it: minutes or a
protocol of the same organisation, of a meeting after the one that gave it
and held by today (:func:`report_choices`, newest first, the item linking
itself found first).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import and_, false, or_, select

from ..link.assignments import Entry
from ..link.cases import CaseItem
from ..link.orgs import fold as link_fold
from ..store.linked_tables import AssignmentRow, ChainMeeting, LinkedItem, PersonMention
from ..store.my_assignments import MUNICIPALITY, PERSON
from ..swedish.fold import fold_name
from .linked import LinkedView
from .owed import owed

CHOICES = 60  #: reporting items offered for one assignment
CHUNK = 500


def person_assignees(view: LinkedView, name: str) -> list[str]:
    """The person assignees (as written) that are ``name``: the same folded name, or another name the
    linked archive gives the person ``name`` is linked to."""
    persons = select(PersonMention.person_id).where(PersonMention.folded == link_fold(name))
    variants = {fold_name(name)} | {fold_name(n) for n in view.session.scalars(
        select(PersonMention.name).where(PersonMention.person_id.in_(persons)).distinct())}
    written = view.session.scalars(select(AssignmentRow.assignee).where(AssignmentRow.assignee_kind == PERSON)
                                   .distinct())
    return sorted(a for a in written if fold_name(a) in variants)


def condition(view: LinkedView, links: list[tuple[str, str]]):
    """The SQL condition on ``AssignmentRow`` keeping what the links name (nothing when there are none)."""
    names, parts = [], []
    for kind, name in links:
        if kind == PERSON:
            names += person_assignees(view, name)
        elif kind == MUNICIPALITY:
            parts.append(owed(name))
    parts += [and_(AssignmentRow.assignee_kind == PERSON, AssignmentRow.assignee.in_(names[i:i + CHUNK]))
              for i in range(0, len(names), CHUNK)]
    return or_(*parts) if parts else false()


def mine(view: LinkedView, links: list[tuple[str, str]], today: date) -> list[Entry]:
    """The account's assignments in register order, with their status as of ``today``."""
    return view.register(today, condition(view, links))


def report_choices(view: LinkedView, entry: Entry, today: date) -> list[CaseItem]:
    """Items that may report ``entry``: of minutes or a protocol of its organisation, of a meeting after
    the one that gave it and held by ``today``; the one linking found (if any) first, then newest first."""
    given = entry.item.meeting
    if not given.date:
        return [entry.later] if entry.later else []
    keys = list(view.session.scalars(
        select(LinkedItem.key).join(ChainMeeting, ChainMeeting.id == LinkedItem.chain_meeting_id)
        .where(ChainMeeting.organization == given.organization, ChainMeeting.date > given.date,
               ChainMeeting.date <= today.isoformat(), LinkedItem.kind.in_(("minutes", "protocol")))
        .order_by(LinkedItem.rank.desc()).limit(CHOICES)))
    found = {i.id: i for i in view.items(LinkedItem.key.in_(keys))} if keys else {}
    ordered = [found[k] for k in keys if k in found]
    if entry.later is not None:
        ordered = [entry.later] + [i for i in ordered if i.id != entry.later.id]
    return ordered
