"""Swedish dates, times and deadlines (`protokoll.swedish.dates`)."""

from __future__ import annotations

from datetime import date

import pytest

from protokoll.swedish.dates import (
    MONTHS,
    WEEKDAYS,
    DateMention,
    document_years,
    find_dates,
    midsummer_eve,
    parse_date,
    parse_times,
    previous_occurrence,
    resolve_deadline,
)

# (text, expected mentions as (text, year, month, day, weekday, date))
DATE_CASES = [
    ("Möte 2017-11-21 i Lund", [("2017-11-21", 2017, 11, 21, None, date(2017, 11, 21))]),
    ("datum 2017-3-7", [("2017-3-7", 2017, 3, 7, None, date(2017, 3, 7))]),
    ("ledningsgrupp 170412 kl 9", [("170412", 2017, 4, 12, None, date(2017, 4, 12))]),
    ("beredning 981203", [("981203", 1998, 12, 3, None, date(1998, 12, 3))]),
    ("version 20160905 av planen", [("20160905", 2016, 9, 5, None, date(2016, 9, 5))]),
    ("inlämning 22/4", [("22/4", None, 4, 22, None, None)]),
    ("inlämning 22/4 2016", [("22/4 2016", 2016, 4, 22, None, date(2016, 4, 22))]),
    ("inlämning 22/4-2016.", [("22/4-2016", 2016, 4, 22, None, date(2016, 4, 22))]),
    ("inlämning 22/4/2016", [("22/4/2016", 2016, 4, 22, None, date(2016, 4, 22))]),
    ("inlämning 22.4.2016", [("22.4.2016", 2016, 4, 22, None, date(2016, 4, 22))]),
    ("möts 7 maj", [("7 maj", None, 5, 7, None, None)]),
    ("möts den 7 maj.", [("den 7 maj", None, 5, 7, None, None)]),
    ("möts 7 maj 2016", [("7 maj 2016", 2016, 5, 7, None, date(2016, 5, 7))]),
    ("gäller från den 1 januari 2017", [("den 1 januari 2017", 2017, 1, 1, None, date(2017, 1, 1))]),
    ("från 2:a oktober", [("2:a oktober", None, 10, 2, None, None)]),
    ("Måndagen den 9 maj 2016 kl 13", [("Måndagen den 9 maj 2016", 2016, 5, 9, 0, date(2016, 5, 9))]),
    ("Fredag 3 juni", [("Fredag 3 juni", None, 6, 3, 4, None)]),
    ("träff 14 sept. 2016", [("14 sept. 2016", 2016, 9, 14, None, date(2016, 9, 14))]),
    ("träff 14 okt", [("14 okt", None, 10, 14, None, None)]),
    ("hölls 12 mars, 2015 i Ystad", [("12 mars, 2015", 2015, 3, 12, None, date(2015, 3, 12))]),
    ("onsdagen den 4 maj år 2016", [("onsdagen den 4 maj år 2016", 2016, 5, 4, 2, date(2016, 5, 4))]),
    ("rapport i oktober 2016", [("oktober 2016", 2016, 10, None, None, None)]),
    ("period 12/3–2/4", [("12/3", None, 3, 12, None, None), ("2/4", None, 4, 2, None, None)]),
    ("period 12/3-2/4", [("12/3", None, 3, 12, None, None), ("2/4", None, 4, 2, None, None)]),
    ("Datum\n2016-05-09", [("2016-05-09", 2016, 5, 9, None, date(2016, 5, 9))]),
    ("konferens den 8-9 juni 2016", [
        ("den 8-9 juni 2016", 2016, 6, 8, None, date(2016, 6, 8)),
        ("9 juni 2016", 2016, 6, 9, None, date(2016, 6, 9)),
    ]),
    ("planen för 2016 och 7 maj 2016-05-07",
     [("7 maj 2016", 2016, 5, 7, None, date(2016, 5, 7))]),
]

NO_DATE = [
    "beslut med 2/3 majoritet",
    "1/3 av ledamöterna",
    "§ 6 Ekonomi",
    "Strategi 2020-2030",
    "Tid: kl. 15-17",
    "Telefon 012-34 56 00",
    "Dnr KS 2018/14",
    "Protokoll 1/2019",
    "kostnaden är 350 000 kr",
    "bidrag 120115 kr",
    "org.nr 212000-1124",
    "punkt 2.3.1 i planen",
    "kl. 12.30-16.00",
    "öppet 24/7",
    "30 februari",
    "i mars",
]


