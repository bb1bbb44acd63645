"""One person page's data, a page at a time, with SQL bounded by the person's own rows.

The page showed every run of an affiliation (or title) and every meeting, made per request from all
of the person's mentions. Now the runs and the meetings are rows written when linking (``person_runs``,
``person_meetings``: :mod:`protokoll.link.person_history`); the runs are read by an index range, the
meetings ranked by chain meeting in SQL over the person's rows (the documents of one meeting are
one row of the page) so only the page's are read into Python, and the assignments linked to the
person are found by one statement. Each statement is built once per process
(:func:`protokoll.query.statements.run`) and asks an index range of the person's rows.
"""

from __future__ import annotations

from dataclasses import dataclass

import orjson
from sqlalchemy import and_, bindparam, func, select
from sqlalchemy.orm import Session, aliased

from ..link.person_history import ATTRS
from ..store.linked_tables import (AssignmentRow, ChainMeeting, ChainSource, LinkedItem, PersonMeeting, PersonMention,
                                   PersonRow, PersonRun)
from .statements import run


@dataclass
class Head:
    """A person row without its mentions: what the page shows of the person itself."""

    row_id: int
    key: str
    name: str
    variants: list[str]
    possible_same_as: list[str]
    position: int  #: in the persons' order (``persons.position``): who a shared name is linked to


_HEAD = select(PersonRow.id, PersonRow.key, PersonRow.name, PersonRow.variants_json, PersonRow.same_as_json,
               PersonRow.position).where(PersonRow.key == bindparam("key"))


def person_head(session: Session, key: str) -> Head | None:
    """The person of ``key`` (one row by its unique key), or None."""
    row = run(session, _HEAD, key=key).first()
    if row is None:
        return None
    return Head(row.id, row.key, row.name, orjson.loads(row.variants_json), orjson.loads(row.same_as_json),
                row.position)


_RUNS = (select(PersonRun.attr, PersonRun.value, PersonRun.date_from, PersonRun.date_to)
         .where(PersonRun.person_id == bindparam("person_id"), PersonRun.position >= bindparam("first"),
                PersonRun.position < bindparam("end")).order_by(PersonRun.position))
#: how many runs of each history: its last run's position + 1 (a run of each, found by the index)
_RUN_COUNTS = (select(PersonRun.attr, func.max(PersonRun.position) + 1)
               .where(PersonRun.person_id == bindparam("person_id")).group_by(PersonRun.attr))


def runs_page(session: Session, person_id: int, offset: int, size: int) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """The person's runs ``offset`` .. ``offset + size`` of each history (``{attr: [{attr, "from", "to"}]}``,
    in date order) and how many runs each has: two statements over an index range of the person."""
    pages: dict[str, list[dict]] = {a: [] for a in ATTRS}
    for attr, value, first, last in run(session, _RUNS, person_id=person_id, first=offset, end=offset + size):
        pages.setdefault(attr, []).append({attr: value, "from": first, "to": last})
    counts = {a: 0 for a in ATTRS}
    counts.update(run(session, _RUN_COUNTS, person_id=person_id).all())
    return pages, counts


_NAMES = select(PersonRow.key, PersonRow.name).where(PersonRow.key.in_(bindparam("keys", expanding=True)))


def names_of(session: Session, keys: list[str]) -> dict[str, str]:
    """Person key -> name, of ``keys`` (no statement for none: most persons have no possible namesake)."""
    return dict(run(session, _NAMES, keys=list(keys)).all()) if keys else {}


_GROUP = func.coalesce(ChainSource.chain_meeting_id, -PersonMeeting.meeting_id)
"""SQL: the group of a person's stored meeting: its chain meeting, or minus the stored meeting's id
when it has none (``one_row_per_meeting``: the meeting's own key)."""
_FIRST = func.min(PersonMeeting.position)
_GROUPS = (select(_GROUP, func.count().over()).select_from(PersonMeeting)
           .outerjoin(ChainSource, ChainSource.meeting_id == PersonMeeting.meeting_id)
           .where(PersonMeeting.person_id == bindparam("person_id")).group_by(_GROUP).order_by(_FIRST)
           .limit(bindparam("size")).offset(bindparam("offset")))
