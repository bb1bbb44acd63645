"""The people a document names, its officers included: the attendees, then the chair and the secretary the
header or the signatures name in full where the attendee list lacks them (issue 10).

A given name alone ("Anna informerade om ...", "Anna tar fram ett förslag") is resolved against these people:
an association's board minutes often list nobody as present but name their chair or secretary ("Ordförande Anna
Berg öppnade mötet", "Vid protokollet Per Ek"). An officer written as one word names no surname to resolve to,
and would only hide the attendee of that given name, so only an officer's full name is added.

A given name none of them bears is resolved against the full names the document writes elsewhere: minutes
that list nobody as present, or only their members, name a person in full once (a signature, "Eva Strand (S)
redovisade ...", a guest) and by the given name after that ("Eva gick igenom ...", "Eva tar fram ...").

One answer for the presenter (:mod:`.namedpresenters`) and the assignee (:mod:`.givenassignees`) resolutions.
"""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish.kept import compiled
from .givenopen import known_given_names
from .persons import is_person


def officers_missing(attendees: list[Attendee], officers: tuple[str | None, ...]) -> list[Attendee]:
    """The officers written in full (two words or more) whom the attendee list does not name, each once."""
    listed = {a.name for a in attendees}
    return [Attendee(name=n) for n in dict.fromkeys(officers) if n and len(n.split()) >= 2 and n not in listed]


def named_people(attendees: list[Attendee], officers: tuple[str | None, ...]) -> list[Attendee]:
    """The attendees and the officers they lack (:func:`officers_missing`)."""
    return attendees + officers_missing(attendees, officers)


#: a capitalised word after a given name on the same line: the surname it is written with ("Eva Strand")
SURNAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"


def written_full_name(given: str, text: str) -> str | None:
    """The one full name the document writes for a given name, where it names her nowhere in a list: "Eva" is
    "Eva Strand" where the text writes "Eva Strand" (in a signature, a sentence, a heading) and no other
    surname after "Eva" (a genitive, "Eva Strands", is the same one). None where it writes none or several, or
    where the word after the given name is another given name ("Anna Karin": a double given name, no surname)
    or the two words are no person's name (a title, an organisation)."""
    if given not in text:
        return None
    found = set(compiled(rf"(?<![\wåäöéü-]){re.escape(given)}[ \t]+({SURNAME})(?![\wåäöéü-])").findall(text))
    found = {s for s in found if not (s.endswith("s") and s[:-1] in found)}
    if len(found) != 1:
        return None
    surname = next(iter(found))
    name = f"{given} {surname}"
    return name if surname not in known_given_names() and is_person(name) else None


def with_written(people: list[Attendee], given: list[str], text: str) -> list[Attendee]:
    """``people`` and, for each given name none of them bears, the one full name the document writes for it
    (:func:`written_full_name`): a given name some of them bear is theirs to resolve or to leave ambiguous."""
    firsts = {a.name.split()[0] for a in people if a.name}
    out = list(people)
    for name in dict.fromkeys(given):
        if name not in firsts and (full := written_full_name(name, text)):
            out.append(Attendee(name=full))
    return out
