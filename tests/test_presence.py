"""Attendance lists with a presence column, absentees and sub-headings (issue 10). Written for these tests."""

from protokoll.parse.assemble import parse_text

ROLL = """PROTOKOLL
Styrelsen för Föreningen Ljusa Vägar
Möte den 3 mars 2024

Ledamöter Närvarande
Ylva Strand X, ordförande
Petter Ask X
Hanna Mörk anmält förhinder
Kasper Lind Frånvarande
Ebba Ros X
Suppleanter
Jonas Vik X
Sekretariatet
Mira Holm X, sekreterare
Olle Berg X

§ 1 Mötet öppnas
Ylva Strand förklarade mötet öppnat.
"""


def test_tick_absentees_and_subheadings():
    rec = parse_text(ROLL, "t")
    people = {a.name: a for a in rec.attendees}
    assert set(people) == {"Ylva Strand", "Petter Ask", "Ebba Ros", "Jonas Vik", "Mira Holm", "Olle Berg"}
    assert rec.secretary == "Mira Holm" and people["Mira Holm"].role == "sekreterare"
    assert rec.chair == "Ylva Strand"
    # "Suppleanter" and "Sekretariatet" head the names below them: no one's affiliation
    assert all(a.affiliation is None for a in rec.attendees)
    assert people["Olle Berg"].group == "other" and people["Petter Ask"].group == "present"


def test_label_and_party_run_on_into_a_name():
    from protokoll.parse.presence import tidy
    from protokoll.record import Attendee
    people = tidy([Attendee("Ylva Strand Övriga Justering", group="other"), Attendee("Petter Ask S", group="present"),
                   Attendee("Ebba Ros", group="present")])
    assert [(a.name, a.affiliation) for a in people] == [("Ylva Strand", None), ("Petter Ask", "S"), ("Ebba Ros", None)]
