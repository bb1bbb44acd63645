"""What a municipality owes: the one rule, decided when linking (stored by :mod:`protokoll.linking.owed`).

A municipality owes an assignment given

* to it by name (``OWN``: the assignee, as the gazetteer reads it, is the municipality);
* to a person who represents it at that meeting (``REPRESENTATIVE``): the person the
  assignee's name is linked to there, by their affiliation then (as written at that
  meeting, else the latest before it, else the first after: :class:`Affiliations`);
* to all municipalities (``ALL``) or to several named ones (``NAMED``) at a meeting of an
  organisation it is a member of (under any of the organisation's names).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from ..swedish.gazetteer import municipality
from .assignments import addressees

OWN, REPRESENTATIVE, ALL, NAMED = "own", "representative", "all", "named"
REASONS = (OWN, REPRESENTATIVE, ALL, NAMED)


def owed_by(kind: str, assignee: str, members: Iterable[str] = (),
            represents: str | None = None) -> list[tuple[str, str]]:
    """(municipality, reason) of every municipality that owes an assignment of ``kind`` given to
    ``assignee``. ``members``: the member municipalities of the organisation that gave it;
    ``represents``: for a person assignee, the municipality that person represented at that meeting."""
    if kind == "municipality":
        name = municipality(assignee)
        return [(name, OWN)] if name else []
    if kind == "person":
        known = represents is not None and municipality(represents) == represents  # not "Regionen" or a party
        return [(represents, REPRESENTATIVE)] if known else []
    to = addressees(assignee)
    if to is None:
        return []
    members = list(dict.fromkeys(members))
    if to == "all":
        return [(m, ALL) for m in members]
    return [(m, NAMED) for m in members if m in to]


class Affiliations:
    """A person's affiliated mentions, each ``(meeting id, date, affiliation)`` in mention order: the
    affiliation at a meeting is the one written there (the first), else the latest dated before it (of
    equally dated mentions, the first), else the first dated after; None when none is known."""

    def __init__(self, mentions: Iterable) -> None:
        known = [(m[0], m[1], m[2]) if isinstance(m, tuple) else (m.meeting_id, m.date, m.affiliation)
                 for m in mentions]
        known = [k for k in known if k[2]]
        self.here: dict[int, str] = {}
        for meeting_id, _, affiliation in known:
            self.here.setdefault(meeting_id, affiliation)
        self.dated = sorted((d, i, a) for i, (_, d, a) in enumerate(known) if d)
        self.dates = [d for d, _, _ in self.dated]

    def at(self, meeting_id: int | None, day: str | None) -> str | None:
        if meeting_id in self.here:
            return self.here[meeting_id]
        before = bisect_right(self.dates, day) if day else 0
        if before:
            return self.dated[bisect_left(self.dates, self.dates[before - 1])][2]
        return self.dated[0][2] if self.dated else None


def members_by_name(organisations: Iterable[tuple[str, list[str], list[str]]]) -> Mapping[str, list[str]]:
    """Organisation name (every spelling) -> its member municipalities, from (name, aliases, members)."""
    out: dict[str, list[str]] = {}
    for name, aliases, members in organisations:
        for spelling in (name, *aliases):
            out.setdefault(spelling, []).extend(m for m in members if m not in out.get(spelling, []))
    return out


def spoken_for(dissenters: Iterable[tuple[str, str | None]]) -> dict[str, list[str]]:
    """Municipality -> the dissenters (as written) who spoke for it, of an item's dissent: each given as
    (name, the municipality the person it is linked to represented at that meeting, or None). A name
    that is a municipality speaks for it; a person for the municipality they represented."""
    out: dict[str, list[str]] = {}
    for name, represents in dissenters:
        places = [municipality(name)] if name else []
        if represents is not None and municipality(represents) == represents:
            places.append(represents)
        for place in dict.fromkeys(p for p in places if p):
            out.setdefault(place, []).append(name)
    return out