def _as_tuples(mentions: list[DateMention]) -> list[tuple]:
    return [(m.text, m.year, m.month, m.day, m.weekday, m.date) for m in mentions]


@pytest.mark.parametrize(("text", "expected"), DATE_CASES)
def test_find_dates(text: str, expected: list[tuple]) -> None:
    assert _as_tuples(find_dates(text)) == expected


@pytest.mark.parametrize("text", NO_DATE)
def test_find_dates_ignores_non_dates(text: str) -> None:
    assert find_dates(text) == []


def test_spans_point_into_the_text() -> None:
    text = "Nästa möte: tisdagen den 7 juni kl. 10 i Lund."
    (mention,) = find_dates(text, years=[2016])
    assert text[mention.start:mention.end] == mention.text == "tisdagen den 7 juni"
    assert mention.date == date(2016, 6, 7)


# (text, years, after, expected date)
RESOLUTION_CASES = [
    ("Onsdagen den 25 mars", [2020, 2021], None, date(2020, 3, 25)),
    ("Onsdagen den 25 mars", [2021, 2020], None, date(2020, 3, 25)),
    ("Onsdagen den 25 mars", [], None, None),
    ("Onsdagen den 25 mars", [2021], None, date(2020, 3, 25)),
    ("Torsdag 9 juni", [], date(2016, 1, 1), date(2016, 6, 9)),
    ("senast den 10 februari", [], date(2019, 1, 29), date(2019, 2, 10)),
    ("den 13 februari", [], date(2018, 1, 18), date(2018, 2, 13)),
    ("den 11 november", [], date(2019, 1, 29), date(2019, 11, 11)),
    ("den 29 januari", [], date(2019, 1, 29), date(2019, 1, 29)),
    ("den 29 februari", [], date(2019, 3, 1), date(2020, 2, 29)),
    ("den 7 maj", [2016], None, date(2016, 5, 7)),
    ("den 7 maj", [2016, 2017], None, None),
    ("22/4", [2016], None, date(2016, 4, 22)),
    ("7 maj 2015", [2016], date(2016, 1, 1), date(2015, 5, 7)),
    ("oktober 2016 och den 3 november", [2016], None, date(2016, 11, 3)),
]


@pytest.mark.parametrize(("text", "years", "after", "expected"), RESOLUTION_CASES)
def test_parse_date_resolves_years(text: str, years: list[int], after: date | None,
                                   expected: date | None) -> None:
    assert parse_date(text, years=years, after=after) == expected


def test_range_end_takes_the_resolved_year() -> None:
    first, last = find_dates("den 8-9 juni", after=date(2016, 7, 1))
    assert (first.date, last.date) == (date(2017, 6, 8), date(2017, 6, 9))


def test_previous_occurrence() -> None:
    assert previous_occurrence(11, 11, before=date(2019, 1, 29)) == date(2018, 11, 11)
    assert previous_occurrence(1, 10, before=date(2019, 1, 29)) == date(2019, 1, 10)
    assert previous_occurrence(1, 29, before=date(2019, 1, 29)) == date(2018, 1, 29)
    assert previous_occurrence(2, 29, before=date(2019, 1, 29)) == date(2016, 2, 29)


TIME_CASES = [
    ("Tid: kl. 15-17", ("15:00", "17:00")),
    ("kl. 15:00-17:00, Rådhuset", ("15:00", "17:00")),
    ("Tid 12.30-16.00", ("12:30", "16:00")),
    ("08.30-12.15", ("08:30", "12:15")),
    ("13.30–17.00 möte", ("13:30", "17:00")),
    ("15:00 – 18:00", ("15:00", "18:00")),
    ("kl 15.00 i Lund", ("15:00", None)),
    ("kl. 9 i Lund", ("09:00", None)),
    ("klockan 14:15", ("14:15", None)),
    ("Tid: 13.00", ("13:00", None)),
    ("Kl. 09.00 Plats", ("09:00", None)),
    ("Sammanträde9.0010.00 Teams", ("09:00", "10:00")),
    ("kl. 10-11.30", ("10:00", "11:30")),
    ("2016-05-09 kl 18.30-19.55", ("18:30", "19:55")),
    ("den 9 maj kl. 13", ("13:00", None)),
    ("22.4.2016 kl 8", ("08:00", None)),
    ("kl 24.00", ("24:00", None)),
    ("2016-05-09", (None, None)),
    ("22.4.2016", (None, None)),
    ("22.04.2016", (None, None)),
    ("Strategi 2020-2030", (None, None)),
    ("den 8-9 juni", (None, None)),
    ("punkt 2.10", (None, None)),
    ("kl. 13:", (None, None)),
    ("kl 25.00", (None, None)),
    ("kl 12.75", (None, None)),
]


