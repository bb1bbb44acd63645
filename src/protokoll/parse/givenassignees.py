"""Assignees written by their given names only, as informal minutes write the tasks of those they listed in full
under "Närvarande" (issue 10): "Närvarande: Anna Berg, Norrby, Per Ek, ..." once, then "Anna tar fram ett
förslag till nästa möte", "Per kontaktar länsstyrelsen". An assignee that is one given name (known to the
gazetteer, a double name whose parts are, "Karl-Ingvar", or the first word of an attendee's name, "Eddie") is the
one attendee of that name written with a surname (:func:`.listedpresenters.resolve`); it stays as written where
no attendee or more than one bears the name, where the only one's other words are given names too
(an attendance list of given names alone read as "Kerstin Tor": no surname to trust), or where the name is also a
municipality's ("Mark återkommer med synpunkter": a network of municipalities gives its members tasks). A given
name and the surname's initial ("Björn L kontaktar ...") is the one attendee so written, else as written.

Kept apart from :mod:`.assemble` (at its size limit), which calls it once the attendees are final.
"""

from __future__ import annotations

from ..record import Attendee, Item
from ..swedish.gazetteer import is_municipality
from .givenopen import known_given_names, opens_name
from .listedpresenters import resolve
from .presenterclean import INITIAL_SURNAME
from .namedpeople import named_people, written_full_name


def given_assignees(items: list[Item], people: list[Attendee], officers: tuple[str | None, ...] = (),
                    text: str = "") -> None:
    """Each assignment whose assignee is a given name alone given the full name of the one attendee so named;
    ``officers``: the chair and secretary the header names, present whether or not the document lists attendees
    ("Ordförande Börje Lind öppnar mötet" ... "Börje får i uppdrag att ..."): :func:`.namedpeople.named_people`;
    a given name none of them bears, the one full name ``text`` (the document) writes for it ("Justeras: Birgitta
    Jönsson" ... "Birgitta fixar fika"): :func:`.namedpeople.written_full_name`."""
    people = named_people(people, officers)
    if not people and not text:
        return
    known = known_given_names()
    surnamed, firsts = None, set()  # the attendees with a surname among their words: made when a name alone is met
    for item in items:
        for task in item.assignments:
            name = task.assignee or ""
            short = " " in name and name.count(" ") == 1 and INITIAL_SURNAME.search(name)  # "Björn L": an initial
            if " " in name and not short or not name[:1].isupper() or is_municipality(name):
                continue
            if surnamed is None:
                surnamed = [a for a in people if not all(w in known for w in a.name.split())]
                firsts = {a.name.split()[0] for a in surnamed if len(a.name.split()) >= 2}
            if short:
                task.assignee = resolve(name, surnamed) or name
            # a known given name, a double one whose parts are ("Karl-Ingvar"), or one an attendee is written with
            elif name in known or name in firsts or "-" in name and opens_name(name):
                task.assignee = resolve(name, surnamed) or (written_full_name(name, text) if name not in firsts
                                                            else None) or name
