"""parse.labelrest: "Beslut Planen antas." is a decision label whose colon was lost."""

from protokoll.parse import parse_text
from protokoll.parse.labelrest import lost_colon


def test_a_sentence_after_a_bare_decision_label_is_the_decision():
    text = ("PROTOKOLL\nFritidsnämnden\n2023-05-04\n\n§ 1 Budget\nBeslut Budgeten godkänns.\n\n"
            "§ 2 Plan\nBeslut Planen antas i sin helhet.\n")
    rec = parse_text(text, "t.txt")
    assert [i.decisions for i in rec.items] == [["Budgeten godkänns."], ["Planen antas i sin helhet."]]


def test_a_list_entry_or_reference_after_the_label_is_not_a_sentence():
    assert not lost_colon("Beslut ", "Kommunfullmäktige 2021-03-01")
    assert not lost_colon("Beslut ", "om bidrag till föreningar.")
    assert lost_colon("Beslut ", "Nämnden godkänner förslaget.")
