"""The place after the meeting's date and clock, or after "Tid och plats," (parse/clockplace.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _place(text: str) -> str | None:
    return parse_text(text, source="t.txt").to_dict()["place"]


def test_the_place_after_the_meetings_date_and_clock():
    assert _place("Protokoll\nByggnämnden\nTid: onsdagen den 4 mars 2020 kl 18.30 i Gröna salen\n"
                  "§ 1 Val av justerare\nTove Ring valdes.\n") == "Gröna salen"
    assert _place("Kallelse\nByggnämnden kallas till sammanträde onsdagen den 4 mars 2020 klockan 13:15 i Gröna "
                  "salen, Rådhuset, för att behandla följande ärenden\n1. Val av justerare\n2. Budget\n") \
        == "Gröna salen, Rådhuset"


def test_another_occasions_date_and_place_are_not_the_meetings():
    text = ("Protokoll\nByggnämnden\nDatum: 4 mars 2020\nJustering: onsdagen den 11 mars 2020 kl 15.00 i "
            "Rådhuset\n§ 1 Val av justerare\nTove Ring valdes.\n")
    assert _place(text) is None  # another date
    text = ("Protokoll\nByggnämnden\nDatum: 4 mars 2020\nJustering sker onsdagen den 4 mars 2020 kl 15.00 i "
            "Rådhuset\n§ 1 Val av justerare\nTove Ring valdes.\n")
    assert _place(text) is None  # the meeting's date, but the justering's place


def test_a_place_and_time_label_written_with_a_comma():
    assert _place("Protokoll\nByggnämnden\nTid och plats, Gröna salen kl 18.30 onsdagen den 4 mars 2020\n"
                  "§ 1 Val av justerare\n") == "Gröna salen"


def test_the_place_after_the_titles_date():
    assert _place("Styrelsemöte 2021-05-12 Bygdegården\nNärvarande: Tove Ring, Göran Falk\n§ 1 Mötets öppnande\n"
                  "Tove Ring öppnade mötet.\n") == "Bygdegården"
    assert _place("Protokoll vid förbundsstyrelsens sammanträde den 12 maj 2021, Föreningarnas hus, Ekby Deltagande: "
                  "Tove Ring, Göran Falk\n§ 1 Mötets öppnande\n") == "Föreningarnas hus, Ekby"


def test_words_after_the_titles_date_that_are_no_place():
    assert _place("Styrelsemöte 2021-05-12 Tove Ring\n§ 1 Mötets öppnande\nTove Ring öppnade mötet.\n") is None
    assert _place("Styrelsemöte 2021-05-12 Styrelsen beslutade om budget\n§ 1 Mötets öppnande\n") is None


def test_a_wrapped_title_with_its_owner_before_the_date():
    assert _place("Protokoll fört vid styrelsemöte för Ekby\nTennisklubb, 2021-05-12, Klubbstugan\n1. Närvarande:\n"
                  "Tove Ring, Göran Falk\n2. Ordförande hälsar välkomna.\n") == "Klubbstugan"
