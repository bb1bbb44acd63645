"""Decisions as formal protocols write them without a label, in the present passive of an election: the opening
paragraph's "Dagordningen godkänns. Till att justera dagens protokoll utses X." is two decisions, not one
(before, a present-passive election was read only when no other sentence of the item decided). Documents written
for these tests (invented body and names)."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nKultur- och fritidsnämnden\nDatum: 2024-02-13\n\n"


def _first_decisions(body: str) -> list[str]:
    return parse_text(HEAD + body + "\n\n§ 2 Budget\nNämnden beslutar att godkänna budgeten.\n", "x.txt").items[0].decisions


def test_the_choice_of_justerare_in_the_present_passive_beside_another_decision():
    assert _first_decisions("§ 1 Sammanträdets öppnande\nDagordningen godkänns i befintligt skick. "
                            "Till att justera dagens protokoll utses Lena Falk.") == [
        "Dagordningen godkänns i befintligt skick.", "Till att justera dagens protokoll utses Lena Falk."]
    assert _first_decisions("§ 1 Upprop och val av justerare\nFöredragningslistan godkänns.\n"
                            "Att jämte ordföranden justera protokollet utses Omar Lind (S).") == [
        "Föredragningslistan godkänns.", "Att jämte ordföranden justera protokollet utses Omar Lind (S)."]
    assert _first_decisions("§ 1 Mötets öppnande\nDagordningen fastställs. Till justerare väljs Eva Moberg.") == [
        "Dagordningen fastställs.", "Till justerare väljs Eva Moberg."]


def test_a_report_with_no_decision_still_has_none():
    assert _first_decisions("§ 1 Information\nFörvaltningschefen informerar om läget i verksamheten.") == []
