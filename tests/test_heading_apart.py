"""parse.headingapart: a case number or a section heading alone on its line does not run on into the item's
first sentence, so that the presenter or the decision that sentence states is still read. Texts written here."""

from protokoll.parse import parse_text
from protokoll.parse.headingapart import heads_apart
from protokoll.parse.lines import split_lines

HEAD = "PROTOKOLL\nFritidsnämnden\nSammanträdesdatum 2024-05-14\n\n"
NEXT = "\n\n§ 40 Taxor\nBeslut: Taxan antas.\n"


def item(text: str):
    return parse_text(HEAD + text + NEXT, "t.txt").items[0]


def test_a_case_number_line_before_the_presenter_sentence():
    for number in ("Dnr FN 2024/31", "Dnr: 2024.118", "FN 2024/31", "Diarienummer FN-2024/31"):
        it = item(f"§ 39 Isbanan vid Norrvallen\n{number}\nFritidschef Tove Ahlgren, berättade om isbanans drift.")
        assert it.presenters == ["Tove Ahlgren"], number


def test_a_section_heading_between_the_case_number_and_the_presenter():
    it = item("§ 39 Isbanan vid Norrvallen\nDnr FN 2024/31\nÄrendebeskrivning\nTove Ahlgren informerar om isbanan.")
    assert it.presenters == ["Tove Ahlgren"]


def test_a_section_heading_is_no_part_of_the_decision_after_it():
    it = item("§ 39 Isbanan vid Norrvallen\nDnr FN 2024/31\nSammanfattning\nDriftavtalet för isbanan godkändes.")
    assert it.decisions == ["Driftavtalet för isbanan godkändes."]


def test_lines_that_head_nothing_stay_as_they_are():
    body = split_lines("Isbanan öppnar i november.\nBudget 2024 är lagd.\nKarin Ek informerade.")
    assert heads_apart(body) is body
    apart = heads_apart(split_lines("Dnr FN 2024/31\nBakgrund\nIsbanan öppnar i november."))
    assert [ln.text for ln in apart] == ["Dnr FN 2024/31", "", "Bakgrund", "", "Isbanan öppnar i november."]


def test_a_case_number_run_on_into_the_presenter_sentence():
    for number in ("Dnr FN 2024/31", "Dnr: 2024/118", "Dnr FN-2024.31", "Diarienummer 2024/31"):
        it = item(f"§ 39 Isbanan vid Norrvallen\n{number} Fritidschef Tove Ahlgren berättade om isbanans drift.")
        assert it.presenters == ["Tove Ahlgren"], number


def test_a_case_number_run_on_into_the_decision_sentence():
    it = item("§ 39 Isbanan vid Norrvallen\nDnr FN 2024/31 Driftavtalet för isbanan godkändes.")
    assert it.decisions == ["Driftavtalet för isbanan godkändes."]


def test_a_case_number_followed_by_a_lower_case_word_is_left_alone():
    body = split_lines("Dnr 2024/31 och 2024/32 behandlas samlat.")
    assert heads_apart(body) is body
