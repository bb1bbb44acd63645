"""A body's roster for a term of office, and a sentence describing a body, name no meeting (issue 10).
Every fixture is written for the test (no real document's text)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.lines import split_lines
from protokoll.parse.terms import in_roster, term_heading

#: a parish's page about its governing bodies: a description, then each body's members for the term
BODIES_PAGE = """Styrning och protokoll

Församlingens högsta beslutande organ är kyrkofullmäktige som möts två gånger om året. Kyrkorådet leder arbetet.

Kyrkofullmäktige 2026-2029

Ledamöter
Maja Sundin (ordf.)
Erik Holm (vice ordf.)
Lisa Berg

Kyrkorådet 2026-2029

Ledamöter
Erik Holm (ordf.)
Maja Sundin (vice ordf.)
"""

#: a meeting's own protocol whose header lists the chair the usual way
PROTOCOL = """Protokoll
Kyrkorådet 2027-03-14

Närvarande
Erik Holm (ordf.)
Maja Sundin
Lisa Berg

§ 1 Mötets öppnande
Ordföranden öppnade mötet.
"""


def test_a_heading_with_a_span_of_years_is_a_term_of_office():
    assert term_heading("Kyrkorådet 2026-2029")
    assert term_heading("Ledamöter mandatperioden 2023–2026")


def test_a_date_or_a_long_span_is_no_term_heading():
    assert not term_heading("Kyrkorådet 2027-03-14")
    assert not term_heading("Kyrkorådet 2026-2049")  # no term of office lasts twenty years
    assert not term_heading("Budget 2026-2029 antogs av fullmäktige den 4 maj")  # a sentence goes on after it


def test_a_name_under_a_term_heading_is_in_a_roster():
    lines = split_lines(BODIES_PAGE)
    assert in_roster(lines, "Maja Sundin")
    assert not in_roster(split_lines(PROTOCOL), "Erik Holm")


def test_a_bodies_page_names_neither_the_body_nor_the_chair_of_a_meeting():
    rec = parse_text(BODIES_PAGE, "organs.txt")
    assert rec.body is None  # a description's predicate and two rosters' headings name no meeting's body
    assert rec.chair is None
    assert any(e.path == "chair" and e.rule.startswith("uncertain: ") and "term of office" in e.rule
               for e in rec.evidence)


def test_a_protocols_header_still_gives_its_body_and_chair():
    rec = parse_text(PROTOCOL, "kr.txt")
    assert rec.body == "Kyrkorådet"
    assert rec.chair == "Erik Holm"


#: a network of several municipalities whose notes one municipality's official keeps
NETWORK_NOTES = """Minnesanteckningar styrgrupp för samverkan mellan kommunerna Ängsby, Tallmo och Kvarnby
Datum: 2027-01-22
Närvarande: Stina Berg, kommundirektör Ängsby kommun (ordförande), Karl Holm, kommundirektör Tallmo kommun
Antecknare: Ulla Strand, Ängsby kommun

1. Föregående anteckningar
Godkändes.
"""


def test_a_municipality_that_keeps_a_networks_notes_is_not_its_organisation():
    rec = parse_text(NETWORK_NOTES, "styrgrupp.txt")
    assert rec.secretary == "Ulla Strand"
    assert rec.organization is None  # "Ängsby kommun" employs the secretary; the group is of three municipalities
