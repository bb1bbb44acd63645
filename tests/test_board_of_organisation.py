"""A company's or association's board meeting (issue 10): the organisation as its title names it ("sammanträde
med styrelsen för X AB", "Föreningen X" with what its members are, "FÖRENINGEN XS STYRELSEMÖTE"), and the body its
board, "Styrelsen". A bare "Styrelsen" of a document whose organisation is not such a one stays uncertain.
Documents written for these tests."""

from protokoll.parse import parse_text

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"
PEOPLE = "Tid: 2024-03-12 kl. 15.00\nNärvarande: Anna Berg, Per Holm\n"


def _read(head: str):
    rec = parse_text(head + "\n" + PEOPLE + ITEMS, source="x.txt")
    return rec.organization, rec.body


def test_the_board_of_a_company_named_after_its_meeting():
    assert _read("PROTOKOLL nr 2/2024\nfört vid sammanträde med styrelsen för Sjödalens Värme AB") == \
        ("Sjödalens Värme AB", "Styrelsen")


def test_an_association_named_with_what_its_members_are():
    assert _read("Föreningen Sjödalens ekonomichefer\nMinnesanteckningar från möte med styrelsen") == \
        ("Föreningen Sjödalens ekonomichefer", "Styrelsen")


def test_an_association_in_the_genitive_before_its_board_meeting_in_capitals():
    assert _read("PROTOKOLL FÖRT VID FÖRENINGEN SJÖDALENS STYRELSEMÖTE DEN 12 MARS 2024") == \
        ("Föreningen Sjödalen", "Styrelsen")


def test_lower_case_words_that_name_the_meeting_are_no_part_of_the_name():
    org, _ = _read("Föreningen Sjödalens styrelsemöte\nProtokoll")
    assert org == "Föreningen Sjödalen"


def test_a_bare_board_without_such_an_organisation_stays_uncertain():
    assert _read("Protokoll styrelsemöte") == (None, None)
