"""An office written before a member's name, and the initials notes use to refer to a member, are neither part of
the name nor an affiliation (issue 10, parse/presence.py, parse/roleholder.py). Sentences written for these tests."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.names import parse_attendees
from protokoll.parse.presence import tidy

BOARD = """Protokoll styrelsemöte i Hembygdsföreningen Linbacken 2024-02-12

Närvarande: Kassör Henrik Åberg (HÅ), Adjungerad Lisa Mattsson, Suppleant Erik Dahl, Ersättarna Sofia Nyström (C)
Sekreterare: Karin Vikström (KV)

1. Mötets öppnande
Ordföranden öppnade mötet.
"""


def test_office_before_the_name_is_dropped():
    found = tidy(parse_attendees("Kassör Henrik Åberg, Adjungerad Lisa Mattsson, Suppleant Erik Dahl", "present"))
    assert [a.name for a in found] == ["Henrik Åberg", "Lisa Mattsson", "Erik Dahl"]


def test_initials_are_no_affiliation():
    people = {a.name: a for a in parse_text(BOARD, "t").attendees}
    assert people["Henrik Åberg"].affiliation is None
    assert people["Karin Vikström"].affiliation is None and people["Karin Vikström"].role == "sekreterare"
    assert people["Sofia Nyström"].affiliation == "C"  # a party stays
    assert set(people) == {"Henrik Åberg", "Lisa Mattsson", "Erik Dahl", "Sofia Nyström", "Karin Vikström"}


def test_a_short_name_or_an_unknown_given_name_keeps_the_word():
    found = tidy(parse_attendees("Kassör Holm, Suppleant Xyzzy Berg", "present"))
    assert [a.name for a in found] == ["Kassör Holm", "Suppleant Xyzzy Berg"]
