"""Presenters written short, resolved against the people the document itself names (issue 10).

Two forms, run once the items, the attendees and the meeting's officers are final:

- initials ("Budget/AB", "AB gick igenom ..."): :mod:`.initialpresenters`;
- a given name alone opening an item's text ("Anna informerade om ...", "Budget: Anna presenterar ett förslag")
  where the document has no attendee list that names her, but names its chair or secretary in full ("Ordförande
  Anna Berg öppnar mötet", "Vid protokollet Per Ek"): the given name is the officer's when exactly one person the
  document names (its attendees and its officers) bears it (:func:`.givenpresenters.given_name_presenters`, the
  same resolution :mod:`.itemreader` makes against the attendees alone). An association's board minutes without
  a list of those present write so.
- a given name no attendee or officer bears, opening an item's text ("Eva gick igenom ...", "Anna och Eva
  berättade om ...") or after "Information från" ("Information från Eva om ..."): the one full name the
  document writes for it elsewhere ("Eva Strand (S) redovisade ...", a signature), :func:`place_written_presenters`.

Kept apart from :mod:`.assemble` (at its size limit), which calls :func:`place_named_presenters` once.
"""

from __future__ import annotations

import re

from ..record import MeetingRecord
from .features import cut_start
from .givenopen import known_given_names
from .givenpresenters import GIVEN_SUBJECT, JOIN, given_name_presenters, resolve_given
from .initialpresenters import place_initial_presenters
from .namedpeople import named_people, officers_missing, with_written
from .presenterforms import introduces_self
from .presenters import EMPLOYER, may_present
from .runningtext import split_sentences

#: a short label before the sentence: "Kraftverksfisk: Anna presenterar ...", "Ekonomi - Anna redogjorde för ..."
LABEL = re.compile(r"^[A-ZÅÄÖ][\wåäö\-]*(?:\s+[a-zåäö][\wåäö\-]*)?\s*(?::|\s[-–])\s+(?=[A-ZÅÄÖ])")


def place_named_presenters(rec: MeetingRecord, text: str) -> None:
    """The items' presenters written by initials or by an officer's given name (see the module)."""
    place_officer_presenters(rec)
    place_written_presenters(rec, text)
    place_initial_presenters(rec.items, text, rec.attendees)


def place_officer_presenters(rec: MeetingRecord) -> None:
    """Give each item without presenters the officer its text's opening given name stands for, where the
    officers are not among the attendees (see the module): the given name must be an officer's."""
    officers = officers_missing(rec.attendees, (rec.chair, rec.secretary))
    if not officers:
        return
    people = rec.attendees + officers
    given = {officer.name.split()[0] for officer in officers}
    for item in rec.items:
        if item.presenters or not item.text[:1].isupper():
            continue
        head = item.text[:300]
        if _opening(head) not in given:  # the cheap test: an officer's given name opens it, or opens it after a label
            if ":" not in head[:40] and "-" not in head[:40] and "–" not in head[:40] or \
                    _opening(head := cut_start(LABEL, head)) not in given:
                continue
        if found := given_name_presenters((split_sentences(head) or [head])[0], people):
            item.presenters = found


#: an item's text opening with who informs, by given names: "Information från Eva om ...", "Information från Eva
#: och Per kring ..."
INFORMATION_FROM = re.compile(r"^Information\s+från\s+([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
                              r"(?:\s+och\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)?)"
                              r"(?:\s+(?:om|kring|angående|gällande|rörande)\b|\s*[.:])")


def place_written_presenters(rec: MeetingRecord, text: str) -> None:
    """Give each item without presenters whose text opens with given names and a presenting verb, or with
    "Information från" and given names, the people they stand for: the attendees and officers, and for a given
    name none of them bears, the one full name the document writes for it (see the module); every name must
    resolve to one person, else nothing is read."""
    known, people, firsts = known_given_names(), None, set()
    for item in rec.items:
        if item.presenters or not item.text[:1].isupper():
            continue
        head = item.text[:300]
        if (word := _opening(head)) not in known and word != "Information":  # the cheap test first
            continue
        sentence = (split_sentences(head) or [head])[0]
        m = INFORMATION_FROM.match(sentence) if word == "Information" else \
            GIVEN_SUBJECT.match(sentence) if may_present(sentence) and not introduces_self(sentence) else None
        if not m:
            continue
        if people is None:
            people = named_people(rec.attendees, (rec.chair, rec.secretary))
            firsts = {a.name.split()[0] for a in people if len(a.name.split()) >= 2}
        names = [EMPLOYER.split(p, maxsplit=1)[0] for p in JOIN.split(m.group(1))]
        if word != "Information" and all(n in firsts for n in names):  # read by the rules before, or ambiguous
            continue
        if found := resolve_given(names, with_written(people, names, text)):
            item.presenters = found


def _opening(text: str) -> str:
    """The text's first word without the comma or colon after it."""
    words = text[:40].split(maxsplit=1)
    return words[0].rstrip(",:") if words else ""
