"""A chair of another body is not the meeting's chair: a guest described as "ordförande <body>", a term's chair
elected in an item ("Val av ordförande i socialnämnden"); the meeting's own officers still are (issue 10).
The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"
HEAD = "PROTOKOLL\nSocialnämnden\nSammanträdesdatum: 2024-03-12\nBeslutande: Anna Berg (S); Per Holm (M)\n"


@pytest.mark.parametrize("extra", [
    "Inbjudna: Eva Lind, ordförande Norrby kommunstyrelse\n",
    "Gäster: Eva Lind, ordförande i kommunstyrelsen\n",
    "Övriga närvarande: Eva Lind (S), ordförande Kultur- och fritidsnämnden\n",
    "Övriga närvarande: Eva Lind, ordförande valberedningen\n",  # the nominating committee's chair
])
def test_chair_of_another_body_is_no_chair(extra):
    assert parse_text(HEAD + extra + ITEMS, source="x.txt").chair is None


def test_election_of_another_bodys_chair_is_no_chair():
    text = ("PROTOKOLL\nKommunfullmäktige\nSammanträdesdatum: 2024-03-12\nBeslutande: Anna Berg (S); Per Holm (M)\n"
            "§ 1 Val av justerare\nPer Holm utses.\n§ 2 Val av ordförande i socialnämnden\n"
            "Till ordförande valdes Lars Dahl (S).\n§ 3 Information\nNoteras.\n")
    assert parse_text(text, source="x.txt").chair is None


def test_election_of_the_meetings_chair_is_the_chair():
    text = ("Protokoll från årsmöte i Föreningen Sjöboda den 4 mars 2024\nPlats: Bygdegården\n\n"
            "§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Val av mötesordförande\nTill ordförande valdes Lars Dahl.\n"
            "§ 3 Dagordningen\nDagordningen godkändes.\n")
    assert parse_text(text, source="x.txt").chair == "Lars Dahl"


def test_the_chair_elected_for_the_meeting_beats_the_boards_chair_in_the_list():
    # the board's chairman is listed "ordf." among those present; the annual meeting elects its own chair
    text = ("Protokoll fört vid årsmöte i Båtklubben Norrvik den 12 april 2024\n"
            "Närvarande från styrelsen: Karl Holm, ordf., Eva Strand, kassör\n\n"
            "§ 1 Mötets öppnande\nKarl Holm hälsade välkommen och förklarade mötet öppnat.\n"
            "§ 2 Val av ordförande och sekreterare för mötet\nTill ordförande för mötet utsågs Lena Berg. "
            "Till sekreterare för mötet utsågs Eva Strand.\n§ 3 Dagordningen\nDagordningen godkändes.\n")
    record = parse_text(text, source="x.txt")
    assert record.chair == "Lena Berg"
    assert any(a.name == "Karl Holm" for a in record.attendees)


def test_a_welcome_run_on_to_the_list_names_another_bodys_chair():
    # a page that lost its line breaks runs the list on into the host's welcome: "ordförande X valberedning" is
    # the chair of the association's nominating committee (a beredning), not of the meeting
    text = ("Protokoll styrelsemöte 4\nPlats: Bygdegården i Norrvik\nNärvarande: Bo Wik, Kim Rask, Eva Lund, "
            "Per Holm. Innan mötets öppnande hälsade Ingrid Ek, Norrviks byalag och ordförande Leader Ås "
            "valberedning, välkommen till bygdegården.\n1. Ordf. hälsade alla välkomna och förklarade mötet öppnat.\n"
            "2. Kim Rask valdes att jämte ordförande justera dagens protokoll.\n")
    assert parse_text(text, source="x.txt").chair is None
