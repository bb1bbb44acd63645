"""A protocol whose paragraphs are one sentence each, with no heading of their own (an association's annual
meeting): each sentence is its paragraph's title and, when it decides, its decision too (session 24's
convention; the opening decides nothing); a point with a heading
and its deciding sentence under it, and a subject with its one-word answer run on after it, still decide.
Documents written for these tests (invented association and names)."""

from __future__ import annotations

from protokoll.parse import parse_text

ANNUAL = """Protokoll fört vid Björkedalens byalags årsmöte
Datum: 2024-03-10
Plats: Bygdegården

§ 1. Kerstin Alm, ordförande, förklarade mötet öppnat.
§ 2. Kallelsen till årsmötet godkändes.
§ 3. Dagordningen fastställdes.
§ 4. Ansvarsfrihet för styrelsen beviljades.
§ 5. Till revisorer valdes Olof Berg & Maja Strand.
§ 6. Beslöts att styrelsen får utse ombud till distriktets stämma.
§ 7. Budget för 2024 fastställdes (se bil.).
"""


def test_a_headingless_paragraphs_sentence_is_its_title_and_its_decision():
    items = parse_text(ANNUAL, "x.txt").items
    assert [it.number for it in items] == ["1", "2", "3", "4", "5", "6", "7"]
    assert items[1].title == "Kallelsen till årsmötet godkändes."
    assert items[4].title == "Till revisorer valdes Olof Berg & Maja Strand."
    assert [it.decisions for it in items] == [[]] + [[it.title] for it in items[1:]]


def test_a_heading_with_its_deciding_sentence_under_it_still_decides():
    text = ANNUAL.split("§ 1.")[0] + ("§ 1. Val av revisorer\nTill revisorer valdes Olof Berg & Maja Strand.\n\n"
                                      "§ 2. Budget\nBudgeten för 2024 fastställdes.\n")
    items = parse_text(text, "x.txt").items
    assert [it.decisions for it in items] == [["Till revisorer valdes Olof Berg & Maja Strand."],
                                              ["Budgeten för 2024 fastställdes."]]


def test_a_subject_with_its_one_word_answer_still_decides():
    text = ANNUAL.split("§ 1.")[0] + "1. Föregående protokoll Godkändes.\n2. Ekonomi Noterades.\n"
    items = parse_text(text, "x.txt").items
    assert [it.decisions for it in items] == [["Godkändes."], ["Noterades."]]
