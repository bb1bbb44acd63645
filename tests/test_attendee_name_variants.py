"""One person written two ways in one document: the list's spelling and the justerare's or chair's (issue 10,
h222). The documents are written for these tests, in the forms Swedish protocols take."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.namevariants import merge_variants, variant
from protokoll.record import Attendee

PROTOCOL = """SAMMANTRÄDESPROTOKOLL
Miljönämnden
Plats och tid: Kommunhuset, Tallby, 2024-03-12 kl 13.00-15.00
Beslutande: Karl Vinberg (S), ordförande, Ingela Åman (M), Rune Fält (C), Svea Lindholm-Ek (V)
Utses att justera: Ingela Åhman
Sekreterare: Mona Strid

§ 1 Val av justerare
Ingela Åhman utsågs att justera protokollet.

§ 2 Taxa för tillsyn
Nämnden beslutar att anta taxan.
"""


def test_the_justerare_spelled_another_way_is_the_listed_member():
    rec = parse_text(PROTOCOL, "p.txt")
    names = [a.name for a in rec.attendees]
    assert "Ingela Åhman" not in names
    assert [(a.name, a.affiliation, a.role) for a in rec.attendees if a.name == "Ingela Åman"] == [
        ("Ingela Åman", "M", "justerare")]


def test_a_hyphen_or_one_letter_is_the_same_name():
    assert variant("Svea Lindholm-Ek", "Svea Lindholm Ek")
    assert variant("Mauricio Dahl", "Maurico Dahl")
    assert variant("Ingela Åman", "Ingela Åhman")
    assert variant("Per Holmberg", "Per Holmbery")


def test_two_letters_a_short_word_or_another_first_letter_is_another_name():
    assert not variant("Eva Larsson", "Eva Karlsson")
    assert not variant("Per Ek", "Per Ak")
    assert not variant("Anna Berg Holm", "Anna Berg")
    assert not variant("Lena Dahl", "Lena Bahl")
    assert not variant("Lena Holm Dahl", "Lina Holm Dahl")


def test_two_listed_members_with_their_parties_are_both_kept():
    people = [Attendee("Anna Olsson", affiliation="S"), Attendee("Anna Ohlsson", affiliation="M", role="justerare")]
    assert merge_variants(people) == people


def test_an_officer_the_name_might_be_of_two_is_kept():
    people = [Attendee("Anna Olsson", affiliation="S"), Attendee("Anna Olsen", affiliation="M"),
              Attendee("Anna Olssen", role="justerare")]
    assert len(merge_variants(people)) == 3


def test_the_chair_spelled_with_a_hyphen_takes_the_listed_entry():
    people = [Attendee("Svea Lindholm-Ek", affiliation="V", role="ledamot"),
              Attendee("Svea Lindholm Ek", role="ordförande")]
    assert [(a.name, a.affiliation, a.role) for a in merge_variants(people)] == [
        ("Svea Lindholm-Ek", "V", "ordförande")]
