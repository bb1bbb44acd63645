"""parse.decisionend: a decision whose line breaks were lost stops before the meeting's tail."""

from protokoll.parse import parse_text
from protokoll.parse.decisionend import cut_tail
from protokoll.repair.layout import unflatten


def test_a_decision_stops_before_the_next_meeting_and_the_signatures():
    assert cut_tail("att notera informationen. Nästa sammanträde: den 4 juni kl. 13.00.") == "att notera informationen."
    assert cut_tail("att godkänna planen. Vid protokollet Karin Lövgren") == "att godkänna planen."
    assert cut_tail("att utse Karin Lövgren till sekreterare.") == "att utse Karin Lövgren till sekreterare."


def test_the_last_items_decision_of_a_flattened_protocol_ends_with_it():
    text = ("PROTOKOLL Fritidsnämnden 2023-05-04 § 1 Upprop Beslut att godkänna uppropet. "
            "§ 2 Information Beslut att notera informationen. Nästa sammanträde: den 4 juni 2023 kl. 13.00. "
            "Vid protokollet Karin Lövgren Ordförande Olle Sandberg")
    rec = parse_text(text, "t.txt")
    assert rec.items[-1].decisions == ["att notera informationen."]


def test_a_part_heading_in_capitals_is_not_an_item_number():
    flat = ("Dagordning: DEL 1: Inledande frågor 13.30-14.00 Utbyte mellan deltagarna om aktuella frågor i kommunerna. "
            "DEL 2: Beslutsfrågor 14.00-16.00 1. Föregående protokoll Föredragande: Olle Sandberg "
            "Förslag till beslut: protokollet godkänns. 2. Budget Föredragande: Karin Lövgren "
            "Förslag till beslut: budgeten godkänns. 3. Övrigt Inga övriga frågor anmäldes till mötet.")
    out = unflatten(flat)
    assert "DEL 1: Inledande" in out and "DEL 2: Beslutsfrågor" in out
    assert "\n1. Föregående protokoll" in out
