"""Presenters written by their given names only, as the notes of a network or a working group name the people
they listed in full under "Närvarande" (issue 10).

Such minutes write "Närvarande: Anna Berg, Norrby, Per Ek, Västby, ..." once and then "Anna informerade om
budgeten", "Per och Lisa berättade om enkäten", "Anna o Per redogör för läget", or put the presenter's given name
in parentheses after a point's title: "1. Föregående anteckningar (Anna)". A given name stands for the one
attendee of that name:

- every name of the subject (joined by ",", "och", "o", "&" or "samt") must be a known given name (the
  gazetteer) and belong to exactly one attendee written with a surname; otherwise nothing is read (two Annas
  present, a guest not on the list, a name that is no given name);
- a subject that is a full name is left to the rules that read full names (:mod:`.presenters`).

Kept apart from :mod:`.itemreader` (at its size limit), which asks it where its own rules found no one.
"""

from __future__ import annotations

import re

from ..record import Attendee, Item
from .givenopen import known_given_names
from .listedpresenters import resolve
from .presenters import EMPLOYER, PRESENTS, may_present

#: the given names of a subject before a presenting verb: "Anna", "Anna och Per", "Anna o Per", "Anna, Per och Lisa"
GIVEN_SUBJECT = re.compile(r"^((?:[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)(?:(?:\s*,\s*|\s+(?:och|o|&|samt)\s+)"
                           r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){0,3})"
                           rf"(?:\s+(?:från|på|vid|hos|inom|i)\s+[^,.]{{2,40}}?)?\s+(?:{PRESENTS})\b")
#: the parts of such a subject
JOIN = re.compile(r"\s*,\s*|\s+(?:och|o|&|samt)\s+")
#: given names in parentheses closing a point's title: "Föregående anteckningar (Anna)", "Budget (Anna/Per)"
TITLE_GIVEN = re.compile(r"\s*\(\s*([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                         r"(?:(?:\s*[,/&]\s*|\s+och\s+)[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?){0,2})\s*\)$")


def resolve_given(names: list[str], people: list[Attendee]) -> list[str]:
    """The attendees the given names stand for, in order; empty unless every name is a known given name that
    stands for exactly one attendee written with a surname (:func:`.listedpresenters.resolve`, the one
    resolution against the list)."""
    if not names or not people:
        return []
    known = known_given_names()
    surnamed = [a for a in people if len(a.name.split()) >= 2]  # a list of given names alone resolves none
    out: list[str] = []
    for given in names:
        who = resolve(given, surnamed) if given in known else None
        if who is None:
            return []
        if who not in out:
            out.append(who)
    return out


def given_name_presenters(sentence: str, people: list[Attendee]) -> list[str]:
    """The attendees a sentence opening with given names and a presenting verb names ("Anna och Per berättade om
    enkäten"): each name the one attendee who bears it; empty where any name is not so."""
    if not people or not may_present(sentence) or not sentence[:1].isupper():
        return []
    m = GIVEN_SUBJECT.match(sentence)
    if not m:
        return []
    return resolve_given([EMPLOYER.split(p, maxsplit=1)[0] for p in JOIN.split(m.group(1))], people)


def title_given_presenters(title: str, people: list[Attendee]) -> tuple[str, list[str]]:
    """A point's title closed by its presenters' given names in parentheses ("Föregående anteckningar (Anna)"):
    the title without them and the attendees they stand for; the title as it is where they stand for no one."""
    if not people or not title.endswith(")"):
        return title, []
    m = TITLE_GIVEN.search(title)
    if not m or m.start() == 0:
        return title, []
    found = resolve_given(re.split(r"\s*[,/&]\s*|\s+och\s+", m.group(1)), people)
    return (title[:m.start()].rstrip(" ,-–"), found) if found else (title, [])


def given_in_title(item: Item, people: list[Attendee]) -> None:
    """The item's presenters from the given names closing its title, where no other rule found any."""
    if not item.presenters and item.title.endswith(")"):
        item.title, item.presenters = title_given_presenters(item.title, people)