@pytest.mark.parametrize(("text", "expected"), TIME_CASES)
def test_parse_times(text: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_times(text) == expected


def test_parse_times_takes_the_first_time() -> None:
    assert parse_times("Lunch 12.00-13.00, möte kl. 13-16") == ("12:00", "13:00")


def test_document_years() -> None:
    text = "Möte 2016-05-09. Plan 2016-2020, budget 2017 och 2016. Beredning 170412, 20150101."
    assert document_years(text) == [2016, 2017, 2020, 2015]
    assert document_years("1/2019 och 2000 kr och år 1850") == [2019]
    assert document_years("inga år här") == []


def test_midsummer_eve() -> None:
    assert [midsummer_eve(y) for y in (2018, 2019, 2020, 2021, 2022)] == [
        date(2018, 6, 22), date(2019, 6, 21), date(2020, 6, 19), date(2021, 6, 25),
        date(2022, 6, 24)]
    assert all(midsummer_eve(y).weekday() == 4 for y in range(1990, 2100))


MEETING = date(2016, 2, 3)
DEADLINE_CASES = [
    ("Kansliet ska senast den 14 mars redovisa en plan.", MEETING, date(2016, 3, 14)),
    ("Anna återkommer till den 15 april 2016 med ett förslag.", MEETING, date(2016, 4, 15)),
    ("Gruppen svarar före 1 mars.", MEETING, date(2016, 3, 1)),
    ("Förslaget tas upp till styrelsemötet 9 februari.", MEETING, date(2016, 2, 9)),
    ("Underlag tas fram inför ledningsgruppsmöte 160222.", MEETING, date(2016, 2, 22)),
    ("Förslaget ska vara klart till midsommar.", MEETING, date(2016, 6, 24)),
    ("Ska vara klart senast till midsommar.", MEETING, date(2016, 6, 24)),
    ("Rapporten ska vara klar innan midsommar.", date(2016, 8, 30), date(2017, 6, 23)),
    ("Enligt beslutet den 20 januari ska Per senast den 1 april lämna svar.",
     MEETING, date(2016, 4, 1)),
    ("Svar lämnas den 1 januari.", MEETING, date(2017, 1, 1)),
    ("Anna återkommer med svar 2016-04-15.", MEETING, date(2016, 4, 15)),
    ("Ärendet återkommer till nästa möte.", MEETING, None),
    ("Frågan tas upp 20/1; Per återkommer till nästa möte.", MEETING, None),
    ("Arbetet fortsätter efter sommaren.", MEETING, None),
    ("Genomförs under 2016.", MEETING, None),
    ("Klart vecka 12.", MEETING, None),
    ("Klart till midsommar.", None, None),
    ("Svar senast den 10 februari.", None, None),
]


@pytest.mark.parametrize(("text", "meeting", "expected"), DEADLINE_CASES)
def test_resolve_deadline(text: str, meeting: date | None, expected: date | None) -> None:
    assert resolve_deadline(text, meeting) == expected


def test_vocabularies() -> None:
    assert MONTHS["mars"] == MONTHS["mar"] == 3
    assert MONTHS["sept"] == MONTHS["sep"] == MONTHS["september"] == 9
    assert MONTHS["febr"] == MONTHS["feb"] == 2
    assert len({MONTHS[name] for name in MONTHS}) == 12
    assert WEEKDAYS["måndag"] == WEEKDAYS["måndagen"] == 0
    assert WEEKDAYS["söndagen"] == 6
    assert WEEKDAYS["onsdagen"] == 2


def test_a_range_whose_start_lost_its_hour_gives_no_time():
    from protokoll.swedish.dates import parse_times
    assert parse_times("Kommunhuset, sal 5 och :15-12:30") == (None, None)
    assert parse_times("Kommunhuset, 8:15-12:30") == ("08:15", "12:30")


def test_an_end_time_written_as_approximate_or_with_its_own_clock_word():
    from protokoll.swedish.dates import parse_times

    assert parse_times("kl. 08.30 - ca 12.00") == ("08:30", "12:00")
    assert parse_times("9.00 till cirka 12.00") == ("09:00", "12:00")
    assert parse_times("kl 9.00 - kl 12.00") == ("09:00", "12:00")