_GROUP_COUNT = (select(func.count(func.distinct(_GROUP))).select_from(PersonMeeting)
                .outerjoin(ChainSource, ChainSource.meeting_id == PersonMeeting.meeting_id)
                .where(PersonMeeting.person_id == bindparam("person_id")))
_MEETINGS = (select(PersonMeeting.meeting_id, PersonMeeting.date, PersonMeeting.year, PersonMeeting.organization,
                    PersonMeeting.body, PersonMeeting.grp, PersonMeeting.role, PersonMeeting.roles_json,
                    ChainMeeting.key)
             .select_from(PersonMeeting).outerjoin(ChainSource, ChainSource.meeting_id == PersonMeeting.meeting_id)
             .outerjoin(ChainMeeting, ChainMeeting.id == ChainSource.chain_meeting_id)
             .where(PersonMeeting.person_id == bindparam("person_id"),
                    _GROUP.in_(bindparam("groups", expanding=True))).order_by(PersonMeeting.position))


def meeting_groups(session: Session, person_id: int, offset: int, size: int) -> tuple[list[int], int]:
    """The groups (chain meetings) of the person's meetings ``offset`` .. ``offset + size`` in date order
    (each at its earliest document), and how many there are."""
    rows = run(session, _GROUPS, person_id=person_id, size=size, offset=offset).all()
    if rows:
        return [g for g, _ in rows], rows[0][1]
    return [], run(session, _GROUP_COUNT, person_id=person_id).scalar() or 0


def meetings_page(session: Session, person_id: int, offset: int, size: int) -> tuple[list[dict], dict[int, str], int]:
    """The person's meeting rows (one per stored meeting, as ``link.person_history.meetings`` made them
    when linking) of the page's chain meetings in date order, the chain meeting key of each of their
    stored meetings, and how many chain meetings the person has."""
    groups, total = meeting_groups(session, person_id, offset, size)
    if not groups:
        return [], {}, total
    rows = run(session, _MEETINGS, person_id=person_id, groups=groups).all()
    out = [{"meeting_id": r[0], "date": r[1], "year": r[2], "organization": r[3], "body": r[4], "group": r[5],
            "role": r[6], "roles": orjson.loads(r[7])} for r in rows]
    return out, {r[0]: r[-1] for r in rows if r[-1] is not None}, total


def _assigned():
    """SQL: the person assignments linked to the person of ``person_id`` (whose persons' order is
    ``position``): as ``LinkedView.person_key`` links an assignee, the first person (in the persons'
    order) named so in the item's meeting, else the first named so anywhere; asked only of assignees
    named as the person is (``assignments.assignee_folded``, indexed). The second is asked only of an
    assignee nobody is named as in the item's meeting (``COALESCE`` stops at the first): it reads the
    mentions of that name, the person's own and their namesakes'."""
    a, here, anywhere = AssignmentRow, aliased(PersonMention), aliased(PersonMention)
    own = select(PersonMention.folded).where(PersonMention.person_id == bindparam("person_id")).distinct()
    in_meeting = (select(func.min(PersonRow.position)).select_from(here).join(PersonRow, PersonRow.id == here.person_id)
                  .where(here.meeting_id == LinkedItem.meeting_id, here.folded == a.assignee_folded)
                  .scalar_subquery())
    first = (select(func.min(PersonRow.position)).select_from(anywhere)
             .join(PersonRow, PersonRow.id == anywhere.person_id).where(anywhere.folded == a.assignee_folded)
             .scalar_subquery())
    return (select(a.id, a.assignee_folded, LinkedItem.meeting_id).join(LinkedItem, LinkedItem.id == a.item_id)
            .where(and_(a.assignee_kind == "person", a.assignee_folded.in_(own)),
                   func.coalesce(in_meeting, first) == bindparam("position")))


_ASSIGNED = _assigned()


def assigned_to(session: Session, head: Head) -> tuple[list[int], dict[tuple[str, int], str]]:
    """The ids of the assignments linked to the person, and those links ((folded name, meeting id) ->
    the person's key, as ``query.people.person_keys`` gives them)."""
    rows = run(session, _ASSIGNED, person_id=head.row_id, position=head.position).all()
    return [i for i, _, _ in rows], {(f, m): head.key for _, f, m in rows}
