"""Decisions and proposals of one item (parse.actions): the formulae of Swedish protocols."""

from __future__ import annotations

import pytest

from protokoll.parse.actions import read_decisions
from protokoll.parse.lines import split_lines


@pytest.mark.parametrize("sentence", [
    "Det antecknades att sammanträdet kungjorts i laga ordning.",
    "Informationen noteras.",
    "Sammanträdet förklarades lagligen sammankallat och beslutfört.",
    "Protokollet justeras omedelbart.",
    "Fullmäktige godkände de anmälda förhindren.",
    "Kultur- och fritidsnämnden tackar för rapporten.",
    "Ärendet bordläggs till nästa sammanträde.",
])
def test_unlabelled_decision_formulae_are_decisions(sentence):
    d = read_decisions(split_lines(f"Ordföranden redogjorde för ärendet.\n{sentence}"))
    assert d.decisions == [sentence]
    assert d.proposed is None


def test_a_proposal_named_inside_a_sentence_is_no_proposal_label():
    text = "Nämnden beslutar att anta taxan enligt förvaltningens förslag."
    d = read_decisions(split_lines(text))
    assert (d.decisions, d.proposed) == ([text], None)


def test_hyphenated_body_proposal_label_stops_at_the_next_section():
    d = read_decisions(split_lines("Barn- och utbildningsnämndens förslag till beslut\n- Rapporten noteras.\n\n"
                                   "Beskrivning av ärendet\nFörvaltningen har följt upp verksamheten."))
    assert (d.proposed, d.decisions) == ("Rapporten noteras.", [])


def test_chair_declaring_the_meeting_open_is_no_decision():
    d = read_decisions(split_lines("Ordföranden förklarade sammanträdet öppnat."))
    assert d.decisions == []


@pytest.mark.parametrize("title, expected", [
    ("Budgetuppföljning (Karin Lindqvist)", ("Budgetuppföljning", ["Karin Lindqvist"])),
    ("Ny skolorganisation - Olof Berg, skolchef", ("Ny skolorganisation", ["Olof Berg"])),
    ("Samverkan med Region Norr", ("Samverkan med Region Norr", [])),
    ("Val av ordförande (omval)", ("Val av ordförande (omval)", [])),
    ("Karin Lindqvist informerar om budgeten", ("Karin Lindqvist informerar om budgeten", ["Karin Lindqvist"])),
    ("Region Norr informerar om kollektivtrafiken", ("Region Norr informerar om kollektivtrafiken", [])),
])
def test_a_name_after_the_title_is_the_presenter(title, expected):
    from protokoll.parse.presenters import title_presenters

    assert title_presenters(title) == expected


def test_presenters_in_running_text_of_a_flattened_item():
    from protokoll.parse import parse_text

    filler = "Ledamöter kallas till sammanträde i Rådhuset. Ersättare underrättas om sammanträdet. "
    text = (filler * 2 + "4 Ekonomisk uppföljning Föredragande Karin Lindqvist Förvaltningen redovisar utfallet. "
            "5 Smittskyddsläget Olof Berg, smittskyddsläkare, rapporterade om läget i länet. Rapporten noteras. "
            "6 Övriga frågor Inga övriga frågor.")
    rec = parse_text(text, "x.txt")
    assert [(i.number, i.presenters) for i in rec.items] == [
        ("4", ["Karin Lindqvist"]), ("5", ["Olof Berg"]), ("6", [])]


@pytest.mark.parametrize("label", ["Inledare", "Presenteras av", "Rapportör", "Föreläsare", "Informatör"])
def test_programme_presenter_labels(label):
    from protokoll.parse import parse_text

    text = ("Dagordning\nNätverket för folkhälsa\nDatum: 2025-03-04\n\n1. Mötets öppnande\n\n"
            f"2. Trygghet i skolan\n{label}: Olof Berg, rektor\n\n3. Övriga frågor\n")
    assert [i.presenters for i in parse_text(text, "x.txt").items] == [[], ["Olof Berg"], []]
