"""A document settled as an agenda only once its items were read ("FÖREDRAGNINGSLISTA" with the page's count
after it) whose proposals are written as the decision's own numbered sentence ("1. Informationen noteras."): an
agenda decides nothing, so the sentence is the item's proposed decision, never a decision (parse.kindkeep).
The texts are written here."""

from __future__ import annotations

from protokoll.parse.assemble import parse_text

AGENDA = """FÖREDRAGNINGSLISTA 1 (4)
Organ Regionfullmäktige
Plats Stora salen, Regionhuset, Norrby
Tidpunkt Tisdagen den 14 maj 2024, klockan 9.00

1 Sammanträdet öppnas
2 Upprop
3 Information
Information från ekonomidirektör Lars Berg om bokslutet.
1. Informationen noteras.
4 Sammanträdesdagar 2025
Fullmäktige föreslås sammanträda den 12 februari och den 9 april 2025.
1. Sammanträdesdagarna enligt ovan fastställs.
5 Avslutning
"""


def _items(text: str) -> dict[str, object]:
    record = parse_text(text, "foredragningslista.txt")
    assert record.kind == "agenda"
    return {i.number: i for i in record.items}


def test_an_agendas_decision_sentences_are_its_proposals():
    items = _items(AGENDA)
    assert items["3"].proposed_decision == "Informationen noteras."
    assert items["4"].proposed_decision == "Sammanträdesdagarna enligt ovan fastställs."
    assert all(not i.decisions for i in items.values())


def test_an_item_without_a_decision_sentence_proposes_nothing():
    items = _items(AGENDA)
    assert items["1"].proposed_decision is None and items["5"].proposed_decision is None


def test_a_protocols_decisions_stay_decisions():
    text = AGENDA.replace("FÖREDRAGNINGSLISTA 1 (4)", "PROTOKOLL 1 (4)").replace("Tidpunkt", "Sammanträdesdatum")
    record = parse_text(text, "protokoll.txt")
    assert record.kind == "protocol"
    items = {i.number: i for i in record.items}
    assert items["3"].decisions == ["Informationen noteras."]
    assert all(i.proposed_decision is None for i in record.items)


def test_a_decision_told_in_the_past_keeps_a_misread_record_s_decisions():
    """"Till justerare utsågs ...": a record tells what was decided in the past; an agenda proposes in the present.
    A document whose kind was settled as an agenda but whose items tell decisions in the past keeps them."""
    text = AGENDA.replace("1. Informationen noteras.", "1. Informationen noterades.")
    items = {i.number: i for i in parse_text(text, "foredragningslista.txt").items}
    assert items["3"].decisions == ["Informationen noterades."] and items["3"].proposed_decision is None
