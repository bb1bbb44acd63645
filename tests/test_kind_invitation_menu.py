"""The kind of a meeting document copied from a web page (issue 10, h69): a site's navigation menu above the
document names no kind ("Hem   Om oss   Protokoll   Kontakt"), and a page that invites to a coming meeting
("Följande ärenden ska behandlas", "Välkommen till föreningens vårmöte") without any title word is an agenda,
unless it records the meeting as held. Every fixture is written for the test (invented names and places)."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.sitemenu import menu_line, menu_lines

BLOG_AGENDA = """{menu}
Publicerat 3 februari 2027 av Styrelsen

Dagordning för styrelsemöte 14 mars 2027

1. Mötets öppnande
2. Val av justerare
3. Budget för sommarlägret
Förslag till beslut: att styrelsen godkänner budgeten.
4. Nya medlemmar
Förslag till beslut: att anta de sökande som medlemmar.
5. Övriga frågor

Lämna en kommentar
"""

MENUS = ["Hem   Om föreningen   Protokoll   Kontakt", "Startsida | Nyheter | Protokoll | Kontakt",
         "Hem · Kalender · Protokoll och kallelser · Bli medlem", "Hem\nOm oss\nProtokoll\nKontakt"]


@pytest.mark.parametrize("menu", MENUS)
def test_menu_kind_word_does_not_make_an_agenda_a_protocol(menu):
    record = parse_text(BLOG_AGENDA.format(menu=menu), "blogg.txt")
    assert record.kind == "agenda"
    assert [i.proposed_decision for i in record.items if i.proposed_decision] == [
        "att styrelsen godkänner budgeten.", "att anta de sökande som medlemmar."]


@pytest.mark.parametrize("line", ["Kommunstyrelsen    Protokoll    2026-03-02", "Sammanträdesprotokoll      1 (12)",
                                  "Protokoll   Socialnämnden   Sammanträdesdatum", "Hem för äldre   Protokoll   Kontakt 12"])
def test_a_layout_line_is_no_menu(line):
    assert not menu_line(line)


def test_menu_words_one_to_a_line():
    assert menu_lines(["Hem", "Om oss", "Protokoll", "Kontakt", "", "Protokoll styrelsemöte 2026-05-03"]) == {0, 1, 2, 3}


def test_a_header_label_beside_the_kind_is_no_menu():
    assert menu_lines(["Protokoll", "Start", "kl 18.00", "Plats", "Kommunhuset"]) == set()


def test_a_protocol_under_a_menu_stays_a_protocol():
    text = """Hem | Nyheter | Protokoll | Kontakt

Protokoll från styrelsemöte 2026-05-03

1. Mötets öppnande
2. Budget
Styrelsen beslutade att godkänna budgeten.
"""
    assert parse_text(text, "p.txt").kind == "protocol"


INVITATION = """{opening}

1. Mötets öppnande
2. Val av mötesordförande och sekreterare
3. Val av två justerare
4. Verksamhetsplan för nästa år
5. Motioner
6. Mötets avslutande
"""

OPENINGS = ["Välkommen till föreningens vårmöte den 22 maj 2026 kl 18.30 i Folkets hus.\n\n"
            "Följande ärenden ska behandlas:",
            "Medlemmarna i Tallbackens samfällighet kallas härmed till extra stämma den 3 juni 2026.",
            "Årets möte kommer att hållas digitalt. Anmäl dig senast den 1 april 2026.",
            "Välkomna till årsmöte i Norrviks hembygdsförening söndag 8 mars 2026!"]


@pytest.mark.parametrize("opening", OPENINGS)
def test_an_untitled_invitation_is_an_agenda(opening):
    assert parse_text(INVITATION.format(opening=opening), "inbjudan.txt").kind == "agenda"


HELD = ["Ordföranden hälsade alla välkomna till mötet.\n\nFöljande ärenden ska behandlas:",
        "Välkommen till föreningens vårmöte.\nNärvarande: Anna Berg, Per Holm, Eva Lund",
        "Nästa möte kommer att hållas den 4 maj.",
        "Välkomna till dagens möte."]


@pytest.mark.parametrize("opening", HELD)
def test_a_held_meeting_or_a_greeting_is_no_invitation(opening):
    assert parse_text(INVITATION.format(opening=opening), "anteckningar.txt").kind != "agenda"


POST = """Styrelsemöte 14 mars 2027
{posted} av Anna Berg

1. Mötets öppnande
2. Ekonomisk rapport
3. Ny hemsida
4. Sommarfesten
5. Mötets avslutande
"""


@pytest.mark.parametrize("posted", ["Publicerat 1 mars 2027", "Publicerad: 2027-03-01", "Postat den 28 februari 2027"])
def test_a_post_published_before_its_meeting_is_an_agenda(posted):
    assert parse_text(POST.format(posted=posted), "inlagg.txt").kind == "agenda"


@pytest.mark.parametrize("posted", ["Publicerat 20 mars 2027", "Publicerat 14 mars 2027"])
def test_a_post_published_after_its_meeting_is_not(posted):
    assert parse_text(POST.format(posted=posted), "inlagg.txt").kind != "agenda"


def test_a_post_before_its_meeting_that_records_it_held_is_not():
    text = POST.format(posted="Publicerat 1 mars 2027").replace("2. Ekonomisk rapport", "2. Ekonomisk rapport\n"
                                                                 "Kassören informerade om läget.")
    assert parse_text(text, "inlagg.txt").kind != "agenda"
