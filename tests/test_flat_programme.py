"""A programme (timetable) whose line breaks were lost: its rows are still read as items (parse/flatprogramme.py)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.flatprogramme import topic_end

FLAT = ("KALLELSE Miljönämnden Datum 2023-10-04 Tid Ämne Föredragande "
        "13:00 (5 min) Mötets öppnande och formalia Ordföranden Paus "
        "13:05 (30 min) Information om avfallsplanen Sofia Lindqvist, miljöstrateg "
        "13:35 (20 min) Budget 2024-2025 Mats Ekberg, ekonom Ajournering Bensträckare "
        "13:55 (10 min) Remiss om Naturvårdsprogram Sofia Lindqvist, miljöstrateg")


def test_a_flattened_programme_gives_one_item_per_timed_row_with_its_presenters():
    rec = parse_text(FLAT, "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        (None, "Mötets öppnande och formalia"), (None, "Information om avfallsplanen"),
        (None, "Budget 2024-2025"), (None, "Remiss om Naturvårdsprogram")]
    assert [i.presenters for i in rec.items[1:]] == [["Sofia Lindqvist"], ["Mats Ekberg"], ["Sofia Lindqvist"]]
    assert rec.start == "13:00"


def test_times_that_do_not_rise_or_are_too_few_are_no_programme():
    backwards = FLAT.replace("13:35", "09:35")
    assert all(i.title != "Budget 2024-2025" for i in parse_text(backwards, "x.txt").items)
    two = ("PROTOKOLL Miljönämnden Datum 2023-10-04 Mötet öppnades 13:00 Ordföranden hälsade välkommen och "
           "redogjorde för dagordningen. Mötet ajournerades 14:30 Efter pausen fortsatte mötet med "
           "budgeten som diskuterades länge och väl innan ordföranden avslutade mötet.")
    assert parse_text(two, "x.txt").items == []


def test_a_topic_ends_at_a_name_or_a_new_phrase():
    row = "Information om avfallsplanen Sofia Lindqvist, miljöstrateg"
    assert row[:topic_end(row)].strip() == "Information om avfallsplanen"
    row = "Mötets öppnande och formalia Ordföranden"
    assert row[:topic_end(row)].strip() == "Mötets öppnande och formalia"
    row = "Remiss om Naturvårdsprogram"
    assert row[:topic_end(row)] == row
