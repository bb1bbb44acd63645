"""The body an association's annual meeting, a committee's genitive and a council's genitive name in a title
(issue 10, h46): "Årsmötesprotokoll" -> "Årsmötet", "Protokoll från Socialutskottets sammanträde" ->
"Socialutskottet", "Handlingar till kommunfullmäktiges sammanträde" -> "Kommunfullmäktige". The documents are
written for these tests."""

import pytest

from protokoll.parse import bodysigns, parse_text
from protokoll.parse.lines import split_lines

AGM = ("\n\nNärvarande: Anna Berg, Per Holm, Eva Lind\n\n1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n"
       "2. Val av ordförande för mötet\nTill ordförande valdes Anna Berg.\n")


@pytest.mark.parametrize("head, expected", [
    ("ÅRSMÖTESPROTOKOLL Datum: 2023-04-20\nPlats: Klubbstugan", "Årsmötet"),
    ("Årsmöte protokoll 2023", "Årsmötet"),
    ("2019 Årsmöte - Protokoll\nAvhölls lördagen den 24 augusti", "Årsmötet"),
    ("Protokoll fört vid årsmöte med Norrby byalag den 27 april 2019", "Årsmötet"),
    ("Protokoll Årsstämman 2022 Vägföreningen", "Årsstämman"),
    ("Protokoll fört vid årsstämma med Norrby samfällighetsförening den 20 juli 2002", "Årsstämman"),
    ("Norrby samfällighetsförening\nFull text\n(1)\n1\nKallelse till ordinarie föreningsstämma 2017", "Föreningsstämman"),
])
def test_annual_meeting_named_by_the_title(head, expected):
    assert bodysigns.annual_meeting(split_lines(head)) == expected


@pytest.mark.parametrize("head", [
    "Protokoll styrelsemöte 2024-02-01\nÅrsmöte: planeringen inför mars diskuterades",  # an item on the AGM
    "Protokoll fört vid extra årsmöte 2024-02-01",  # an extra meeting: not the annual meeting
    "Protokoll styrelsemöte\nDatum 2024-02-01\nPlats Klubbstugan\nNärvarande Anna Berg\nÅrsmötet hålls i mars",
])
def test_no_annual_meeting(head):
    assert bodysigns.annual_meeting(split_lines(head)) is None


def test_record_of_an_annual_meeting():
    rec = parse_text("Protokoll fört vid årsstämma med Norrby samfällighetsförening den 20 juli 2002" + AGM,
                     source="x.txt")
    assert (rec.organization, rec.body) == ("Norrby samfällighetsförening", "Årsstämman")


def test_board_protocol_is_not_the_annual_meeting():
    rec = parse_text("Protokoll styrelsemöte Norrby byalag 2024-02-01\n\n1. Årsmöte\nÅrsmötet hålls den 15 mars."
                     + AGM, source="x.txt")
    assert rec.body != "Årsmötet"


@pytest.mark.parametrize("title, expected", [
    ("Protokoll från Socialutskottets sammanträde 2011-10-12 Innehållsförteckning", "Socialutskottet"),
    ("Handlingar till kommunfullmäktiges sammanträde den 10 juni 2010", "Kommunfullmäktige"),
])
def test_body_named_in_the_genitive_of_its_meeting(title, expected):
    text = title + "\n\nPlats och tid Förvaltningshuset, kl 09.00-12.00\n\n§ 1 Val av justerare\nPer Holm utses.\n"
    assert parse_text(text, source="x.txt").body == expected


def test_bare_council_genitive_names_no_body():
    # "Fullmäktiges dagordning": which council? the next line names it
    text = ("2012-10-22 Fullmäktiges dagordning\n\nSammanträde med regionfullmäktige i sessionssalen den 22 oktober "
            "2012\n\n1. Sammanträdets öppnande\n2. Upprop\n")
    assert parse_text(text, source="x.txt").body == "Regionfullmäktige"


@pytest.mark.parametrize("line, expected", [
    ("Protokoll fört vid Norrby Hamnförenings årsmöte", "Norrby Hamnförening"),
    ("Sjö-Udde Hembygdsförenings årsmöte, 12 juli 2019. Hembygdsgården", "Sjö-Udde Hembygdsförening"),
    ("Protokoll fört vid ordinarie årsmöte med Norrby Hembygds- och fornminnesförening lördagen den 25 maj 2019",
     "Norrby Hembygds- och fornminnesförening"),
    ("Protokoll fört vid årsmöte med Norrby Hembygdsförening 220313 i Församlingshemmet", "Norrby Hembygdsförening"),
])
def test_association_named_around_its_annual_meeting(line, expected):
    from protokoll.parse import orgforms
    assert orgforms.association_of_meeting(line) == expected


def test_association_letterhead_line_with_capitalised_form_word():
    from protokoll.parse import orgforms
    assert orgforms.association_line("Norrby-Udde Samfällighetsförening") == "Norrby-Udde Samfällighetsförening"
    assert orgforms.association_line("Protokoll Samfällighetsföreningen") is None  # a kind word and a form word


def test_record_of_an_annual_meeting_named_in_the_genitive():
    rec = parse_text("Protokoll 2015\n\nNORRBY HAMNFÖRENING\n\nProtokoll fört vid Norrby Hamnförenings årsmöte\n\n"
                     "Närvarande från styrelsen:\nAnna Berg, ordf.\nPer Holm, ledamot\n" + AGM, source="x.txt")
    assert (rec.organization, rec.body) == ("Norrby Hamnförening", "Årsmötet")


@pytest.mark.parametrize("value, expected", [
    ("Socialnämnden Anslaget sätts upp Anslaget tas ner Protokollets förvaring", "Socialnämnden"),
    ("Kommunstyrelsens arbetsutskott Protokollet anslås Anslaget till och med 2018-04-20", "Kommunstyrelsens arbetsutskott"),
    ("Protokollet är anslaget fr o m 2018-04-20", None),  # the box's own sentence: no body
    ("Socialnämnden", "Socialnämnden"),
])
def test_body_label_value_ends_where_the_posting_box_goes_on(value, expected):
    assert bodysigns.labelled_body(value) == expected
