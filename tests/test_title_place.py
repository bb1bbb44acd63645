"""The place a protocol's title line writes after its date and hour, or before its day (parse/titleplace.py)."""

from protokoll.parse import parse_text
from protokoll.parse.titleplace import title_place


def _clean(value: str) -> str:
    return value.strip(" ,")


def test_the_place_after_the_date_and_the_hour():
    line = ("1 PROTOKOLL 1 (4) PROTOKOLL FRÅN ARBETSGRUPPENS MÖTE Onsdag den 4 mars 2015, kl. 13: Ekensalen "
            "Kommunhuset, Norrby Närvarande: Anna Berg (ordförande), Per Holm")
    assert title_place([line], _clean) == "Ekensalen Kommunhuset, Norrby"
    assert title_place(["Protokoll från styrelsens möte 4 mars 2015 kl 18.00 Bygdegården Deltagare: Anna Berg"],
                       _clean) == "Bygdegården"


def test_the_place_before_the_day_in_a_compound_title():
    line = ("1 STYRELSEPROTOKOLL NR 3/15 fört vid förbundets styrelsemöte på förbundets kansli i Norrby "
            "lördagen den 7 mars 2015 kl samt söndagen den 8 mars 2015 kl Närvarande Anna Berg")
    assert title_place([line], _clean) == "förbundets kansli i Norrby"


def test_no_title_no_hour_or_a_long_run_abstains():
    assert title_place(["Onsdag den 4 mars 2015, kl. 13.00 Ekensalen Närvarande"], _clean) is None  # no title
    assert title_place(["Protokoll från mötet den 4 mars 2015 Ekensalen Närvarande"], _clean) is None  # no hour
    long = ("Protokoll från mötet den 4 mars 2015 kl 13.00 Gruppen diskuterade länge hur arbetet ska fortsätta "
            "under våren Närvarande")
    assert title_place([long], _clean) is None


def test_the_record_reads_it():
    rec = parse_text("1 PROTOKOLL FRÅN ARBETSGRUPPENS MÖTE Onsdag den 4 mars 2015, kl. 13: Ekensalen Kommunhuset, "
                     "Norrby Närvarande: Anna Berg (ordförande), Per Holm 1: Mötet öppnas Ordföranden öppnade mötet.\n",
                     "x.txt")
    assert rec.place == "Ekensalen Kommunhuset, Norrby"


def test_a_body_where_the_place_would_stand_is_no_place():
    line = "PROTOKOLL fört vid sammanträde i Kultur- och fritidsnämnden den 7 mars 2015 kl 18.00"
    assert title_place([line], _clean) is None
