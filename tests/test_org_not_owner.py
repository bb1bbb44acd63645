"""Names in a header that are not who holds the meeting (issue 10: a wrong organisation or body is worse than none):
the host of a network's meeting ("Värd: Sala kommun"), the member municipalities a collaboration sets as its
letterhead, one per line, and the administration's letterhead ("KOMMUNSTYRELSENS FÖRVALTNING") above another body's
protocol. The municipality names are real (the gazetteer knows them); the documents are invented."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.orgmentions import gazetteer_name

ITEMS = "\n§ 1 Val av justerare\nPer Holm utses.\n§ 2 Information\nInformationen noteras.\n"


def _rec(head: str):
    return parse_text(head + "\n" + ITEMS, source="x.txt")


@pytest.mark.parametrize("line", ["Värd: Sala kommun", "Värdkommun: Sala kommun", "Mötesvärd Region Västmanland",
                                  "Arrangör: Sala kommun", "Mötet hölls hos Sala kommun"])
def test_the_host_of_a_meeting_is_not_its_organisation(line):
    assert gazetteer_name(line) is None


@pytest.mark.parametrize("line, name", [("Sala kommun", "Sala kommun"), ("Sala kommun, Socialnämnden", "Sala kommun"),
                                        ("Region Västmanland", "Region Västmanland")])
def test_a_title_naming_the_organisation_is_still_read(line, name):
    assert gazetteer_name(line) == name


def test_a_networks_meeting_at_a_host_municipality_has_no_organisation_from_it():
    rec = _rec("MINNESANTECKNINGAR\nNätverket för kostchefer\nVärd: Sala kommun\nNärvarande: Eva Sand, Olof Ek")
    assert rec.organization is None


def test_member_municipalities_as_a_letterhead_name_no_one_organisation():
    rec = _rec("Sala kommun\nHeby kommun\nMinnesanteckningar styrgruppen 2021-03-04\nNärvarande: Eva Sand, Olof Ek")
    assert rec.organization is None


def test_one_municipality_as_the_letterhead_is_the_organisation():
    rec = _rec("Sala kommun\nSammanträdesprotokoll\nSocialnämnden\nTid 2021-03-04 kl 13.00\nNärvarande: Eva Sand (S), "
               "ordförande")
    assert rec.organization == "Sala kommun"


@pytest.mark.parametrize("letterhead", ["KOMMUNSTYRELSENS FÖRVALTNING", "Socialnämndens kansli",
                                        "Kommunstyrelsens sekretariat"])
def test_the_administrations_letterhead_is_not_the_body_that_meets(letterhead):
    rec = _rec(f"{letterhead}\nPROTOKOLL\nFritidsnämnden\nNärvarande: Eva Sand (S), ordförande")
    assert rec.body == "Fritidsnämnden"
