"""An attendee's party confirmed by the rest of the document (issue 10, h169): the same person written twice,
once with the party in brackets, once without, is one attendee with that party.

The documents are written for these tests, in the forms Swedish protocols take.
"""

from __future__ import annotations

from conftest import record_of

from protokoll.parse.attendeeparties import confirm
from protokoll.record import Attendee, MeetingRecord

PROTOCOL = """Protokoll
Miljö- och byggnadsnämnden
Sammanträdesdatum 2024-03-12
Plats och tid: Kommunhuset, Norrvik, kl. 13.00-15.00
Ordförande: Karin Holmqvist
Justerare: Olof Sandberg
Sekreterare: Britta Lund

§ 1 Val av justerare
Olof Sandberg utses att justera protokollet.

§ 2 Detaljplan för Västra hamnen
Karin Holmqvist (C) och Olof Sandberg (M) yrkar bifall till förvaltningens förslag.
Beslut
Nämnden beslutar att anta detaljplanen.
"""


def _parties(text: str, *people: Attendee) -> list[tuple[str, str | None]]:
    rec = MeetingRecord(source="t.txt", attendees=list(people))
    confirm(rec, text)
    return [(a.name, a.affiliation) for a in rec.attendees]


def test_officers_named_by_their_labels_get_the_party_the_items_write(tmp_path):
    rec = record_of(tmp_path, "p.txt", PROTOCOL)
    people = {a.name: (a.affiliation, a.role) for a in rec.attendees}
    assert people["Karin Holmqvist"] == ("C", "ordförande")
    assert people["Olof Sandberg"] == ("M", "justerare")
    assert people["Britta Lund"] == (None, "sekreterare")  # an official: no party written, none given


def test_a_party_in_any_case_and_on_another_line():
    text = "Ledamöter\nStig Moberg (fp)\nAnna Wiklund\n\nUnderskrifter\nStig Moberg"
    assert _parties(text, Attendee("Stig Moberg")) == [("Stig Moberg", "FP")]


def test_two_parties_for_one_name_abstain():
    text = "Nils Dahl (S) yrkar bifall. Senare yrkar Nils Dahl (V) avslag."
    assert _parties(text, Attendee("Nils Dahl")) == [("Nils Dahl", None)]


def test_a_longer_name_ending_in_the_name_is_another_person():
    assert _parties("Ledamöter: Eva Maria Ek (KD)", Attendee("Maria Ek")) == [("Maria Ek", None)]
    assert _parties("Ledamöter: Jo-Ann Berg (KD)", Attendee("Ann Berg")) == [("Ann Berg", None)]
    assert _parties("Ordförande Maria Ek (KD)", Attendee("Maria Ek")) == [("Maria Ek", "KD")]


def test_no_party_no_affiliation_and_an_affiliation_is_kept():
    text = "Per Ahl (Norrvik) och Lena Ros (ABF) samt Lena Ros (S)"
    assert _parties(text, Attendee("Per Ahl"), Attendee("Lena Ros", affiliation="Norrvik")) == [
        ("Per Ahl", None), ("Lena Ros", "Norrvik")]
