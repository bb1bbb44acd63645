""""Name, title, employer" entries (issue 10, h169): a title's abbreviation ("VD"), a title of two words ("Teknisk
chef") and a unit written in lower case ("socialförvaltningen") are read as what they are.

The lists are written for these tests, in the forms Swedish minutes write their participants.
"""

from __future__ import annotations

from protokoll.parse.names import parse_attendees


def _people(value: str) -> list[tuple]:
    return [(a.name, a.title, a.affiliation) for a in parse_attendees(value, "other")]


def test_a_title_abbreviation_is_the_title_and_the_employer_follows():
    assert _people("Olle Sjögren, VD, Tallbyhamnen; Stina Ek, vVD, Tallbyhamnen") == [
        ("Olle Sjögren", "VD", "Tallbyhamnen"), ("Stina Ek", "vVD", "Tallbyhamnen")]


def test_a_unit_in_lower_case_after_the_title_is_the_employer():
    assert _people("Lena Borg, handläggare, miljöförvaltningen; Kurt Ahl, beredskapssamordnare, länsstyrelsen") == [
        ("Lena Borg", "handläggare", "miljöförvaltningen"), ("Kurt Ahl", "beredskapssamordnare", "länsstyrelsen")]


def test_a_two_word_title_is_no_organisation():
    assert _people("Maja Dahl, Regional utvecklingschef, Region Norrland") == [
        ("Maja Dahl", "Regional utvecklingschef", "Region Norrland")]


def test_a_lower_case_note_is_no_employer():
    assert _people("Lena Borg, handläggare, deltog på distans") == [("Lena Borg", "handläggare", None)]


def test_a_capitalised_title_then_the_employer():
    assert _people("Olle Sjögren, Skolchef Eksjö kommun; Stina Ek, Utvecklingsledare Region Norrbotten") == [
        ("Olle Sjögren", "Skolchef", "Eksjö"), ("Stina Ek", "Utvecklingsledare", "Region Norrbotten")]
    assert _people("Olle Sjögren, Skolchef") == [("Olle Sjögren", "Skolchef", None)]
