"""Where a decision ends and what is no decision (h214, session 29): the item's next part run on after the decision
(parse.decisionend), and the meeting declared opened or closed (parse.unlabelled)."""

from protokoll.parse import parse_text
from protokoll.parse.decisionend import cut_tail


def _last_decisions(point: str) -> list[str]:
    text = f"Protokoll styrelsemöte 2024-02-01\n\n1. Ekonomi\nKassören redovisade läget.\n\n2. Punkt\n{point}\n"
    return parse_text(text, "t.txt").items[-1].decisions


def test_the_meeting_declared_closed_or_opened_is_no_decision():
    assert _last_decisions("Mötet förklaras avslutat.") == []
    assert _last_decisions("Sammanträdet förklaras öppnat.") == []
    assert _last_decisions("Mötet förklaras för öppnat.") == []


def test_the_meeting_declared_duly_called_is_still_a_decision():
    assert _last_decisions("Mötet förklaras behörigen utlyst.") == ["Mötet förklaras behörigen utlyst."]
    assert _last_decisions("Protokollet förklaras justerat.") == ["Protokollet förklaras justerat."]


def test_a_decision_stops_before_the_next_parts_heading_after_its_sentence():
    assert cut_tail("Nämnden beslutar att anta planen. Ärendebeskrivning Förvaltningen har utrett frågan.") \
        == "Nämnden beslutar att anta planen."
    assert cut_tail("Informationen noteras. Sammanfattning av ärendet Rektorn redovisar läget.") == "Informationen noteras."
    assert cut_tail("Planen antas. Yrkanden Eva Ek (V) yrkar bifall.") == "Planen antas."
    assert cut_tail("Planen antas. Protokollsanteckning Eva Ek (V) lämnar en anteckning.") == "Planen antas."


def test_an_att_clause_stops_before_the_next_parts_heading_without_a_full_stop():
    assert cut_tail("att anta riktlinjerna Beslutsunderlag Tjänsteskrivelse den 3 maj") == "att anta riktlinjerna"
    assert cut_tail("att avslå motionen Reservation Per Ek (M) reserverar sig mot beslutet.") == "att avslå motionen"


def test_the_words_inside_a_decisions_own_sentences_stay():
    kept = ["Ärendet återremitteras till förvaltningen.",
            "Nämnden beslutar att anta planen. Bakgrunden till planen redovisas i bilaga 2.",
            "att notera yrkandet från föreningen", "Nämnden beslutar att lägga reservationen till handlingarna."]
    for decision in kept:
        assert cut_tail(decision) == decision


def test_a_flattened_items_decision_ends_before_its_next_part():
    text = ("PROTOKOLL Fritidsnämnden 2023-05-04 § 1 Upprop Beslut att godkänna uppropet. "
            "§ 2 Riktlinjer för bidrag Beslut Fritidsnämnden beslutar att anta riktlinjerna. Beskrivning av ärendet "
            "Förvaltningen har utrett frågan under hösten och föreslår nya riktlinjer. "
            "§ 3 Övrigt Inga övriga frågor anmäldes.")
    rec = parse_text(text, "t.txt")
    assert [i.decisions for i in rec.items if i.title.startswith("Riktlinjer")] == \
        [["Fritidsnämnden beslutar att anta riktlinjerna."]]


def test_a_sentence_opened_by_the_passive_verb_is_kept_whole():
    assert _last_decisions("Beslöts att anta planen.") == ["Beslöts att anta planen."]
    assert _last_decisions("Beslutades att Eva Ek entledigas från sin rätt\natt teckna föreningens firma.") == \
        ["Beslutades att Eva Ek entledigas från sin rätt att teckna föreningens firma."]


def test_the_passive_verb_with_a_colon_is_still_a_label():
    assert _last_decisions("Beslutades:\natt anta planen.") == ["att anta planen."]
    assert _last_decisions("Beslut: att anta planen.") == ["att anta planen."]


def test_a_pages_number_after_the_decisions_last_sentence_is_no_part_of_it():
    assert cut_tail("Informationen noteras. 5(12)") == "Informationen noteras."
    assert cut_tail("Planen antas. Sida 3 (24)") == "Planen antas."
    assert cut_tail("Planen antas. Sida 3 av 24") == "Planen antas."
    assert cut_tail("Taxan höjs med 3 (tre) procent.") == "Taxan höjs med 3 (tre) procent."
    assert cut_tail("att anta planen enligt bilaga 2") == "att anta planen enligt bilaga 2"
