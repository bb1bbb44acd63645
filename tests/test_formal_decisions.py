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


def test_a_flattened_pair_of_paragraphs_opening_with_the_agenda_point():
    """A flattened protocol page whose paragraphs lost their "§": "12 Dagordning ... 13 Title ..." is a pair of
    paragraphs when the first is the agenda's formality, as "12 Val av justerare" already is
    (parse/inlinetokens.formal_pair, parse/openingpoints.AGENDA_POINT)."""
    page = ("Protokoll Tekniska utskottet Plats Stadshuset, sal 3 Beslutande Anna Berg (S) ordförande Per Holm (M) "
            "Utsågs Per Holm att jämte ordföranden justera dagens protokoll 12 Dagordning och övriga frågor "
            "Ordföranden hälsade alla välkomna och förklarade mötet öppnat. Dagordningen godkändes. Informationsärenden "
            "13 Lokalförsörjningsplanen Fastighetschefen Eva Lind informerade om arbetet med planen för de kommande "
            "åren och om hur behoven av nya lokaler ska mötas.")
    items = parse_text(page + "\n", "x.txt").items
    assert [it.number for it in items] == ["12", "13"]
    assert items[0].title == "Dagordning och övriga frågor" and items[1].title.startswith("Lokalförsörjningsplanen")
    assert items[0].decisions == ["Dagordningen godkändes."]
