"""A day range whose dash the text extraction lost ("21 22 april 2012") is dated by its first day (issue 10)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import record_of
from protokoll.swedish.dates import find_dates


def _dates(text: str) -> list[date | None]:
    return [m.date for m in find_dates(text)]


def test_a_dash_lost_range_after_a_place_starts_on_its_first_day() -> None:
    assert _dates("Protokoll fört vid förbundets stämma i Ljusdal 14 15 mars 2015")[0] == date(2015, 3, 14)


def test_a_dash_lost_range_after_den_or_a_label_starts_on_its_first_day() -> None:
    assert _dates("Styrelsen sammanträdde den 3 4 oktober 2019 på Tällberg")[0] == date(2019, 10, 3)
    assert _dates("Datum: 27 28 augusti 2021")[0] == date(2021, 8, 27)
    assert _dates("Hotell Fjällgården, 5 7 juni 2018")[0] == date(2018, 6, 5)


def test_the_range_also_names_its_last_day() -> None:
    assert _dates("konferens i Visby 14 15 mars 2015") == [date(2015, 3, 14), date(2015, 3, 15)]


def test_a_page_number_before_a_date_is_no_first_day() -> None:
    assert _dates("Sida 4 5 november 2016") == [date(2016, 11, 5)]
    assert _dates("Protokoll 2 (7) 12 13 mars 2014")[0] == date(2014, 3, 13)
    assert _dates("4\n5 november 2016 Kommunstyrelsen") == [date(2016, 11, 5)]


def test_a_line_that_opens_with_a_number_keeps_its_date() -> None:
    assert _dates("8 9 september 2020 Tekniska nämnden") == [date(2020, 9, 9)]


def test_a_meetings_own_number_before_its_date_is_no_first_day() -> None:
    assert _dates("Styrelseprotokoll 6 7 februari 2022") == [date(2022, 2, 7)]
    assert _dates("Möte 3 4 maj 2011") == [date(2011, 5, 4)]
    assert _dates("Paragraf 11 12 april 2013") == [date(2013, 4, 12)]


def test_numbers_farther_apart_than_a_meetings_days_are_no_range() -> None:
    assert _dates("ärendet bereddes 2 9 maj 2010") == [date(2010, 5, 9)]
    assert _dates("år 2010 8 9 maj") == [None]


def test_a_two_day_meeting_record_is_dated_by_its_first_day(tmp_path: Path) -> None:
    text = ("Protokoll fört vid Länsförbundets årsstämma på Hotell Borgen, Vimmerby 24 25 april 2015\n\n"
            "Närvarande: Karin Åberg, Per Lindqvist, Sofia Berg\n\n"
            "§ 1 Stämmans öppnande\nOrdföranden Karin Åberg förklarade stämman öppnad.\n\n"
            "§ 2 Val av justerare\nPer Lindqvist valdes att justera protokollet.\n")
    assert record_of(tmp_path, "stamma.txt", text).date == "2015-04-24"


def test_a_labelled_dash_lost_range_starts_on_its_first_day(tmp_path: Path) -> None:
    text = ("Styrgruppsmöte\nTid: 16 17 oktober 2025\nPlats: Hotell Vättern\n\nNärvarande: Lena Ås, Karl Vik\n\n"
            "1. Inledning\nLena hälsade välkommen.\n2. Budget\nKarl redogjorde.\n")
    assert record_of(tmp_path, "internat.txt", text).date == "2025-10-16"


def test_a_minutes_title_with_a_dash_lost_range_starts_on_its_first_day() -> None:
    assert _dates("Minnesanteckningar 11 12 september 2024")[0] == date(2024, 9, 11)
