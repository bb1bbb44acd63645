"""The next meeting named without "nästa möte" (an extra meeting, "träffas igen"), and the date and hours
of "Nästa möte" read close after the words, never from anywhere later on a flattened page's one line."""

from __future__ import annotations

from datetime import date

from protokoll.parse import parse_text
from protokoll.parse.lines import split_lines
from protokoll.parse.upcoming import other_wording

HEAD = "PROTOKOLL\nStyrelsen\nDatum: 2021-03-10\n\n§ 1 Val av justerare\nOlle Strand utsågs.\n\n"


def nxt(body: str):
    return parse_text(HEAD + body, "x.txt").next_meeting


def test_an_extra_meeting_called_at_this_one_is_the_next_meeting():
    rec = nxt("§ 2 Övrigt\nStyrelsen håller ett extra sammanträde den 14 april 2021 kl. 13-15 i Rådhuset.\n")
    assert (rec.date, rec.start, rec.end) == ("2021-04-14", "13:00", "15:00")
    assert nxt("§ 2 Övrigt\nEtt extrainsatt möte hålls den 2 april.\n").date == "2021-04-02"
    assert nxt("§ 2 Övrigt\nGruppen träffas igen den 20 maj 2021.\n").date == "2021-05-20"


def test_an_earlier_extra_meeting_or_one_without_a_date_is_no_next_meeting():
    assert nxt("§ 2 Rapport\nVid ett extra sammanträde den 3 februari 2021 beslutades budgeten.\n") is None
    assert nxt("§ 2 Övrigt\nEtt extra möte kan behövas under våren.\n") is None


def test_an_undated_document_takes_an_extra_meeting_only_with_its_year_written():
    lines = split_lines("Ett extra sammanträde hålls den 7 juni 2030.\nGruppen träffas igen den 9 juni.\n")
    assert other_wording(lines, None, [2030]) == date(2030, 6, 7)
    assert other_wording(lines[1:], None, [2030]) is None


def test_on_a_flattened_page_the_date_must_follow_next_meeting_closely():
    filler = "Ordföranden redogjorde för läget i de olika arbetsgrupperna och svarade på frågor. " * 3
    flat = ("PROTOKOLL Styrelsen Datum: 2021-03-10 Ärenden 1. Val av justerare 2. Budget 3. Nästa möte "
            "4. Avslutning " + filler + "Remissen ska besvaras senast den 30 april 2021.")
    assert parse_text(flat, "x.txt").next_meeting is None
    near = flat.replace("3. Nästa möte", "3. Nästa möte den 6 maj 2021 kl. 9-11 i Stadshuset")
    rec = parse_text(near + " Mötet hölls kl. 13-16.", "x.txt").next_meeting
    assert (rec.date, rec.start, rec.end) == ("2021-05-06", "09:00", "11:00")


def test_the_next_meetings_occasion_or_date_named_as_such():
    assert nxt("§ 2 Övrigt\nNästa mötestillfälle är den 5 maj.\n").date == "2021-05-05"
    assert nxt("§ 2 Övrigt\nNästa sammanträdesdatum: 2021-06-02\n").date == "2021-06-02"


def test_weekday_names_come_from_the_swedish_names_with_their_abbreviations():
    from protokoll.parse.upcoming import WEEKDAY, WEEKDAYS
    from protokoll.swedish.datementions import WEEKDAY_NAMES
    assert WEEKDAYS == tuple(name[:3] for name in WEEKDAY_NAMES)
    for text, day in (("torsdagen", 3), ("tors.", 3), ("tor", 3), ("Tisdag", 1), ("sön.", 6), ("måndagen", 0)):
        m = WEEKDAY.search(f"{text} 8 oktober")
        assert m and WEEKDAYS.index(m.group(0)[:3].casefold()) == day
    assert not WEEKDAY.search("tisdagar 8 oktober") and not WEEKDAY.search("torso 8 oktober")


def test_the_date_in_a_sentence_of_its_own_after_next_meeting():
    # "Nästa möte blir hos ... . Datum tisdag 13 april kl 18.30": the date's label and the date alone make a
    # sentence of the next meeting's date (13 April 2021 is a Tuesday)
    rec = nxt("§ 2 Nästa möte\nNästa möte blir hos Lindgården med Eva som värd. Datum tisdag 13 april kl 18.30 "
              "som vanligt.\n")
    assert (rec.date, rec.start) == ("2021-04-13", "18:30")
    assert nxt("§ 2 Övrigt\nNästa möte blir i Rådhuset. Tid: den 20/4 kl 9.\n").date == "2021-04-20"
    # a label with more words names another date
    assert nxt("§ 2 Övrigt\nNästa möte blir i Rådhuset. Datum för årsmötet är 20 april.\n") is None
