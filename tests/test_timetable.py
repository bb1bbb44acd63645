"""Items of a timetable without numbers (parse.timetable): each timed row is an item, breaks are not,
and a text with fewer timed rows gets no items from its times."""

from __future__ import annotations

from protokoll.parse import parse_text

PROGRAMME = ("Program för nätverksträff\nKulturnätverket\n\n09.00–09.30 Incheckning och kaffe\n"
             "09.30–10.00 Inledning och välkommen\nAnna Berg, Region Norr\n\n10.00–11.00 Ny strategi för biblioteken\n"
             "Per Ek, länsbiblioteket\n\n11.00 Paus\n\n11.15 Erfarenheter från kommunerna\n")


def test_timed_rows_are_the_items_breaks_are_not():
    items = parse_text(PROGRAMME, "x.txt").items
    assert [(i.number, i.title) for i in items] == [
        (None, "Inledning och välkommen"), (None, "Ny strategi för biblioteken"),
        (None, "Erfarenheter från kommunerna")]
    assert items[0].presenters == ["Anna Berg"]


def test_time_in_a_cell_of_its_own_titles_the_next_line():
    text = "Dagordning\nStyrgruppen\n\n13.00\nVälkommen\n\n13.15\nBudget 2027\n\n14.00\nÖvriga frågor\n"
    assert [i.title for i in parse_text(text, "x.txt").items] == ["Välkommen", "Budget 2027", "Övriga frågor"]


def test_two_times_are_no_timetable():
    text = "Minnesanteckningar\nStyrgruppen\n\n13.00 Mötet öppnades\n15.00 Mötet avslutades\n"
    assert parse_text(text, "x.txt").items == []


def test_paragraph_headings_whose_numbers_were_stripped_are_numberless_items():
    head = "PROTOKOLL\nKommunstyrelsen\nDatum: 2019-03-14\n\n"
    text = head + "§ Val av justerare\nAnna Berg utsågs.\n\n§ Budget 2020\nBudgeten godkändes.\n"
    assert [(i.number, i.title) for i in parse_text(text, "x.txt").items] == [
        (None, "Val av justerare"), (None, "Budget 2020")]
    mixed = head + "§ 5 Val av justerare\nAnna Berg utsågs.\n\n§ Budget 2020\nBudgeten godkändes.\n\n§ 7 Övrigt\n"
    assert [i.number for i in parse_text(mixed, "x.txt").items] == ["5", None, "7"]


def test_ocr_ones_read_as_letters_in_a_paragraph_number():
    text = ("PROTOKOLL\nKommunstyrelsen\n\n§ l 10 Val av justerare\nAnna Berg utsågs.\n\n§ l l l Budget 2020\n"
            "Budgeten godkändes.\n\n§ 112 Övrigt\n")
    assert [(i.number, i.title) for i in parse_text(text, "x.txt").items] == [
        ("110", "Val av justerare"), ("111", "Budget 2020"), ("112", "Övrigt")]


def test_a_paragraph_number_split_by_letter_spacing():
    text = "PROTOKOLL\nKultur- och fritidsnämnden\n\n§ 2 1\nEkonomisk rapport\nNämnden tackar för rapporten.\n"
    assert [(i.number, i.title) for i in parse_text(text, "x.txt").items] == [("21", "Ekonomisk rapport")]


def test_attendance_label_after_the_place_on_one_short_line():
    text = ("Sammanträdesprotokoll\nKultur- och fritidsnämnden 2019-03-27\n"
            "Plats och tid Dölby, kl. 09:00-13:15 Beslutande Anna Berg (S), ordförande\nPer Ek (M)\n\n"
            "§ 21 Ekonomisk rapport\nNämnden tackar för rapporten.\n")
    rec = parse_text(text, "x.txt")
    assert rec.chair == "Anna Berg" and rec.place == "Dölby"
    assert [a.name for a in rec.attendees] == ["Anna Berg", "Per Ek"]
