"""A person linked across meetings, as plain data: the `people --json` entry and the person page's data."""

from __future__ import annotations

from collections.abc import Collection

import orjson
from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from ..link.people import Mention, Person
from ..link.person_history import history, meetings
from ..store.linked_tables import AssignmentRow, ChainSource, LinkedItem, PersonMention, PersonRow
from ..swedish.fold import fold_name, person_slug

def person_json(person: Person) -> dict:
    """One person as the `people --json` entry."""
    return {"id": person.id, "name": person.name, "variants": person.variants,
            "affiliations": history(person.mentions, "affiliation"),
            "titles": history(person.mentions, "title"),
            "meetings": meetings_json(person), "possible_same_as": person.possible_same_as}


def meetings_json(person: Person) -> list[dict]:
    """The person's meetings in date order, with their group and role(s) in each."""
    return meetings(person.mentions)


def matches(person: Person, name: str) -> bool:
    """True when ``name`` is the person's id or part of one of their name variants (folded)."""
    wanted = fold_name(name)
    return person.id == name or person_slug(name) == person.id or any(wanted in fold_name(v) for v in person.variants)


# -- asked with SQL, bounded by what one page shows --------------------------------------------------

def person_row_id(session: Session, key: str) -> int | None:
    return session.scalar(select(PersonRow.id).where(PersonRow.key == key))


def chain_ids_of(person_id: int):
    """SQL: the ids of the chain meetings naming a person (a subquery for ``LinkedView.nodes``)."""
    named = select(PersonMention.meeting_id).where(PersonMention.person_id == person_id)
    return select(ChainSource.chain_meeting_id).where(ChainSource.meeting_id.in_(named))


def names_of(session: Session, keys: Collection[str]) -> dict[str, str]:
    """Person key -> name."""
    return dict(session.execute(select(PersonRow.key, PersonRow.name).where(PersonRow.key.in_(list(keys)))).all())


def merged_into(session: Session, key: str, holders: dict[str, set[str]] | None = None) -> str | None:
    """The key of the one person now holding a name whose id ``key`` was (a merge or a relinking joined
    it): a person one of whose name variants has ``key`` as its slug, when exactly one has.
    ``holders``: :func:`slug_holders`, when kept (it reads every mention's name once)."""
    found = (slug_holders(session) if holders is None else holders).get(key, ())
    return next(iter(found)) if len(found) == 1 else None


def slug_holders(session: Session) -> dict[str, set[str]]:
    """Slug of a folded name -> the keys of the persons named so: the distinct (person, folded name)
    pairs read from their index (a few thousand), once per link generation by the web."""
    keys = dict(session.execute(select(PersonRow.id, PersonRow.key)).all())
    out: dict[str, set[str]] = {}
    for person_id, folded in session.execute(select(PersonMention.person_id, PersonMention.folded).distinct()):
        out.setdefault(person_slug(folded), set()).add(keys[person_id])
    return out


def assignments_linked_to(session: Session, person_ids: Collection[int]) -> tuple[dict[int, str], dict]:
    """Assignment row id -> key of the person (one of ``person_ids``) its assignee is linked to, and the
    links found on the way ((folded name, meeting id) -> person key, as :func:`person_keys`).

    The same link ``LinkedView.person_key`` makes (the person named so in the item's meeting, else the
    first person named so anywhere), asked only of the person-kind assignments whose assignee's folded
    name (``assignments.assignee_folded``, indexed) is one of the persons' names."""
    ids = list(person_ids)
    if not ids:
        return {}, {}
    own = select(PersonMention.folded).where(PersonMention.person_id.in_(ids)).distinct()
    rows = session.connection().execute(  # Core rows: thousands for a municipality's people
        select(AssignmentRow.id, AssignmentRow.assignee_folded, LinkedItem.meeting_id)
        .join(LinkedItem, LinkedItem.id == AssignmentRow.item_id)
        .where(AssignmentRow.assignee_kind == "person", AssignmentRow.assignee_folded.in_(own))).all()
    if not rows:
        return {}, {}
    keys = person_keys(session, [(f, m) for _, f, m in rows])
    wanted = set(session.scalars(select(PersonRow.key).where(PersonRow.id.in_(ids))))
    return {i: keys[(f, m)] for i, f, m in rows if keys.get((f, m)) in wanted}, keys


