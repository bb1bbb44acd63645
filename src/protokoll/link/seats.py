"""Possibly the same person in one seat: the same given name with another surname, for the same municipality
in the same role, never at one meeting together (a new surname, a misread one, or a successor: a person decides).

Two people seen at one meeting are two people, so the flag never joins them; it only marks them
``possible_same_as`` (``link.people``), never merges.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Seen:
    """Where (known municipalities), as what (role, title or attendee group) and at which meetings a name was seen."""

    places: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    meetings: set[int] = field(default_factory=set)

    def add(self, meeting_id: int, place: str | None, role: str | None) -> None:
        if place:
            self.places.add(place)
        if role:
            self.roles.add(role)
        self.meetings.add(meeting_id)


def same_seat(a: str, b: str, sa: Seen, sb: Seen) -> bool:
    """Whether folded names ``a`` and ``b`` share a given name but not a surname, a municipality and a role,
    and were never at one meeting together."""
    ga, _, fa = a.partition(" ")
    gb, _, fb = b.partition(" ")
    return bool(ga == gb and fa and fb and fa != fb and sa.places & sb.places and sa.roles & sb.roles) \
        and not sa.meetings & sb.meetings
