"""Whole hours after a date or time label (parse/labelhours.py, read by parse/whenwhere.py)."""

from protokoll.parse import parse_text
from protokoll.parse.labelhours import hours


def test_a_labels_value_in_parts():
    assert hours("13-15") == ("13:00", "15:00")
    assert hours("2023-02-07, 9–12") == ("09:00", "12:00")
    assert hours("lunch 12-13, möte 13-17") == ("13:00", "17:00")
    assert hours("13-15.30") == ("13:00", "15:30")
    assert hours("13.15") == ("13:15", None)


def test_numbers_that_are_not_hours():
    assert hours("Stadshuset, rum 9") == (None, None)
    assert hours("7 februari 2023, 9") == (None, None)  # a lone bare number
    assert hours("2023-02-07, 1-3") == (None, None)  # not working hours
    assert hours("2023-02-07, 15-13") == (None, None)  # the end before the start
    assert hours("Kommunhuset, §§ 12-15") == (None, None)


def _hours(head: str):
    rec = parse_text(f"Minnesanteckningar\nArbetsgruppen\n{head}\n\n1. Budget\nBudgeten diskuterades.\n", "x.txt")
    return rec.start, rec.end


def test_the_record_reads_them_after_time_labels():
    assert _hours("Datum: 2023-02-07\nTid: 13-15") == ("13:00", "15:00")
    assert _hours("Datum och tid: 2023-02-07, 9–12") == ("09:00", "12:00")
    assert _hours("Sammanträdesdatum: 2023-02-07\nSammanträdestid: 13.00-15.00") == ("13:00", "15:00")
    assert _hours("Datum: 2023-02-07\nTid: kl 9.00-12.00, lunch 12-13") == ("09:00", "12:00")
