"""Header values of layouts met in real web-extracted documents (issue 10): what a reader must not take as the
organisation, body, chair or secretary. Every fixture here is written for the test (no real document's text)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.body import _definite
from protokoll.parse.names import parse_attendees
from protokoll.parse.otherdocs import blank_other_documents
from protokoll.parse.plausible import person

#: a document-sharing page: its own title, then a list of other documents (other bodies, other people)
SHARING_PAGE = """Protokoll från Fjällbygruppens möte den 3 mars 2021

Relevanta dokument
Protokoll från socialnämndens sammanträde i Ekeby kommun
Karin Lund (S), ordförande Olle Berg (M) Stina Ek (C)
Minnesanteckningar från Norrdala kommuns ledningsgrupp
Sekreterare Paragrafer Anna Holm
"""


def test_a_sharing_pages_list_of_other_documents_is_blanked_with_its_offsets_kept():
    blanked = blank_other_documents(SHARING_PAGE)
    assert len(blanked) == len(SHARING_PAGE) and blanked.count("\n") == SHARING_PAGE.count("\n")
    assert blanked.startswith("Protokoll från Fjällbygruppens möte den 3 mars 2021\n")
    assert "socialnämnd" not in blanked and "Karin Lund" not in blanked and "Anna Holm" not in blanked


def test_the_list_ends_where_the_pages_transcript_starts():
    page = SHARING_PAGE + "Transkript\n1 Protokoll Fjällbygruppen Ordförande: Per Åkesson\n"
    blanked = blank_other_documents(page)
    assert "Ordförande: Per Åkesson" in blanked and "Karin Lund" not in blanked


def test_a_text_without_such_a_list_is_returned_unchanged():
    text = "Protokoll\nStyrelsen för dokumentföreningen\nOrdförande: Per Åkesson\n"
    assert blank_other_documents(text) is text


def test_nothing_of_another_documents_title_becomes_the_records_header():
    rec = parse_text(SHARING_PAGE, "page.txt")
    assert rec.organization != "Ekeby kommun" and rec.organization != "Norrdala kommun"
    assert rec.body != "Socialnämnden" and rec.chair is None and rec.secretary is None


def test_a_layout_label_before_a_name_is_not_part_of_the_name():
    assert person("Paragrafer Anna Holm") == ("Anna Holm", None)
    assert person("Tjänsteman Per Åkesson") == ("Per Åkesson", None)


def test_a_role_word_before_a_name_is_not_cut_as_a_label():
    """"Sekreterare Anna Holm" as a chair is another role's label and value: never made the chair's name."""
    name, doubt = person("Sekreterare Anna Holm")
    assert name is None and doubt


def test_a_role_after_a_conjunction_belongs_to_the_name_after_it():
    people = parse_attendees("Olle Berg (M) och Stina Ek (C) samt sekreterare Anna Holm, ekonom Per Åkesson", "other")
    roles = {a.name: a.role for a in people}
    assert roles["Anna Holm"] == "sekreterare" and roles["Stina Ek"] != "sekreterare"


def test_a_role_after_a_comma_still_closes_the_entry_before_it():
    people = parse_attendees("Olle Berg, ordförande Stina Ek, ledamot", "present")
    roles = {a.name: a.role for a in people}
    assert roles["Olle Berg"] == "ordförande" and roles["Stina Ek"] == "ledamot"


def test_a_meetings_form_or_occasion_names_no_body():
    assert _definite("Telefonmöte") is None
    assert _definite("Årsmöte") is None
    assert _definite("Uppstartsmöte") is None


def test_a_body_before_mote_is_that_body_and_a_members_group_is_read_as_before():
    assert _definite("Regionrådsmöte") == "Regionrådet"
    assert _definite("Kommundirektörsmöte") == "Kommundirektörsgruppen"
    assert _definite("Styrgruppsmöte") == "Styrgruppen"


def test_a_breadcrumbs_company_below_a_municipality_is_the_organisation():
    from protokoll.parse.orgplaces import breadcrumb_owner
    assert breadcrumb_owner("Du är här: Start > Ydre kommun > Ydre Energi AB > Sammanträde 2021-03-04") == (
        "Ydre Energi AB", "meta.organization.breadcrumb")
    assert breadcrumb_owner("Start > Ydre kommun > Socialnämnden > Sammanträde 2021-03-04") is None
    text = ("Du är här: Start > Ydre kommun > Ydre Energi AB > Sammanträde 2021-03-04\n\nSammanträde 2021-03-04\n\n"
            "1 Mötets öppnande\n\n2 Val av justerare\n")
    assert parse_text(text, "page.txt").organization == "Ydre Energi AB"


def test_a_body_label_naming_the_body_of_an_organisation_gives_both():
    from protokoll.parse.orgplaces import body_of_organisation
    assert body_of_organisation("Förbundsstyrelsen för Kommunalförbundet i Sjöland") == (
        "Förbundsstyrelsen", "Kommunalförbundet i Sjöland")
    assert body_of_organisation("Styrgruppen för skolsamverkan") is None
    rec = parse_text("PROTOKOLL\nOrgan: Förbundsstyrelsen för Kommunalförbundet i Sjöland\nDatum: 2021-03-04\n\n"
                     "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n", "p.txt")
    assert (rec.body, rec.organization) == ("Förbundsstyrelsen", "Kommunalförbundet i Sjöland")


def test_the_notice_boxs_sentences_are_not_part_of_a_bodys_name():
    from protokoll.parse.plausible import organisation
    assert organisation("BEVIS Justeringen har tillkännagivits genom anslag Socialnämnden")[0] == "Socialnämnden"


def test_a_body_that_decides_listed_items_is_not_the_body_that_meets():
    from protokoll.parse.body import read_body
    from protokoll.parse.lines import split_lines
    assert read_body(split_lines("INNEHÅLL 1 Svar på motion BESLUTAS AV KOMMUNFULLMÄKTIGE 2 Budget")) is None


def test_a_bare_board_is_no_municipal_body_whose_municipality_the_text_names():
    text = ("Dagordning\nStyrelsen sammanträder den 4 mars 2021 kl 9.00\n\n1 Mötets öppnande\n\n"
            "2 Rapport om Ydre kommun och avtalet med Ydre kommun\n\n3 Övriga frågor\n")
    rec = parse_text(text, "a.txt")
    assert rec.organization is None
    # (the text names Ydre kommun as the other party of an agreement too: either reason abstains)
    assert any(e.path == "organization" and ("board of a company" in e.rule or "another party" in e.rule)
               for e in rec.evidence)


def test_the_company_whose_board_meets_is_the_organisation():
    from protokoll.parse.orgplaces import company_of_board
    assert company_of_board("Protokoll fört vid styrelsemöte i Norrby Energi AB den 4 mars 2021") == "Norrby Energi AB"
    assert company_of_board("Protokoll fört vid styrelsesammanträde för AB Norrbyhem den 3 maj") == "AB Norrbyhem"
    assert company_of_board("Kommunstyrelsen i Ydre kommun") is None
    rec = parse_text("Dagordning\nStyrelsemöte i Norrby Energi AB 2021-03-04\n\n1. Rapport om Ydre kommun\n"
                     "2. Avtal med Ydre kommun\n", "a.txt")
    assert rec.organization == "Norrby Energi AB"


def test_the_chair_of_another_body_is_not_the_meetings_chair():
    """"Anna Berg, ordförande i socialnämnden" attends a steering group: she chairs another body, not this meeting."""
    people = parse_attendees("Anna Berg, ordförande i socialnämnden, Per Holm, Eva Lind", "present")
    assert people[0].name == "Anna Berg" and people[0].role is None and "socialnämnden" in people[0].title
    rec = parse_text("Protokoll Styrgruppen 2021-03-04\nNärvarande: Anna Berg, ordförande i Ydre kommuns socialnämnd, "
                     "Per Holm, Eva Lind\n\n§ 1 Öppnande\nMötet öppnades.\n", "p.txt")
    assert rec.chair is None
