"""A kallelse whose "Nr. Ärende Dnr Föredragande" table was flattened (text invented here): the registry's
code after each case number is no part of the title, and two rows whose cells ran together after the second
title give each row its own presenter."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.titles import clean_title

KALLELSE = """KALLELSE TILL KOMMUNSTYRELSEN
Ledamöter kallas till sammanträde med kommunstyrelsen tisdagen den 14 oktober 2031 i Forsa, kommunhuset.
Föredragningslista Nr. Ärende Dnr Föredragande Tid 1. Borgen för Forsa Energi AB 2031/128 KS Lina Åkesson 2. Utredning om nytt resecentrum, stationshus och en cykelplan för hela kommunen 3. Omdisponering av investeringsbudget för dagvatten 2031/100 KS 2031/106 KS Lina Åkesson Jonas Ekberg 4. Donation av mark 2030/487 KS 5. Svar på medborgarförslag om parkering 2030/399 KS Maja Lund
"""


def test_the_registry_code_after_a_case_number_leaves_the_title():
    assert clean_title("Donation av mark 2030/487 KS") == "Donation av mark"
    assert clean_title("Borgen för bolaget /128 KS") == "Borgen för bolaget"
    assert clean_title("Plan enligt PBL 2030/98 KS") == "Plan enligt PBL"


def test_rows_run_together_give_each_row_its_presenter():
    items = parse_text(KALLELSE, source="kallelse.pdf").items
    assert [(i.number, i.presenters) for i in items] == [
        ("1", ["Lina Åkesson"]), ("2", ["Lina Åkesson"]), ("3", ["Jonas Ekberg"]), ("4", []), ("5", ["Maja Lund"])]
    assert items[2].title == "Omdisponering av investeringsbudget för dagvatten"


def test_two_presenters_of_one_row_stay_together():
    one_row = KALLELSE.replace("2031/100 KS 2031/106 KS", "2031/106 KS").replace(
        "cykelplan för hela kommunen 3.", "cykelplan för hela kommunen 2031/100 KS 3.")
    items = parse_text(one_row, source="kallelse.pdf").items
    assert items[2].presenters == ["Lina Åkesson", "Jonas Ekberg"]
