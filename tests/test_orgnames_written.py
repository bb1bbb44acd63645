"""An organisation named as its document wrote it (issue 10, h46): a municipality's letterhead keeps the type word
it was printed with (a municipality later renamed "Region X" was "X kommun" in its older protocols), a region's
name mentioned in the genitive is the region's name, and a county council is read from its letterhead in capitals,
its genitive or its older form "X läns landsting". The documents are written for these tests."""

import pytest

from protokoll.parse import orgsigns, parse_text
from protokoll.parse.lines import split_lines
from protokoll.parse.regional import regional_organisation

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nNämnden tackar för informationen.\n"


def test_letterhead_keeps_the_type_word_it_was_printed_with():
    # Gotland's municipality has been named "Region Gotland" since 2011; a protocol printed "GOTLANDS KOMMUN"
    head = "GOTLANDS KOMMUN PROTOKOLL Sammanträdesdag\nKommunfullmäktige"
    assert orgsigns.letterhead(split_lines(head)) == "Gotlands kommun"
    assert orgsigns.page_head("3 GOTLANDS KOMMUN PROTOKOLL 3(9)\n") == "Gotlands kommun"


def test_letterhead_of_another_municipality_is_its_official_name():
    assert orgsigns.letterhead(split_lines("HABO KOMMUN\nPROTOKOLL\nSocialnämnden")) == "Habo kommun"


def test_record_of_an_older_gotland_protocol():
    # a web page's transcript: the contents first, the letterhead of the protocol's first page after them
    contents = "\n\n".join(f"§ {n} Interpellation nummer {n}. Bordlades...... {300 + n}" for n in range(1, 9))
    text = ("Kommunfullmäktige PROTOKOLL 15 mars 2004\n\nKommunfullmäktige PROTOKOLL 2004-03-15\n\n" + contents +
            "\n\nGOTLANDS KOMMUN PROTOKOLL Sammanträdesdag Kommunfullmäktige 2004-03-15\n\n"
            "Plats och tid Rådhuset, Visby, kl 13.00-16.00\n\n" + ITEMS)
    assert parse_text(text, source="x.txt").organization == "Gotlands kommun"


def test_region_named_in_the_genitive_is_the_region():
    text = ("Regionfullmäktige PROTOKOLL 12 maj 2019\n\nRegionfullmäktige PROTOKOLL Fyllnadsval Tilläggsanslag för "
            "upprustning av Region Gotlands fastigheter Motion om hemtjänsten\n\n" + ITEMS)
    assert parse_text(text, source="x.txt").organization == "Region Gotland"


@pytest.mark.parametrize("text, expected", [
    ("JÄMTLANDS LÄNS LANDSTING PROTOKOLL 2008 Protokoll från landstingsfullmäktiges sammanträde", "Jämtlands läns landsting"),
    ("Uppsala läns landsting\nProtokoll", "Uppsala läns landsting"),
    ("I Landstinget HALLAND CENTRAL FÖRVALTNING Datum", "Landstinget Halland"),
    ("Handlingarna finns på Landstinget Blekinges hemsida.", "Landstinget Blekinge"),
])
def test_county_council_in_its_written_forms(text, expected):
    assert regional_organisation("Landstingsfullmäktige", text) == (expected, "meta.organization.regional_body")


@pytest.mark.parametrize("text", [
    "Yttrande till NORRBYÅS LÄNS LANDSTING",  # no county of that name
    "Protokoll från landstingsfullmäktige. Sveriges Kommuner och Landsting informerar.",  # no council named
])
def test_no_county_council(text):
    assert regional_organisation("Landstingsfullmäktige", text)[0] is None


def test_record_of_a_county_council_letterhead():
    text = ("VÄRMLANDS LÄNS LANDSTING PROTOKOLL 2009\nProtokoll från landstingsfullmäktiges sammanträde den 9 juni 2009\n"
            "Landstingsfullmäktige\n\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert (rec.organization, rec.body) == ("Värmlands läns landsting", "Landstingsfullmäktige")


@pytest.mark.parametrize("text, expected", [
    ("1 Plats och tid Kommunhuset\n\n2 Habo kommun Innehållsförteckning 129 Godkännande av dagordning\n", "Habo kommun"),
    ("Plats och tid Kommunhuset\n\nAneby kommun Sammanträdesprotokoll 2 (47) Innehållsförteckning\n", "Aneby kommun"),
    ("Plats och tid Kommunhuset\n\n2\tHabo kommun\tSammanträdesprotokoll\n", "Habo kommun"),  # a table's cells
])
def test_page_head_in_mixed_case(text, expected):
    assert orgsigns.page_head(text) == expected


@pytest.mark.parametrize("text", [
    "Information från Habo kommun Protokoll från mötet läggs till handlingarna\n",  # a sentence, not a head
    "2 Habo kommun Innehållsförteckning\n3 Aneby kommun Sammanträdesprotokoll\n",  # two heads: whose?
    "2 Norrbyås kommun Innehållsförteckning\n",  # no municipality of that name
])
def test_no_page_head_in_mixed_case(text):
    assert orgsigns.page_head(text) is None


def test_record_takes_a_mixed_case_page_head_over_a_place_named_as_often():
    text = ("Plats och tid Kommunhuset, Habosalen\nBeslutande Anna Berg (C), ordförande Per Holm (S)\n"
            "Övriga Eva Lind, Habo Köping, Handel och service\n\n"
            "2 Habo kommun Innehållsförteckning 129 Godkännande av dagordning\n\nKommunstyrelsen\n\n" + ITEMS)
    assert parse_text(text, source="x.txt").organization == "Habo kommun"


def test_company_board_read_through_a_scan_reading_for_as_tor():
    from protokoll.parse import orgplaces
    line = "Protokoll nr 6 tört vid styrelsesammanträde tör Norrby Fastigheter AB Tid: Plats: 30 maj 2013"
    assert orgplaces.company_of_board(line) == "Norrby Fastigheter AB"
    assert orgplaces.company_of_board("Protokoll tör Norrby Fastigheter AB") is None  # no board's meeting named


@pytest.mark.parametrize("title", [
    "Möte med Region Värmland om paketlösning för infrastruktur i länet",
    "Dialog med Habo kommun om gemensam räddningstjänst",
])
def test_region_or_municipality_met_with_is_the_counterpart(title):
    # a municipality's committee's page titled by one of its items: whom it met, not who meets
    text = (title + "\n\nFull text\n\nBeslutande ledamöter Anna Berg (C)\n\nPer Holm (S)\n\n"
            "Övriga närvarande Eva Lind, sekreterare\n\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert rec.organization not in ("Region Värmland", "Habo kommun")


def test_network_meeting_with_its_own_name_still_names_it():
    text = "Minnesanteckningar från möte med Kulturnätverket 2024-02-01\n\nNärvarande: Anna Berg, Per Holm\n\n" + ITEMS
    assert parse_text(text, source="x.txt").organization == "Kulturnätverket"
