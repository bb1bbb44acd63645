"""Attendee lists of given names only: the minutes of a small working group often list its members by first
name ("Närvarande: Anna, Per, Lisa och Olle"). The names are kept as written; the list is read so only when every
entry is one word that is a known given name, so that a list of bodies, places or initials is never read as one."""

from __future__ import annotations

from ..record import Attendee
from .givenopen import known_given_names
from .listchunks import Chunk


def first_names_only(chunks: list[Chunk], group: str) -> list[Attendee] | None:
    """The attendees of a list (its chunks, :func:`.listchunks.split_chunks`) of two or more given names and nothing
    else ("Anna, Per, Lisa och Olle"), or None."""
    if len(chunks) < 2 or any(ch.paren for ch in chunks):
        return None
    names = known_given_names()
    words = [ch.text.strip(" .") for ch in chunks]
    if not all(" " not in w and w in names for w in words) or len(set(words)) < len(words):
        return None
    return [Attendee(name=w, group=group) for w in words]
