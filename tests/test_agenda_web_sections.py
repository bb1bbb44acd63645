"""A council's agenda published as a web page (text invented here): an "Innehåll" index of its sections, an
ordered list whose browser counter stands before the printed item number ("1. 6."), the case number's cell glued
to the title, a section heading with one presenter for the whole section, and "Styrelsens förslag" links
without text."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.casenumbers import strip_case_reference

PAGE = """Regionfullmäktige den 4 mars 2031

Föredragningslista

Dag:
Tisdag den 4 mars 2031
Tid:
10:00 - 16:00

Innehåll

Inledning
Anmälningsärenden
Beslutsärenden
Motioner

Inledning

 1. 1.
  Upprop och justering
 2. 2.
  Kungörelse

Anmälningsärenden

 1. 3.
  Anmälan av länsstyrelsens beslut om ny ersättare i valkrets 4 efter Olle Sten (x)

Beslutsärenden

Föredragande regionråd: Maja Lindqvist (x)

 1. 4.
  Budget för kollektivtrafiken (förslag 1)RS 3101-0042

  Regionstyrelsens förslag

 2. 5.
  Ny taxa för färdtjänst (förslag 2)RS 3101-0077

  Regionstyrelsens förslag

Motioner

 1. 6.
  Motion om fler cykelbanor (förslag 3)RS 3012-0310

  Regionstyrelsens förslag
"""


def _items():
    return parse_text(PAGE, source="webbsida.html").items


def test_the_printed_number_after_the_lists_counter_numbers_the_item():
    assert [(i.number, i.title) for i in _items()] == [
        ("1", "Upprop och justering"), ("2", "Kungörelse"),
        ("3", "Anmälan av länsstyrelsens beslut om ny ersättare i valkrets 4 efter Olle Sten (x)"),
        ("4", "Budget för kollektivtrafiken (förslag 1)"), ("5", "Ny taxa för färdtjänst (förslag 2)"),
        ("6", "Motion om fler cykelbanor (förslag 3)")]


def test_the_sections_presenter_presents_each_item_of_the_section_only():
    assert [i.presenters for i in _items()] == [[], [], [], ["Maja Lindqvist"], ["Maja Lindqvist"], []]


def test_a_proposal_link_without_text_is_no_proposal():
    assert [i.proposed_decision for i in _items()] == [None] * 6


def test_a_reference_in_parentheses_opens_no_item_on_a_long_line():
    line = ("Beslutsärenden Budget för kollektivtrafiken (förslag 1)RS 3101-0042 Regionstyrelsens förslag "
            "Ny taxa för färdtjänst (förslag 2)RS 3101-0077 Regionstyrelsens förslag Motion om cykelbanor "
            "(förslag 3)RS 3012-0310 Regionstyrelsens förslag")
    items = parse_text("Föredragningslista\n\n" + line + "\n", source="x.txt").items
    assert all(not i.title.startswith("RS ") for i in items)


def test_a_case_number_glued_to_the_title_is_cut():
    assert strip_case_reference("Arbetsordning (förslag 1)RS 3101-0042") == "Arbetsordning (förslag 1)"
    assert strip_case_reference("Utredning enligt kommunallagenRS 3012-0310") == "Utredning enligt kommunallagen"
    assert strip_case_reference("Ombyggnad av kv Ekorren 12-14") == "Ombyggnad av kv Ekorren 12-14"
