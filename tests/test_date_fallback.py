"""The meeting date of a document whose header ends before any date: only a date that writes its year."""

from protokoll.parse import parse_text

FLAT = ("Minnesanteckningar Samverkansgruppen Plats: Kommunhuset, Björkvik Närvarande: Anna Berg, Björkvik "
        "Erik Holm, Sjöhamn 1. Föregående protokoll Protokollet från mötet {when} lades till handlingarna. "
        "2. Budget 2019 Ekonomichefen redogjorde för läget. 3. Övriga frågor Inga övriga frågor.")


def test_a_year_less_date_in_an_item_is_not_the_meeting_date():
    record = parse_text(FLAT.format(when="den 23 april"), source="flat.txt")
    assert record.date is None


def test_a_full_date_in_the_flattened_text_is_taken():
    text = FLAT.replace("1. Föregående", "Tisdagen den 14 maj 2019 kl 13.00 1. Föregående")
    record = parse_text(text.format(when="den 23 april"), source="flat.txt")
    assert record.date == "2019-05-14"
