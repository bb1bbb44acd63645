"""Attendee lists of given names only: the minutes of a small working group, a staff unit or an association often
list their members by first name ("Närvarande: Anna, Per, Lisa och Olle"), each perhaps with the post they hold after
a dash or in brackets ("Kerstin – kassör, Sten – webbansvarig", "... och Lena (sekreterare)"). The names are kept as
written; the list is read so only when every entry is one capitalised word, distinct, no municipality, and (in a list
of three or more) at least three in four are given names the gazetteer knows (all of them in a shorter list): a
colleague's rarer name ("Jannike", "Kenisha") does not make the list unread, but a list of bodies, places or initials
is never read as one. A post written beside a name is the person's role or title; a party's code in brackets is not
such a post (members of a party are listed by their full names), and a list that writes one is not read here."""

from __future__ import annotations

import re

from ..record import Attendee
from ..swedish import gazetteer
from .entrywords import describe
from .givenopen import known_given_names
from .listchunks import Chunk

#: one given name, then perhaps its post after a dash: "Kerstin", "Sten – kassör", "Tiina- vice webbansvarig"
ENTRY = re.compile(r"(?P<name>[A-ZÅÄÖ][a-zåäöéüï]+)(?:\s*[-–—]\s*(?P<post>[a-zåäö][a-zåäö ]{2,40}))?")
#: a post in brackets after a name: lower-case words ("sekreterare", "ny ledamot"), never a party's code
POST = re.compile(r"[a-zåäö][a-zåäö .]{2,40}")


def first_names_only(chunks: list[Chunk], group: str) -> list[Attendee] | None:
    """The attendees of a list (its chunks, :func:`.listchunks.split_chunks`) of two or more given names and nothing
    else but their posts ("Anna, Per – kassör, Lisa och Olle (sekreterare)"), or None."""
    if len(chunks) < 2 or not all(POST.fullmatch(p.strip()) for ch in chunks for p in ch.paren):
        return None
    found = [ENTRY.fullmatch(ch.text.strip(" .")) for ch in chunks]
    if not all(found):
        return None
    words = [m.group("name") for m in found if m]
    names = known_given_names()
    unknown = [w for w in words if w not in names]
    if len(set(words)) < len(words) or (unknown and (len(words) < 3 or len(unknown) * 4 > len(words))) \
            or any(gazetteer.municipality(w) for w in unknown):
        return None
    out = []
    for m, ch in zip(found, chunks):
        person = Attendee(name=m.group("name"), group=group)
        for post in [m.group("post") or ""] + ch.paren:
            describe(person, post)
        out.append(person)
    return out
