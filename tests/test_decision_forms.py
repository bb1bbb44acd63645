"""parse.decidedforms: decisions written with the verb before the body, in one word, after "Beslut –", and
lines that look like a decision's label but route it ("Beslutet skickas till"). Texts written here."""

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nKommunfullmäktige\nSammanträdesdatum 2024-03-12\n\n"


def first(body: str):
    rec = parse_text(HEAD + "§ 7 Budget 2025\n" + body + "\n\n§ 8 Taxor\nBeslut: Taxan antas.\n", "t.txt")
    return rec.items[0]


def test_verb_before_the_body_after_an_adverbial():
    assert first("Efter diskussion beslutade styrelsen att anta budgeten.").decisions == [
        "Efter diskussion beslutade styrelsen att anta budgeten."]
    assert first("Vid mötet beslöts att anta budgeten.").decisions == ["Vid mötet beslöts att anta budgeten."]


def test_a_question_about_a_decision_is_none():
    assert first("Efter diskussion frågade Anna om styrelsen beslutat något.").decisions == []


def test_a_formality_noted_in_one_word():
    assert first("Noterades.").decisions == ["Noterades."]
    assert first("Godkändes enligt förslaget.").decisions == ["Godkändes enligt förslaget."]


def test_decision_label_with_a_dash():
    assert first("Beslut – Budgeten antas.").decisions == ["Budgeten antas."]


def test_routing_of_the_decision_is_not_a_decision():
    assert first("Beslut\nBudgeten antas.\n\nBeslutet skickas till\nEkonomiavdelningen").decisions == ["Budgeten antas."]


def test_deciding_according_to_a_proposal_is_a_decision_not_a_proposal():
    item = first("Beslut\nKommunfullmäktige beslutar enligt kommunstyrelsens förslag.")
    assert item.decisions == ["Kommunfullmäktige beslutar enligt kommunstyrelsens förslag."]
    assert item.proposed_decision is None
    proposal = first("Kommunstyrelsens förslag\nBudgeten antas.\n\nBeslut\nFullmäktige antar budgeten.")
    assert proposal.decisions == ["Fullmäktige antar budgeten."]  # the proposal is no decision
    assert proposal.proposed_decision is None  # and a protocol's record holds no proposal (the spec: agendas only)


def test_the_answer_after_a_point_and_the_chairs_question_answered():
    from protokoll.parse.decidedforms import unlabelled as decided_form
    assert decided_form("Ja, enligt förslaget.") == "Ja, enligt förslaget."
    assert decided_form("Bifall enligt styrelsens förslag") == "Bifall enligt styrelsens förslag"
    assert decided_form("Ordföranden frågar om nämnden beslutar enligt förvaltningens förslag och finner att så "
                        "sker.") == "Nämnden beslutar enligt förvaltningens förslag."
    assert decided_form("Ordföranden ställer proposition på de två förslagen och finner att styrelsen bifaller "
                        "Per Eks yrkande.") == "Styrelsen bifaller Per Eks yrkande."
    # a question not yet answered decides nothing
    assert decided_form("Ordföranden frågar om nämnden beslutar enligt förslaget.") is None
    assert decided_form("Ja, vi har fått förslaget.") is None
