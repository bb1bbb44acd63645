"""Headings that run on into the item's first sentence or a decision label (parse.runon): the heading is
cut before the sentence, and the sentence stays the item's text."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.runon import next_number_at, split_sentence


def test_heading_is_cut_before_a_sentence_with_a_finite_verb():
    assert split_sentence("Mötets öppnande Ordföranden förklarade mötet öppnat") == (
        "Mötets öppnande", "Ordföranden förklarade mötet öppnat")
    assert split_sentence("Dagordning Dagordningen, utsänd i förväg, godkändes.") == (
        "Dagordning", "Dagordningen, utsänd i förväg, godkändes.")
    assert split_sentence("Val av justerare Att jämte ordföranden justera protokollet utsågs Eva Holm.")[0] == \
        "Val av justerare"


def test_heading_is_cut_before_a_decision_label():
    assert split_sentence("Ekonomisk uppföljning Socialnämndens beslut") == (
        "Ekonomisk uppföljning", "Socialnämndens beslut")
    assert split_sentence("Taxa för bygglov Förslag till beslut") == ("Taxa för bygglov", "Förslag till beslut")


def test_headings_that_are_noun_phrases_stay_whole():
    for title in ("Information från Kommunförbundet om ny lag", "Budget 2027 för Tekniska nämnden",
                  "Val av ledamöter till Styrelsen för Vattenbolaget", "Beslut om taxa", "Övriga frågor",
                  "Rapport från Region Norr och Länsstyrelsen"):
        assert split_sentence(title) == (title, "")


def test_the_sentence_cut_from_a_heading_is_read_as_the_decision():
    text = ("PROTOKOLL\nTekniska nämnden\n\n§ 4 Delegationsbeslut Redovisningen av delegationsbeslut "
            "lades till handlingarna.\n\n§ 5 Övrigt\nInga övriga frågor.\n")
    items = parse_text(text, "x.txt").items
    assert [(i.number, i.title) for i in items] == [("4", "Delegationsbeslut"), ("5", "Övrigt")]
    assert items[0].decisions == ["Redovisningen av delegationsbeslut lades till handlingarna."]


def test_next_number_inside_a_heading_line():
    assert next_number_at("8. Seminarium 26 november 9. Ekonomisk uppföljning", 8) == 26
    assert next_number_at("8. Seminarium om 9 kommuner", 8) is None
