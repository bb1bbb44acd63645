"""The hours and place a title sentence writes after its clock word where the header gives neither
(parse/titleplace.py). The documents are written here."""

from protokoll.parse import parse_text

CUT_DATE = """1 Protokoll fört vid styrelsemöte nr 3 tisdagen den 4/ kl. 18 i Bygdegården 1 Mötets öppnande Ordförande Eva Lund förklarade mötet öppnat. 2 Val av justerare Per Ek valdes.
"""

DIGIT_DATE = """12 04 11

Protokoll fört vid telefonmöte 12 04 11 kl. 19-20

Närvarande

Eva, Per, Lisa

§ 12. Ordföranden hälsar välkommen.
"""

ORG_FIRST = """1 Norrby IF protokoll från styrelsemöte 9 oktober kl 17 på Klubbstugan i Norrby Närvarande: Eva Lund, Norrby IF Per Ek, Norrby IF 1. Eva öppnade mötet.
"""

BODY_NOT_PLACE = """Protokoll fört vid sammanträde 9 oktober kl 17 i Kulturnämnden Närvarande: Eva Lund, Per Ek
"""


def test_hours_and_place_after_the_clock_word_of_a_title_sentence():
    rec = parse_text(CUT_DATE, "t")
    assert (rec.start, rec.place) == ("18:00", "Bygdegården")


def test_a_range_of_whole_hours_in_the_title():
    rec = parse_text(DIGIT_DATE, "t")
    assert (rec.start, rec.end) == ("19:00", "20:00")


def test_the_place_after_pa_up_to_the_next_label():
    assert parse_text(ORG_FIRST, "t").place == "Klubbstugan i Norrby"


def test_a_bodys_name_after_i_is_no_place():
    assert parse_text(BODY_NOT_PLACE, "t").place is None
