"""Field paths of a record and corrections applied to them (pure): what applies, what is reported."""

from __future__ import annotations

import pytest

from protokoll.link.cases import item_ids
from protokoll.store.record_fields import (FieldError, Fix, apply_fixes, checked_value, item_keys, read_field,
                                          write_field)

RECORD = {"date": "2024-03-14", "year": 2024, "body": "Styrelsen",
          "attendees": [{"name": "Anna Berg", "affiliation": "Lund", "title": None, "role": None, "group": "present"}],
          "items": [{"number": "1", "title": "Öppnande", "decisions": [], "presenters": [], "assignments": []},
                    {"number": "1", "title": "Samma nummer igen", "decisions": ["att godkänna"], "presenters": [],
                     "assignments": [{"assignee": "Anna Berg", "task": "skriva", "due": None}]},
                    {"number": None, "title": "Utan nummer", "decisions": [], "presenters": [], "assignments": []}]}


def test_item_keys_are_the_keys_of_the_linked_item_ids():
    assert item_keys(RECORD) == ["1", "#2", "#3"]
    assert [f"doc:{k}" for k in item_keys(RECORD)] == item_ids("doc.txt", RECORD)


def test_fields_are_read_and_written_by_stable_keys():
    record = {**RECORD, "items": [dict(i) for i in RECORD["items"]]}
    assert read_field(record, "items[#2].assignments[1].task") == "skriva"
    assert read_field(record, "attendees[ANNA  berg]")["affiliation"] == "Lund"  # names as linking folds them
    assert read_field(record, "attendees[Per Lind]") is None
    write_field(record, "date", "2025-01-02")
    assert (record["date"], record["year"]) == ("2025-01-02", 2025)
    with pytest.raises(LookupError, match="punkten 7 finns inte"):
        read_field(record, "items[7].title")
    with pytest.raises(LookupError, match="inte längre något uppdrag 2"):
        read_field(record, "items[#2].assignments[2].due")
    with pytest.raises(FieldError):
        read_field(record, "items[1].text")


def test_corrections_apply_in_order_and_one_that_does_not_fit_is_reported_and_left_out():
    fixes = [Fix(1, "items[#2].title", "Samma nummer igen", "Budget"),
             Fix(2, "items[#2].title", "Budget", "Budget 2025"),
             Fix(3, "items[#2].assignments[1].due", None, "2024-06-01"),
             Fix(4, "items[#9].title", "X", "Y"),
             Fix(5, "body", "Arbetsutskottet", "Presidiet"),
             Fix(6, "attendees[Per Lind]", None, {"name": "Per Lind", "group": "present"}),
             Fix(7, "date", "2024-03-14", "2024-03-14")]  # already so: applies, changes nothing
    record, applied, unapplied = apply_fixes(RECORD, fixes)
    assert [f.id for f in applied] == [1, 2, 3, 6, 7]
    assert [(f.id, why) for f, why in unapplied] == [
        (4, "punkten #9 finns inte längre i dokumentet"),
        (5, "dokumentet har nu 'Styrelsen' där rättelsen ändrade 'Arbetsutskottet'")]
    assert record["items"][1]["title"] == "Budget 2025" and record["items"][1]["assignments"][0]["due"] == "2024-06-01"
    assert [a["name"] for a in record["attendees"]] == ["Anna Berg", "Per Lind"]
    assert RECORD["items"][1]["title"] == "Samma nummer igen"  # the record as read is not changed


@pytest.mark.parametrize("path, value, expected", [
    ("date", " 2024-03-15 ", "2024-03-15"), ("place", "  ", None), ("items[1].decisions", ["att a", " ", "att  b"],
                                                                   ["att a", "att b"]),
    ("attendees[X]", {"name": " Eva  Sund ", "role": ""}, {"name": "Eva Sund", "affiliation": None, "title": None,
                                                          "role": None, "group": "present"}),
])
def test_values_are_kept_as_the_record_keeps_them(path, value, expected):
    assert checked_value(path, value) == expected


@pytest.mark.parametrize("path, value", [("date", "2024-02-30"), ("date", "20240301"), ("end", "9.30"),
                                         ("kind", "beslut"), ("items[1].title", ""), ("attendees[X]", {"name": ""}),
                                         ("attendees[X]", {"name": "Eva", "role": "kung"}),
                                         ("attendees[X]", {"name": "E" * 201}), ("x" * 501, "")])
def test_bad_values_are_refused(path, value):
    with pytest.raises(FieldError):
        checked_value(path, value)


def test_the_next_meeting_and_an_items_dissent_and_attachments_are_fields_too():
    record, applied, unapplied = apply_fixes(RECORD, [
        Fix(1, "next_meeting.date", None, "2024-04-11"), Fix(2, "next_meeting.start", None, "15:00"),
        Fix(3, "items[1].dissent", [], ["Per Lind (S) stöder inte beslutet"]),
        Fix(4, "items[1].attachments", [], ["bilaga 1"])])
    assert unapplied == [] and len(applied) == 4
    assert record["next_meeting"] == {"date": "2024-04-11", "start": "15:00", "end": None}
    assert (record["items"][0]["dissent"], record["items"][0]["attachments"]) == (
        ["Per Lind (S) stöder inte beslutet"], ["bilaga 1"])
    cleared, _, _ = apply_fixes(record, [Fix(5, "next_meeting.date", "2024-04-11", None),
                                         Fix(6, "next_meeting.start", "15:00", None)])
    assert cleared["next_meeting"] is None


def test_a_body_an_item_is_sent_on_to_is_written_one_a_line():
    assert checked_value("items[1].forwarded_to", ["Styrelsen; 2024-04-11", " ", "Kommunstyrelsen"]) == [
        {"body": "Styrelsen", "date": "2024-04-11"}, {"body": "Kommunstyrelsen", "date": None}]
    for line in ("; 2024-04-11", "Styrelsen; 11 april"):
        with pytest.raises(FieldError):
            checked_value("items[1].forwarded_to", [line])
