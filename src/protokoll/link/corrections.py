"""Which manual corrections the linked answer does not show (pure): reported, never dropped silently.

A correction (a merge or split of people, a merge, split or rename of
cases) is stored once and applied again after every linking. New documents
can make one stop fitting: an item it names is gone (a new version of the
document renumbered it), or the names it joined are no longer there. Linking
then cannot apply it, and the user who made it must be told: this module
checks the answer against each correction and says which ones it does not
show, and why, in words for the status page and ``protokoll link``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from .orgs import fold  # the fold people are linked by
from .cases import Case, CaseItem
from .people import Person


@dataclass(frozen=True)
class Unapplied:
    """A stored correction the linked answer does not show."""

    kind: str  #: person | case
    id: int  #: the correction's row id
    action: str  #: merge | split | rename
    subject: str  #: the person key or item key it names
    reason: str  #: in Swedish, for the status page

    def to_dict(self) -> dict:
        return {"kind": self.kind, "id": self.id, "action": self.action, "subject": self.subject,
                "reason": self.reason}


class PersonFix(NamedTuple):
    """A stored person correction as this module reads it (``store.people.PersonCorrection``)."""

    id: int
    kind: str  #: merge | split
    person_id: str
    other: str  #: merge: the other person; split: the name variant split off
    names: list[str]  #: the person's variants when it was made
    other_names: list[str]


def unapplied_people(people: list[Person], corrections: Iterable[PersonFix]) -> list[Unapplied]:
    """Person corrections the people do not show."""
    holder: dict[str, Person] = {}
    for p in people:
        for m in p.mentions:
            holder.setdefault(fold(m.name), p)
    out = []
    for c in corrections:
        names = [fold(n) for n in c.names] or [fold(c.person_id)]
        if c.kind == "merge":
            others = [fold(n) for n in c.other_names] or [fold(c.other)]
            mine = {id(holder[n]) for n in names if n in holder}
            theirs = {id(holder[n]) for n in others if n in holder}
            if not mine or not theirs:
                reason = "namnen som slogs ihop finns inte längre i arkivet"
            elif not mine & theirs:
                reason = "personerna som slogs ihop är åter två"
            else:
                continue
        elif c.kind == "split":
            variant = fold(c.other)
            if variant not in holder:
                reason = f"namnformen {c.other!r} finns inte längre i arkivet"
            elif any(holder.get(n) is holder[variant] for n in names if n != variant):
                reason = f"namnformen {c.other!r} hör åter till samma person"
            else:
                continue
        else:
            continue
        out.append(Unapplied("person", c.id, c.kind, c.person_id, reason))
    return out


def unapplied_cases(items: list[CaseItem], cases: list[Case], corrections: Iterable) -> list[Unapplied]:
    """Case corrections (``store.cases.CaseCorrection`` rows) the cases do not show."""
    known = {i.id for i in items}
    case_of = {i.id: c for c in cases for i in c.items}
    last_rename: dict[str, object] = {}
    for c in corrections:
        if c.action == "rename" and c.item in case_of:
            last_rename[case_of[c.item].id] = c
    out = []
    for c in corrections:
        if c.item not in known:
            reason = f"punkten {c.item} finns inte längre i arkivet"
        elif c.action == "merge" and c.other not in known:
            reason = f"punkten {c.other} finns inte längre i arkivet"
        elif c.action == "merge" and (case_of.get(c.item) is None or case_of.get(c.item) is not case_of.get(c.other)):
            reason = "punkterna som slogs ihop hör åter till olika ärenden"
        elif c.action == "rename" and c.item not in case_of:
            reason = "punkten hör inte längre till något ärende"
        elif (c.action == "rename" and last_rename.get(case_of[c.item].id) is c
              and case_of[c.item].title != c.title):
            reason = "ärendet har fått en annan rubrik"
        else:
            continue
        out.append(Unapplied("case", c.id, c.action, c.item, reason))
    return out
