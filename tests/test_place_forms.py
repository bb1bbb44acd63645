"""The meeting's place as flattened headers and title sentences write it (parse/placeforms.py): what the next
column glued to it is cut, labels set in a row are read, and the title sentence's "i Norrby" is the place."""

from protokoll.parse import parse_text
from protokoll.parse.placeforms import from_value, refine


def test_a_bare_clock_word_ends_the_place_and_the_next_label_goes():
    assert refine("Folkets hus, kl Omfattning 1-12") == "Folkets hus"
    assert refine("Hotell Norrsken, lokal Ljuset kl ande") == "Hotell Norrsken, lokal Ljuset"


def test_a_word_left_by_a_cut_break_goes():
    assert refine("Sal B, skolkontoret, Storgatan 4, med") == "Sal B, skolkontoret, Storgatan 4"
    assert refine("i sammanträdesrum Eken, Norrby") == "sammanträdesrum Eken, Norrby"


def test_a_heading_run_on_after_a_short_part_goes_but_a_name_of_a_room_stays():
    assert refine("Förbundskontoret, Hamngatan Mötets öppnande och närvaro") == "Förbundskontoret, Hamngatan"
    assert refine("Per Albins rum, kommunhuset, plan 3") == "Per Albins rum, kommunhuset, plan 3"
    # a long part is the page's text: left for the length test to abstain on, not cut into something else
    long = "Rådhuset, rum fem och sju Storlek okänd Visa hela sidan nu"
    assert refine(long) == long


def test_the_first_attendee_after_the_place_goes():
    assert refine("Stadshuset, rum Ekorren Karin Lindqvist, Norrby kommun") == "Stadshuset, rum Ekorren"


def test_a_value_opening_with_the_place_label_gives_the_place_up_to_the_first_attendee():
    assert from_value("Plats ande Kulturhuset, salong Blå Karin Lindqvist, Norrby kommun Per Holm, Östby kommun") \
        == "Kulturhuset, salong Blå"
    assert from_value("Plats ande Kulturhuset utan någon deltagare") is None
    assert from_value("Tisdag 4 maj") is None


def _place(text: str) -> str | None:
    return parse_text(text, "x.txt").place


def test_labels_in_a_row_with_the_place_and_date_in_a_later_row():
    text = ("Norrby kommun SAMMANTRÄDESPROTOKOLL\nPlats och tid för sammanträdet\nBeslutande\n"
            "Ledamöter Lilla salen, rådhuset, Norrby Onsdag 4 mars 2020, klockan 13:00-15:00\n"
            "Karin Lindqvist (S), ordförande\n\n§ 1 Val av justerare\nPer Holm utses att justera.\n")
    assert _place(text) == "Lilla salen, rådhuset, Norrby"


def test_a_place_label_with_a_dot():
    text = ("Plats och tid. Sessionssalen, rådhuset kl. 09:00-12:00\nBeslutande Karin Lindqvist (S)\n\n"
            "§ 1 Val av justerare\nPer Holm utses att justera.\n")
    assert _place(text) == "Sessionssalen, rådhuset"


def test_the_place_in_the_title_sentence():
    assert _place("Protokoll från styrgruppens möte den 2 mars 2011 i Östby\nNärvarande: Karin Lindqvist, Per Holm\n"
                  "\n1. Mötets öppnande\nKarin öppnade mötet.\n") == "Östby"
    assert _place("Protokoll fört vid sammanträde med styrelsen för föreningen tisdagen den 3 maj 2016 klockan på "
                  "Storgatan 7, Östby.\n\n1. Mötets öppnande\nKarin öppnade mötet.\n") == "Storgatan 7, Östby"
    # a body after "i" ends at the label after it; no title word, no place
    assert _place("Minnesanteckningar från möte med nätverket i Östby Deltagande Karin Lindqvist, Norrby\n"
                  "\n1. Inledning\nKarin inledde.\n") == "Östby"
    assert _place("Möte med nätverket i Östby\n\n1. Inledning\nKarin inledde.\n") is None


def test_the_place_in_a_dated_title_without_a_word_for_meeting():
    assert _place("Protokoll från nätverkets styrgrupp den 4 februari 2015 i Förbundshuset i Östby\n\n"
                  "1. Mötets öppnande\nKarin öppnade mötet.\n") == "Förbundshuset i Östby"
    assert _place("Protokoll från nätverkets styrgrupp i Östby\n\n1. Mötets öppnande\nKarin öppnade mötet.\n") is None


def test_a_page_flattened_to_one_line():
    text = ("KALLELSE Agenda för styrelsemöte i förbundet. Tid: Tisdag 29 oktober 2013, kl Plats: Förbundskansliet, "
            "Storgatan Mötets laglighet och beslutförhet 1 Val av justerare 2 Budget för år 2014\n")
    assert _place(text) == "Förbundskansliet, Storgatan"
    text = ("Föredragningslista Styrelsen Tid: Måndagen den 5 februari 2007, kl 10:00 Plats: Länshuset, Storgatan 9, "
            "Östby Sammanträdesrum Eken 1 Justering utse Per Holm att jämte ordföranden justera protokollet. "
            "2 Godkännande av föredragningslista\n")
    assert _place(text) == "Länshuset, Storgatan 9, Östby Sammanträdesrum Eken"
    # a label followed by the next label has no value; the site's chrome and a lost hour's ":15" are no place
    assert refine("Stora salen, Hotell Norrsken Storlek: px Starta visningen") == "Stora salen, Hotell Norrsken"
    assert refine("Rådhuset, Östby, rum 5 och :15-12:30") == "Rådhuset, Östby, rum 5"
    assert refine("Socialnämnden Rådhuset, Östby") == "Rådhuset, Östby"


def test_the_next_meetings_place_is_not_this_meetings():
    text = ("Minnesanteckningar\nStyrgruppen\nDatum 12 mars 2025\n\n1. Budget\nBudgeten diskuterades.\n\n"
            "2. Avslutning\nNästa möte Onsdag 7 maj Kl 13-15 Plats Stadshuset\n")
    assert _place(text) is None
    flat = ("Minnesanteckningar Styrgruppen 12 mars 2025 1. Budget Budgeten diskuterades och ordföranden tackade "
            "för ett bra arbete under våren. 2. Avslutning Nästa möte onsdag 7 maj kl 13-15 Plats: Stadshuset, Östby\n")
    assert _place(flat) is None


def test_a_table_column_label_after_the_place():
    assert refine("Rådhuset Ärende Föredragande") == "Rådhuset"
