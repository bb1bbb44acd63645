"""A plan of meetings gives the next meeting only where it covers the time after this one and its line is a
meeting of this body (parse/meetingplan.py)."""

from datetime import date

from protokoll.parse import parse_text
from protokoll.parse.meetingplan import list_line, near


def _next(tail: str, day: str = "2023-02-07", heading: str = "Övrigt", body: str = "Arbetsgruppen"):
    text = f"Minnesanteckningar\n{body}\nDatum: {day}\n\n1. Budget\nBudgeten diskuterades.\n\n2. {heading}\n{tail}\n"
    found = parse_text(text, "x.txt").next_meeting
    return (found.date, found.start, found.end) if found else None


def test_a_plan_for_a_later_season_names_no_next_meeting():
    assert _next("Mötestider hösten: 5 september, 3 oktober, 7 november.") is None
    assert _next("Kommande möten: 14 september, 11 oktober.") is None


def test_a_plan_right_after_the_meeting_gives_its_first_later_date():
    assert _next("Mötestider hösten: 5 september, 3 oktober.", day="2023-06-07") == ("2023-09-05", None, None)
    assert _next("Kommande möten: 14 mars, 11 april.") == ("2023-03-14", None, None)
    assert _next("14 mars kl 13-15\n11 april", heading="Kommande möten") == ("2023-03-14", "13:00", "15:00")


def test_a_plan_line_that_is_another_event_is_skipped():
    assert _next("Konferens om skolan 14 mars.", heading="Kommande möten") is None
    assert _next("Konferens om skolan 14 mars.\nMöte 4 april kl 13-15.", heading="Kommande möten") == \
        ("2023-04-04", "13:00", "15:00")


def test_list_lines_and_the_season():
    assert list_line("- Tisdag 14 mars", set()) and list_line("2023-03-14 kl 9", set())
    assert list_line("Styrelsemöte 14 mars", {"styrelse"}) and not list_line("Styrelsemöte 14 mars", {"grupp"})
    assert not list_line("Seminarium om budget 14 mars", set())
    assert near(date(2023, 9, 5), date(2023, 6, 7)) and not near(date(2023, 9, 5), date(2023, 2, 7))
