"""A proposal written as the body's decision formula on a line of its own, then its "att"-clauses:

    Kommunstyrelsens förslag till beslut
    Kommunfullmäktige beslutar
    att anta ..., samt
    att ...

The line "Kommunfullmäktige beslutar" opens the proposal's text (decisions.py ``BODY_DECIDES``); it is no decision
label of its own that would end the proposal before its first word and turn its clauses into decisions."""

from protokoll.parse import parse_text

AGENDA = ("Föredragningslista\nKommunfullmäktige i Ekby 2023-03-14\n5. Taxa för bygglov\n{label}\n"
          "Kommunfullmäktige beslutar\natt anta taxan för bygglov, samt\natt taxan gäller från den 1 maj 2023.\n"
          "6. Motion om cykelvägar\nFörslag till beslut: Motionen avslås.\n")
PROTOCOL = ("PROTOKOLL\nKommunstyrelsen i Ekby\nSammanträdesdatum 2023-03-14\n§ 5 Taxa för bygglov\n"
            "Förslag till beslut\nKommunstyrelsen beslutar\natt anta taxan för bygglov.\nBeslut\n"
            "Kommunstyrelsen beslutar enligt förslaget.\n§ 6 Motion om cykelvägar\nBeslut\nMotionen avslås.\n")


def _items(text: str) -> dict:
    return {i.number: i for i in parse_text(text, "x.txt").items}


def test_the_bodys_formula_opens_the_agendas_proposal():
    for label in ("Förslag till beslut", "Kommunstyrelsens förslag till beslut"):
        items = _items(AGENDA.format(label=label))
        assert items["5"].proposed_decision == ("Kommunfullmäktige beslutar att anta taxan för bygglov, samt att "
                                                "taxan gäller från den 1 maj 2023."), label
        assert items["5"].decisions == []
        assert items["6"].proposed_decision == "Motionen avslås."


def test_a_protocols_proposal_is_not_its_decision():
    items = _items(PROTOCOL)
    assert items["5"].decisions == ["Kommunstyrelsen beslutar enligt förslaget."]
    assert items["6"].decisions == ["Motionen avslås."]


def test_a_decision_label_after_the_proposals_text_still_ends_it():
    text = AGENDA.format(label="Förslag till beslut").replace(
        "6. Motion", "Kommunfullmäktige beslutar\natt återremittera ärendet.\n6. Motion")
    assert _items(text)["5"].proposed_decision.endswith("från den 1 maj 2023.")
