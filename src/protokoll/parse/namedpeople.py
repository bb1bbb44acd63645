"""The people a document names, its officers included: the attendees, then the chair and the secretary the
header or the signatures name in full where the attendee list lacks them (issue 10).

A given name alone ("Anna informerade om ...", "Anna tar fram ett förslag") is resolved against these people:
an association's board minutes often list nobody as present but name their chair or secretary ("Ordförande Anna
Berg öppnade mötet", "Vid protokollet Per Ek"). An officer written as one word names no surname to resolve to,
and would only hide the attendee of that given name, so only an officer's full name is added.

One answer for the presenter (:mod:`.namedpresenters`) and the assignee (:mod:`.givenassignees`) resolutions.
"""

from __future__ import annotations

from ..record import Attendee


def officers_missing(attendees: list[Attendee], officers: tuple[str | None, ...]) -> list[Attendee]:
    """The officers written in full (two words or more) whom the attendee list does not name, each once."""
    listed = {a.name for a in attendees}
    return [Attendee(name=n) for n in dict.fromkeys(officers) if n and len(n.split()) >= 2 and n not in listed]


def named_people(attendees: list[Attendee], officers: tuple[str | None, ...]) -> list[Attendee]:
    """The attendees and the officers they lack (:func:`officers_missing`)."""
    return attendees + officers_missing(attendees, officers)