def person_keys(session: Session, pairs: list[tuple[str, int]]) -> dict[tuple[str, int], str | None]:
    """(folded name, meeting id) -> the key ``LinkedView.person_key`` gives (None: nobody), for many pairs."""
    found: dict[tuple[str, int], str] = {}
    names = {f for f, _ in pairs}
    meetings = sorted({m for _, m in pairs})
    for start in range(0, len(meetings), 500):  # per (meeting, name): the first person (by position), one row
        first = (select(PersonMention.meeting_id, PersonMention.folded,
                        func.min(PersonRow.position).label("position")).join(PersonRow)
                 .where(PersonMention.meeting_id.in_(meetings[start:start + 500]), PersonMention.folded.in_(names))
                 .group_by(PersonMention.meeting_id, PersonMention.folded).subquery())
        for mid, folded, key in session.connection().execute(
                select(first.c.meeting_id, first.c.folded, PersonRow.key)
                .join(PersonRow, PersonRow.position == first.c.position)):
            found[(folded, mid)] = key
    missing = sorted({f for f, m in pairs if (f, m) not in found})
    anywhere: dict[str, str] = {}
    for start in range(0, len(missing), 500):  # the first person (by position) named so: one statement
        first = (select(PersonMention.folded, func.min(PersonRow.position).label("position")).join(PersonRow)
                 .where(PersonMention.folded.in_(missing[start:start + 500])).group_by(PersonMention.folded)
                 .subquery())
        anywhere.update(session.execute(select(first.c.folded, PersonRow.key)
                                        .join(PersonRow, PersonRow.position == first.c.position)).all())
    for f, m in pairs:
        if (f, m) not in found:
            found[(f, m)] = anywhere.get(f)
    return found


_MENTION = (PersonMention.name, PersonMention.meeting_id, PersonMention.date, PersonMention.year,
            PersonMention.organization, PersonMention.body, PersonMention.role, PersonMention.grp,
            PersonMention.affiliation, PersonMention.title)


def load_persons(session: Session, *where) -> dict[int, Person]:
    """Row id -> person with their mentions (columns read, not ORM rows: a person may have a thousand)."""
    rows = session.execute(select(PersonRow.id, PersonRow.key, PersonRow.name, PersonRow.possible_json,
                                  PersonRow.same_as_json).where(*where).order_by(PersonRow.position)).all()
    mentions: dict[int, list[Mention]] = {r.id: [] for r in rows}
    if mentions:
        for pid, *m in session.execute(select(PersonMention.person_id, *_MENTION)
                                       .where(PersonMention.person_id.in_(list(mentions)))
                                       .order_by(PersonMention.person_id, PersonMention.position)):
            mentions[pid].append(Mention(*m))
    out = {}
    for r in rows:
        out[r.id] = Person(mentions[r.id], set(orjson.loads(r.possible_json)), r.key, r.name,
                           orjson.loads(r.same_as_json))
        out[r.id]._row_id = r.id  # type: ignore[attr-defined]
    return out


def row_of(session: Session, person: Person) -> int | None:
    """The row id of a person (kept by :func:`load_persons`)."""
    return getattr(person, "_row_id", None) or person_row_id(session, person.id)


class KnownPersons:
    """A view of the linked archive that already knows whom some names in some meetings are linked to
    (``(folded name, meeting id) -> person key``, as :func:`person_keys` gives): the shapers' ``person_id``
    asks the database only for the others. Everything else is the view's."""

    def __init__(self, view, known: dict[tuple[str, int], str], persons: dict[str, Person] | None = None) -> None:
        self._view, self._known = view, dict(known)
        if persons is not None:
            self.person_by_id = persons  #: only the persons the page can need (see where it is made)

    def learn(self, known: dict[tuple[str, int], str]) -> None:
        self._known.update(known)

    def person_id(self, name: str | None, meeting_id: int | None = None) -> str | None:
        if name and meeting_id is not None and (fold_name(name), meeting_id) in self._known:
            return self._known[(fold_name(name), meeting_id)]
        return self._view.person_id(name, meeting_id)

    def __getattr__(self, name: str):
        return getattr(self._view, name)


def knowing_assignees(view, entries) -> KnownPersons:
    """``view`` knowing whom the person assignees of ``entries`` (register entries) are linked to."""
    pairs = [(fold_name(e.assignee), mid) for e in entries
             if e.kind == "person" and e.assignee and (mid := view.item_meeting(e.item)) is not None]
    return KnownPersons(view, person_keys(view.session, pairs) if pairs else {})


def people_rows(session: Session) -> list[dict]:
    """Every person, in the archive's order: key, name, latest affiliation, number of meetings
    (chain meetings, agenda and minutes of one day being one) and possibly the same persons.
    Three aggregate statements over all mentions: the people list is made once per link generation."""
    pm = PersonMention
    meetings = dict(session.execute(select(pm.person_id, func.count(distinct(ChainSource.chain_meeting_id)))
                                    .join(ChainSource, ChainSource.meeting_id == pm.meeting_id)
                                    .group_by(pm.person_id)).all())
    order = func.row_number().over(partition_by=pm.person_id, order_by=(
        pm.date.is_(None).desc(), pm.date.desc(), pm.meeting_id.desc(), pm.position.desc()))
    ranked = (select(pm.person_id, pm.affiliation, order.label("n"))
              .where(pm.affiliation.is_not(None), pm.affiliation != "").subquery())
    latest = dict(session.execute(select(ranked.c.person_id, ranked.c.affiliation).where(ranked.c.n == 1)).all())
    return [{"id": key, "name": name, "affiliation": latest.get(i), "meetings": meetings.get(i, 0),
             "possible_same_as": orjson.loads(same)}
            for i, key, name, same in session.execute(select(PersonRow.id, PersonRow.key, PersonRow.name,
                                                             PersonRow.same_as_json).order_by(PersonRow.position))]
