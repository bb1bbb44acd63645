"""The next meeting's hours are read with its own date, never from another meeting named later on the same line
(parse/upcoming.py). Documents written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nStyrelsen för Föreningen Lönnen\nDatum: 2024-03-05\n\n§ 1 Rapporter\nInga rapporter.\n\n"


def next_meeting(line: str):
    nm = parse_text(HEAD + "§ 2 Nästa möte\n" + line + "\n", "x.txt").next_meeting
    return (nm.date, nm.start, nm.end) if nm else None


def test_hours_written_with_a_later_meeting_are_not_the_next_meetings():
    assert next_meeting("Konstituerande möte 24/3 samt ordinarie möte den 21/4 kl 15.00") == ("2024-03-24", None, None)


def test_hours_written_with_the_next_meetings_date_are_read():
    assert next_meeting("Styrelsemöte den 21/4 kl 15.00") == ("2024-04-21", "15:00", None)
    assert next_meeting("Den 24/3 kl 18.00 samt den 21/4 kl 15.00") == ("2024-03-24", "18:00", None)


def test_a_clock_time_right_after_the_date_without_kl_is_the_start():
    assert next_meeting("– 21 april 18.00") == ("2024-04-21", "18:00", None)
    assert next_meeting("Den 21 april 18.00 i klubbstugan") == ("2024-04-21", "18:00", None)
    # a number that is no working hour gives none
    assert next_meeting("Den 21 april 2.30 timmar") == ("2024-04-21", None, None)
