"""Where a body's name begins and ends (parse/bodybounds.py): a body named at the venue is not who meets, a bare
head noun going on with "för" and lower-case words is the start of a longer name (read whole, or none where the
page cut it), and a genitive that ends an organisation's name gives the organisation's board, not a body named
after the genitive. Every text here is invented for these tests."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.bodybounds import at_venue, of_organisation_name, purpose_name

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"


def _body(head: str):
    return parse_text(head + "\n\n" + ITEMS, source="x.txt").body


def _at(text: str, word: str) -> bool:
    start = text.index(word)
    return at_venue(text, start, start + len(word))


@pytest.mark.parametrize("text, word", [
    ("Plats och tid Kommunstyrelsens sammanträdesrum, kl 9.00", "Kommunstyrelsens"),
    ("Plats: Norrby Föreningsråd, Storgatan 4", "Föreningsråd"),
    ("Lokal: Gamla Hembygdsrådet, Norrby", "Hembygdsrådet"),
    ("Sammanträdet hölls i Socialnämndens sal, Rådhuset", "Socialnämndens"),
    ("Tid och plats 14 maj kl 18 Fullmäktiges sessionssal", "Fullmäktiges"),
])
def test_a_body_named_where_the_meeting_is_held_is_a_venue(text, word):
    assert _at(text, word)


@pytest.mark.parametrize("text, word", [
    ("Protokoll Socialnämnden Plats och tid Rådhuset kl 18", "Socialnämnden"),
    ("Plats Regionfullmäktige Fullmäktigesalen, Norrby", "Regionfullmäktige"),  # labels in a row: the organ's value
    ("Organ Plats Norrby Regionfullmäktige", "Regionfullmäktige"),
    ("Kommunstyrelsens arbetsutskott sammanträder", "Kommunstyrelsens"),
    ("Sammanträdesprotokoll Kommunstyrelsen", "Kommunstyrelsen"),
])
def test_a_body_named_as_who_meets_is_no_venue(text, word):
    assert not _at(text, word)


def test_a_council_meeting_in_the_boards_room_is_the_council():
    head = ("1(5) Rådet för trygghet och hälsa\nPlats och tid Kommunstyrelsens sammanträdesrum, klockan 8.30-11.00\n"
            "Beslutande\nLedamöter Eva Sand Olof Ek\nSekreterare Kim Berg\nOrdförande Eva Sand")
    assert _body(head) == "Rådet för trygghet och hälsa"


def test_a_meeting_held_in_a_house_named_after_a_council_has_no_body_from_it():
    head = ("VÄLKOMMEN TILL HÖSTMÖTET\nTid: Tisdagen den 12 september 2023, kl 18:00\n"
            "Plats: Norrby Föreningsråd, Storgatan 4, sal 2\nFörslag till dagordning:")
    assert _body(head) != "Föreningsrådet"


@pytest.mark.parametrize("after, name", [
    (" för teknik och service Plats och tid Rådhuset", "Nämnden för teknik och service"),
    (" för trygghet, hälsa och säkerhet", "Nämnden för trygghet, hälsa och säkerhet"),
    (" för e-hälsa 2023-04-02", "Nämnden för e-hälsa"),
    (" för barn- och ungdomsfrågor", "Nämnden för barn- och ungdomsfrågor"),
])
def test_a_head_noun_going_on_with_for_is_read_whole(after, name):
    assert purpose_name("Nämnden", "Nämnden" + after, len("Nämnden")) == name


@pytest.mark.parametrize("after", [" för trygghets- och Kommunkansliet", " för trygghet och", " för trygghet, "])
def test_a_name_cut_after_for_gives_none(after):
    assert purpose_name("Rådet", "Rådet" + after, len("Rådet")) == ""


@pytest.mark.parametrize("after", [" Plats och tid", " för Norrbyförbundet", "", " sammanträder"])
def test_no_purpose_after_the_head_noun(after):
    assert purpose_name("Rådet", "Rådet" + after, len("Rådet")) is None


def test_a_committee_named_for_its_purpose_is_its_whole_name():
    head = "PROTOKOLL 1 (12) Nämnden för teknik och service Plats och tid Rådhuset, kl 13.00\nOrdförande: Eva Sand"
    assert _body(head) == "Nämnden för teknik och service"


def test_a_council_whose_name_the_page_cut_is_left_open():
    head = ("Sida 1/8 Plats och tid Kommunhuset, Norrby kl. 09.00\nBeslutande Eva Sand (S), ordförande Olof Ek (M)\n"
            "ANSLAG/BEVIS Protokollet är justerat. Organ Sammanträdesdatum Förvaringsplats för protokollet Rådet för "
            "trygghets- och Kommunkansliet")
    assert not (_body(head) or "").startswith("Rådet")


@pytest.mark.parametrize("text, word, owned", [
    ("möte med Föreningen Norrbygdens styrelse", "Norrbygdens", True),
    ("Stiftelsen Ekbackens styrelse", "Ekbackens", True),
    ("Socialnämndens arbetsutskott", "Socialnämndens", False),
    ("Regionförbundets styrelse", "Regionförbundets", False),
])
def test_a_genitive_after_an_organisations_type_word_ends_its_name(text, word, owned):
    assert of_organisation_name(text, text.index(word)) is owned


def test_an_associations_board_is_the_board_not_a_body_named_after_its_genitive():
    head = ("1 PROTOKOLL FÖRT VID FÖRENINGEN NORRBYGDENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2019\n"
            "2 Förslag till dagordning inför möte med Föreningen Norrbygdens styrelse\n"
            "Närvarande ledamöter: Eva Sand, ordförande, Olof Ek")
    assert _body(head) == "Styrelsen"


@pytest.mark.parametrize("title", ["Välkomna till Vintermötet!", "Den vid bildandemötet valde ordföranden hälsade välkommen",
                                   "Kallelse till julmöte", "Protokoll från uppstartmötet"])
def test_a_meeting_named_for_its_occasion_names_no_group(title):
    assert _body(title + "\nNärvarande: Eva Sand, Olof Ek") is None


@pytest.mark.parametrize("title, body", [("Minnesanteckningar från kommunchefsmötet", "Kommunchefsgruppen"),
                                         ("Anteckningar Ekonomichefsmöte 2023-05-04", "Ekonomichefsgruppen")])
def test_a_meeting_named_for_its_members_names_their_group(title, body):
    """The group's name made from the meeting's is given where the text writes the group (h152: "Chefsmöte" alone
    names people of one kind meeting, not a group: left out, see test_crosschecks)."""
    assert _body(title + f"\nNärvarande: Eva Sand, Olof Ek\n1. Budget\n{body[:-2]} har gått igenom budgeten.") == body
    assert _body(title + "\nNärvarande: Eva Sand, Olof Ek") is None


@pytest.mark.parametrize("title, organ, body", [
    ("SAMMANTRÄDESPROTOKOLL Förbundsstyrelsen", "Styrelsen", "Förbundsstyrelsen"),
    ("PROTOKOLL Socialnämnden", "Nämnden", "Socialnämnden"),
    ("SAMMANTRÄDESPROTOKOLL", "Styrelsen", "Styrelsen"),
])
def test_the_organ_written_short_under_a_title_naming_the_body_in_full(title, organ, body):
    head = (f"{title}\nTid Onsdagen den 16 december 2020 kl 13.00\nBeslutande Eva Sand (S), ordförande Olof Ek (M)\n"
            f"ANSLAG/BEVIS Protokollet är justerat.\nOrgan {organ}\nFörvaringsplats för protokollet Kansliet")
    assert _body(head) == body


@pytest.mark.parametrize("organ, organisation, body", [
    ("Region Halland Regionstyrelsen", "Region Halland", "Regionstyrelsen"),
    ("Sala kommun Socialnämnden", "Sala kommun", "Socialnämnden"),
    ("Sala kommun Barn- och utbildningsnämnden", "Sala kommun", "Barn- och utbildningsnämnden"),
])
def test_an_organ_line_naming_the_organisation_then_its_body_gives_both(organ, organisation, body):
    rec = parse_text(f"PROTOKOLL\nTid 2021-03-04 kl 13.00\nOrgan: {organ}\nNärvarande: Eva Sand (S), ordförande\n\n"
                     + ITEMS, source="x.txt")
    assert (rec.organization, rec.body) == (organisation, body)


@pytest.mark.parametrize("organ", ["Norrbyda kommun Socialnämnden", "Anna Berg Socialnämnden"])
def test_an_organ_line_whose_first_words_are_no_known_organisation_gives_no_organisation(organ):
    from protokoll.parse.orgplaces import body_of_organisation
    assert body_of_organisation(organ) is None


@pytest.mark.parametrize("line", ["Förslag från kommunstyrelsens arbetsutskott", "Ärenden från Socialnämnden",
                                  "Information till kommunstyrelsen", "Samråd mellan socialnämnden och föreningarna",
                                  "Skrivelse från Kommunstyrelsen"])
def test_a_body_a_matter_comes_from_or_goes_to_is_not_who_meets(line):
    assert _body(f"PROTOKOLL\n{line}\nNärvarande: Eva Sand, Olof Ek") is None


@pytest.mark.parametrize("line, body", [("Protokoll från Socialnämndens sammanträde 2021-03-04", "Socialnämnden"),
                                        ("Kommunstyrelsens protokoll 2021-03-04", "Kommunstyrelsen"),
                                        ("Protokollsutdrag från Kommunstyrelsen", "Kommunstyrelsen")])
def test_a_body_named_with_its_meeting_or_papers_is_who_meets(line, body):
    assert _body(f"{line}\nNärvarande: Eva Sand, Olof Ek") == body


def test_a_genitive_owning_another_group_is_not_that_group():
    assert _body("Protokoll\nKommunfullmäktiges valberedning\nNärvarande: Eva Sand, Olof Ek") != "Kommunfullmäktige"
