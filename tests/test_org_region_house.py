"""A region's body whose text names no region: the region's own house, written with its town, names the region
(issue 10). The documents are written for these tests; the towns are real, since the county is the gazetteer's."""

from organisation_reading import ITEMS, organisation_and_rule as _org
from protokoll.parse.regional import house_region, regional_organisation


def test_a_regional_board_meeting_in_the_regions_house_belongs_to_that_towns_region():
    org, rule = _org("Protokoll\nRegionstyrelsen\nSammanträdesdatum 2024-03-12\n"
                     "Plats Regionens hus, Storgatan 4, Växjö\nBeslutande: Anna Berg (S); Per Holm (M)\n" + ITEMS)
    assert org == "Region Kronoberg" and rule.startswith("meta.organization.regional_house")


def test_the_house_written_without_a_comma_and_the_committee_of_a_region():
    assert regional_organisation("Regionala utvecklingsnämnden", "Plats: Regionhuset Luleå\nTid: 09.00") == (
        "Region Norrbotten", "meta.organization.regional_house")


def test_houses_in_two_counties_name_no_region():
    assert house_region("Plats: Regionens hus, Storgatan 4, Växjö\nJustering: Regionhuset Luleå") is None
    assert regional_organisation("Regionstyrelsen", "Plats: Regionens hus, Växjö\nJustering: Regionhuset Luleå")[0] \
        is None


def test_a_house_without_a_town_names_no_region():
    assert regional_organisation("Regionstyrelsen", "Plats: Regionkontoret, sal A\nTid: 09.00")[0] is None


def test_a_county_councils_body_is_not_given_a_region_by_its_house():
    """ "Landstingsstyrelsen": the council's name ("Landstinget X", "X läns landsting") is written too many ways."""
    assert regional_organisation("Landstingsstyrelsen", "Plats: Regionens hus, Storgatan 4, Växjö")[0] is None


def test_a_municipal_body_meeting_in_a_regions_house_gets_no_region():
    org, _ = _org("Protokoll\nSocialnämnden\nSammanträdesdatum 2024-03-12\n"
                  "Plats Regionens hus, Storgatan 4, Växjö\nBeslutande: Anna Berg (S); Per Holm (M)\n" + ITEMS)
    assert org is None


def test_a_region_the_text_names_wins_over_its_house():
    assert regional_organisation("Regionstyrelsen", "Plats: Regionens hus, Växjö\nRegion Halland informerar.\n"
                                 "Region Halland föreslår.") == ("Region Halland", "meta.organization.regional_body")
