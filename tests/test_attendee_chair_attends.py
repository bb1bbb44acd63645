"""The meeting's chair is an attendee where the record lists those present (issue 10, h169).

The documents are written for these tests, in the forms Swedish minutes take.
"""

from __future__ import annotations

from conftest import record_of

from protokoll.parse.officersattend import add_officers
from protokoll.record import Attendee, MeetingRecord

NOTES = """Minnesanteckningar
Styrgruppen för Tallby fritidsgård
Datum: 2024-04-09
Närvarande: Per Ahl, Lena Borg, Nils Dahl

1. Mötets öppnande
Till ordförande för mötet valdes Stina Vik.

2. Budget
Budgeten för sommaren gicks igenom.
"""


def test_a_chair_the_list_leaves_out_is_listed_with_the_role(tmp_path):
    rec = record_of(tmp_path, "n.txt", NOTES)
    assert rec.chair == "Stina Vik"
    assert [(a.name, a.role) for a in rec.attendees][-1] == ("Stina Vik", "ordförande")
    assert len(rec.attendees) == 4


def _added(chair: str | None, *people: Attendee) -> list[tuple[str, str | None]]:
    rec = MeetingRecord(source="t.txt", chair=chair, secretary="Olle Sten", attendees=list(people))
    add_officers(rec)
    return [(a.name, a.role) for a in rec.attendees]


def test_no_list_no_attendee_made_of_the_chair():
    assert _added("Stina Vik") == []


def test_a_chair_listed_in_full_or_in_part_is_not_listed_twice():
    assert _added("Stina Vik", Attendee("Stina Vik Ek")) == [("Stina Vik Ek", None)]
    assert _added("Stina Vik", Attendee("Per Ahl")) == [("Per Ahl", None), ("Stina Vik", "ordförande")]


def test_the_secretary_is_not_added():
    assert _added(None, Attendee("Per Ahl")) == [("Per Ahl", None)]
