"""Lists of given names only, with the post each holds after a dash or in brackets (issue 10, h222). The documents
are written for these tests, in the forms the minutes of small working groups and associations take."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.listchunks import split_chunks
from protokoll.parse.firstnames import first_names_only

NOTES = """Minnesanteckningar styrgruppen 2024-02-06

Närvarande: Gunvor- kassör, Leif – webbansvarig, Ronja- vice sekreterare, Tove – medlemsansvarig
Ej närvarande: Astrid, Bengt

1. Föregående anteckningar
Lästes upp och lades till handlingarna.
"""


def _read(value: str) -> list[tuple[str, str | None, str | None]] | None:
    got = first_names_only(split_chunks(value), "present")
    return None if got is None else [(a.name, a.title, a.role) for a in got]


def test_given_names_with_their_posts_after_a_dash_are_the_attendees():
    rec = parse_text(NOTES, "n.txt")
    assert [(a.name, a.title) for a in rec.attendees] == [
        ("Gunvor", "kassör"), ("Leif", "webbansvarig"), ("Ronja", "vice sekreterare"), ("Tove", "medlemsansvarig")]


def test_a_post_in_brackets_and_a_rarer_given_name_among_many():
    assert _read("Maj, Lovis, Jonna, Birgit, Erika, Lilly, Sanna och Zelmira (sekreterare)") == [
        ("Maj", None, None), ("Lovis", None, None), ("Jonna", None, None), ("Birgit", None, None),
        ("Erika", None, None), ("Lilly", None, None), ("Sanna", None, None), ("Zelmira", None, "sekreterare")]


def test_places_bodies_parties_and_short_lists_with_an_unknown_name_are_not_read():
    assert _read("Tranås, Eksjö, Anna och Aneby") is None  # places
    assert _read("Anna (S), Per (M), Lisa (C)") is None  # a party's code: members written so have surnames
    assert _read("Anna och Zelmira") is None  # two entries: every name must be known
    assert _read("Anna, Per, Zelmira och Qvintus") is None  # one in two unknown
    assert _read("Anna, Per, Anna") is None  # the same name twice
