"""The meeting's number on a title line of its own, and two title lines that disagree (parse/meetingnumber.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _number(text: str) -> str | None:
    return parse_text(text, source="t.txt").to_dict()["number"]


def test_a_line_holding_only_the_number_under_the_title():
    assert _number("Ekby Tennisklubb\nStyrelsemöte\nNummer 7\nDatum: 12 maj 2021\n§ 1 Val av justerare\n") == "7"
    assert _number("Styrelsemöte 12 maj 2021\nNr 7\nNärvarande: Tove Ring, Göran Falk\n1. Val av justerare\n") == "7"


def test_two_title_lines_with_different_numbers_give_none():
    text = ("Protokoll nr 6 - Ekby Tennisklubb\nEkby Tennisklubb\nProtokoll nr 7\nDatum: 12 maj 2021\n"
            "§ 1 Val av justerare\n")
    assert _number(text) is None
    assert _number("Ekby Tennisklubb\nProtokoll nr 7\nDatum: 12 maj 2021\n§ 1 Val av justerare\n") == "7"


def test_an_items_number_is_not_the_meetings():
    assert _number("Ekby Tennisklubb\nStyrelsemöte 12 maj 2021\n1. Val av justerare\n2. Ärende nr 12 Banorna\n") \
        is None


def test_the_number_in_a_header_tables_first_column():
    text = "PROTOKOLL\nNummer     Sammanträdesdatum\n4     12.5.2021\nProtokoll fört vid föredragning\nNr 12\nBudget\n"
    assert _number(text) == "4"
    text = "PROTOKOLL\nNummer     Sammanträdesdatum\n12.5.2021\nProtokoll fört vid föredragning\nNr 12\nBudget\n"
    assert _number(text) is None  # the value row lost its number
