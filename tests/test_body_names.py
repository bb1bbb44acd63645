"""A committee written short in the title ("Arbetsutskottet") gets its owner's genitive from the text's page heads
and posting box, never from another committee a matter comes from; a title naming a board's meeting
("Styrelsemöte 2023-11-02") names "Styrelsen"; "Nätverket för <purpose>" on a title line is the body (issue 10).
Written for these tests (invented names and places)."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.bodysigns import labelled_body

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"
PEOPLE = "Plats och tid: Stadshuset, 2024-03-12 kl. 13.00\nNärvarande: Anna Berg, Per Holm\n\n"


def _body(head: str, tail: str = "") -> str | None:
    return parse_text(head + "\n" + PEOPLE + ITEMS + tail, source="x.txt").body


HEADS = "\nKommunstyrelsens arbetsutskott 2024-03-12 Sida 2\nANSLAG/BEVIS\nOrgan Kommunstyrelsens arbetsutskott\n"


@pytest.mark.parametrize("title", ["Arbetsutskottet\nProtokoll 2024-03-12", "PROTOKOLL\nArbetsutskottet",
                                   "Sammanträdesprotokoll\nArbetsutskottet"])
def test_a_short_committee_gets_its_owner_from_page_heads(title):
    assert _body(title, HEADS) == "Kommunstyrelsens arbetsutskott"


def test_the_owner_of_a_nämnd_committee():
    heads = "\nSocialnämndens arbetsutskott Sida 2\n\nSocialnämndens arbetsutskott Sida 3\n"
    assert _body("Arbetsutskottet\nProtokoll 2024-03-12", heads) == "Socialnämndens arbetsutskott"


def test_another_committee_a_matter_comes_from_gives_no_owner():
    tail = ("§ 3 Remiss från socialnämndens arbetsutskott\nSocialnämndens arbetsutskott informerar.\n"
            "§ 4 Yttrande till socialnämndens arbetsutskott\nYttrandet godkänns.\n")
    assert _body("Arbetsutskottet\nProtokoll 2024-03-12", tail) == "Arbetsutskottet"


def test_two_owners_written_equally_often_give_none():
    heads = "\nSocialnämndens arbetsutskott Sida 2\nKommunstyrelsens arbetsutskott Sida 3\n" * 2
    assert _body("Arbetsutskottet\nProtokoll 2024-03-12", heads) == "Arbetsutskottet"


@pytest.mark.parametrize("title", ["Styrelsemöte 2023-11-02", "Protokoll från styrelsemötet 4 maj 2023",
                                   "Styrelseprotokoll 2023-05-04",
                                   "STYRELSEMÖTE 7 (20230504)"])
def test_a_title_naming_a_board_meeting_names_the_board(title):
    assert _body(title) == "Styrelsen"


@pytest.mark.parametrize("title", ["Protokoll\nInformation om styrelsens arbete",
                                   "Protokoll\nUtskottets möte"])
def test_a_generic_body_elsewhere_stays_unnamed(title):
    assert _body(title) is None


@pytest.mark.parametrize("title, body", [
    ("Minnesanteckningar\nNätverket för folkhälsa\n2024-03-12", "Nätverket för folkhälsa"),
    ("NÄTVERKET FÖR SKOLCHEFER 2024-03-12\nMinnesanteckningar", "Nätverket för skolchefer"),
    ("Anteckningar från Nätverket för e-hälsa", "Nätverket för e-hälsa"),
])
def test_a_network_named_for_its_purpose(title, body):
    assert _body(title) == body


def test_a_network_mentioned_in_a_sentence_is_not_the_body():
    assert _body("Minnesanteckningar 2024-03-12\nMötet diskuterade nätverket för folkhälsa och dess framtid.") is None


@pytest.mark.parametrize("value", ["Socialnämndens arbetsutskott :", "Socialnämndens arbetsutskott:",
                                   "Socialnämndens arbetsutskott ;"])
def test_a_body_label_loses_the_colon_a_flattened_box_left_after_it(value):
    assert labelled_body(value) == "Socialnämndens arbetsutskott"


#: a real city (the breadcrumb's owner must be a municipality the gazetteer knows) above invented companies
COMPANY_PAGE = ("Din position: Hem > Göteborgs stad > {org} > {page}\n\n{page}\n\nDatum\n2021-05-04\nPlats\nStadshuset\n\n"
                "§1 Val av justeringsmän\n\nOrdföranden utsågs att justera dagens protokoll.\n\n"
                "§2 Budget\n\nStyrelsen beslutade att godkänna budgeten.\n")


@pytest.mark.parametrize("org", ["AB Norrbyhem", "Norrby Energi AB"])
def test_a_company_meeting_page_under_its_breadcrumb_is_its_boards(org):
    rec = parse_text(COMPANY_PAGE.format(org=org, page="Sammanträde 2021-05-04"), source="x.txt")
    assert (rec.organization, rec.body) == (org, "Styrelsen")


def test_a_company_page_that_is_no_meeting_names_no_board():
    rec = parse_text(COMPANY_PAGE.format(org="AB Norrbyhem", page="Bolagsstämma 2021"), source="x.txt")
    assert rec.body != "Styrelsen"  # the general meeting is not the board's


@pytest.mark.parametrize("head", [
    "Minnesanteckningar 2024-03-12\nNärvarande\nAnna Berg        Socialnämnden\nPer Holm         Norrby Bostäder AB",
    "Minnesanteckningar\nDeltagare: Anna Berg (Socialnämnden), Per Holm (Norrby Energi AB)",
    "Anteckningar från mötet 2024-03-12\nNärvarande:\nSocialnämnden: Anna Berg, Per Holm\nTekniska nämnden: Lisa Ek",
    "Protokoll 2024-03-12\nLedamöter: Anna Berg, Per Holm\nÖvriga: Lisa Ek, socialnämnden; Bo Ek, barn- och utbildningsnämnden",
    "Minnesanteckningar\nDatum 2024-03-12\nInbjudna: Kommunstyrelsens arbetsutskott",
    "Minnesanteckningar 2024-03-12\nAnna Berg, Socialnämnden\nPer Holm, Miljönämnden",
])
def test_a_body_in_a_list_of_people_is_where_they_come_from_not_who_meets(head):
    assert parse_text(head + "\n\n1. Välkommen\nAnna hälsar välkommen.\n", source="x.txt").body is None


@pytest.mark.parametrize("head, body", [
    ("Protokoll\nPensionärsrådet 2024-03-12\nNärvarande: Anna Berg, PRO; Per Holm, Socialnämnden", "Pensionärsrådet"),
    ("Närvarande: Anna Berg, Per Holm\n\nSocialnämnden\nProtokoll 2024-03-12", "Socialnämnden"),
    ("Kultur- och fritidsnämnden\nProtokoll 2024-03-12\nBeslutande: Anna Berg (S), ordförande", "Kultur- och fritidsnämnden"),
    ("Protokoll 2024-03-12\nBeslutande organ: Socialnämnden\nNärvarande: Anna Berg", "Socialnämnden"),
    ("Protokoll 2024-03-12\nBeslutande organ Socialnämnden", "Socialnämnden"),
])
def test_the_body_a_title_names_beside_a_list_of_people(head, body):
    assert parse_text(head + "\n\n1. Välkommen\nAnna hälsar välkommen.\n", source="x.txt").body == body


@pytest.mark.parametrize("title, body", [
    ("KOMMUNSTYRELSENS ARBETSUTSKOTT\nProtokoll 2024-03-12", "Kommunstyrelsens arbetsutskott"),
    ("Kommunstyrelsens\narbetsutskott\nProtokoll 2024-03-12", "Kommunstyrelsens arbetsutskott"),
    ("SOCIALNÄMNDENS ARBETSUTSKOTT SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-03-12", "Socialnämndens arbetsutskott"),
    ("BARN- OCH UTBILDNINGSNÄMNDENS ARBETSUTSKOTT\nProtokoll", "Barn- och utbildningsnämndens arbetsutskott"),
])
def test_a_committee_with_its_owner_in_capitals_or_over_two_lines(title, body):
    assert _body(title) == body


def test_a_title_line_about_a_committee_s_proposal_is_no_committee_title():
    assert _body("Kommunstyrelsen\nProtokoll 2024-03-12\nÄrenden från kommunstyrelsens arbetsutskotts beredning") \
        == "Kommunstyrelsen"


@pytest.mark.parametrize("owner", ["Socialnämndens", "Barn- och utbildningsnämndens", "Direktionens"])
def test_a_short_committee_gets_its_owner_from_its_own_decision(owner):
    tail = f"§ 3 Dagordningen\n{owner} arbetsutskott beslutar att godkänna dagordningen.\n"
    assert _body("Arbetsutskottet\nProtokoll 2024-03-12", tail) == f"{owner} arbetsutskott"


@pytest.mark.parametrize("tail", [
    "§ 3 Bakgrund\nKommunstyrelsens arbetsutskott beslutade 2023-05-02 att utreda frågan.\n",  # another's act, past
    "§ 3 Dagordningen\nSocialnämndens arbetsutskott beslutar att godkänna dagordningen.\n"
    "§ 4 Remiss\nKommunstyrelsens arbetsutskott har remitterat ärendet.\n",  # a second owner named: not certain
])
def test_a_committee_named_in_history_or_beside_another_owner_gives_no_owner(tail):
    assert _body("Arbetsutskottet\nProtokoll 2024-03-12", tail) == "Arbetsutskottet"


def test_a_coordinated_owner_in_page_heads_is_named_whole():
    heads = "\nBarn- och utbildningsnämndens arbetsutskott Sida 2\n" * 2
    assert _body("Arbetsutskottet\nProtokoll 2024-03-12", heads) == "Barn- och utbildningsnämndens arbetsutskott"
