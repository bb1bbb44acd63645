"""The next entry of an attendance list run on into an affiliation (issue 10, h169): the affiliation ends where
the next person's name begins, and that person is the list's next attendee.

The lists are written for these tests, in the forms flattened "Name, Organisation" lists take.
"""

from __future__ import annotations

from protokoll.parse.runonentry import split_entries
from protokoll.record import Attendee, MeetingRecord


def _split(*people: Attendee) -> list[tuple[str, str | None, str]]:
    rec = MeetingRecord(source="t.txt", attendees=list(people))
    split_entries(rec)
    return [(a.name, a.affiliation, a.group) for a in rec.attendees]


def test_the_next_name_is_cut_off_and_listed():
    assert _split(Attendee("Sara Lind", affiliation="Länsmuseet i Norrland Per Holm", group="other")) == [
        ("Sara Lind", "Länsmuseet i Norrland", "other"), ("Per Holm", None, "other")]


def test_the_items_attended_between_are_dropped():
    assert _split(Attendee("Sara Lind", affiliation="Tallby skidklubb 14 Anna Ek")) == [
        ("Sara Lind", "Tallby skidklubb", "present"), ("Anna Ek", None, "present")]


def test_a_person_listed_already_is_not_listed_twice():
    assert _split(Attendee("Sara Lind", affiliation="Länsmuseet Norr Per Holm"), Attendee("Per Holm", "C")) == [
        ("Sara Lind", "Länsmuseet Norr", "present"), ("Per Holm", "C", "present")]


def test_abstain_where_the_end_may_be_the_organisations_own_name():
    assert _split(Attendee("Sara Lind", affiliation="Stiftelsen Anna Berg")) == [
        ("Sara Lind", "Stiftelsen Anna Berg", "present")]
    assert _split(Attendee("Sara Lind", affiliation="Föreningen Norden Karin")) == [
        ("Sara Lind", "Föreningen Norden Karin", "present")]
    assert _split(Attendee("Sara Lind", affiliation="Länsmuseet Anna Maria Berg")) == [
        ("Sara Lind", "Länsmuseet Anna Maria Berg", "present")]  # "Anna Maria Berg" or "Maria Berg": unknown
