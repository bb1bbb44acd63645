"""Header values a signature box, a second dated label or a flattened label row give to the wrong field (issue 10,
session 31, from the K set's wrong values). Invented text only."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.body import read_body
from protokoll.parse.lines import split_lines
from protokoll.parse.roleholder import role_holder
from protokoll.parse.whenwhere import place

#: two items after a test header, so that the text reads as a whole protocol
ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"


def test_a_role_opening_the_next_line_takes_the_names_after_it():
    # the secretary's label, then the box's next roles each on its own line: their names are theirs
    value = "Paragrafer = Eva Lind; Ordförande = Per Holm (S); Justerare = Karin Ek (S) Olof Berg (C) BEVIS"
    assert role_holder(value, "other") is None
    assert role_holder("Eva Lind; Ordförande Per Holm", "other").name == "Eva Lind"


def test_a_signature_box_with_its_roles_on_lines_gives_no_adjuster_as_secretary():
    text = ("PROTOKOLL\nKommunfullmäktige\nPlats och tid Rådhuset, Norrby, kl. 13:00-16:00\n"
            "Beslutande Enligt separat närvaroförteckning\nSekreterare\nParagrafer = Eva Lind\n"
            "Ordförande = Per Holm (S)\nJusterare = Karin Ek (S) Olof Berg (C) BEVIS Justeringen har tillkännagivits "
            "genom anslag\n" + ITEMS)
    assert parse_text(text, "x.txt").secretary != "Olof Berg"


def test_a_time_written_beside_another_day_is_not_the_meetings_start():
    # the meeting's hours lost, the justering's label flattened after its value: its hour is the justering's
    text = ("PROTOKOLL\nSocialnämnden\nPlats och tid Rådhuset, tisdagen den 4 mars 2025, klockan\n"
            "Beslutande Anna Berg (S) ordf Per Holm (M)\nUtses att justera Per Holm\n"
            "Plats och tid Rådhuset, fredagen den 7 mars 2025, klockan 9.00 för justering\n" + ITEMS)
    rec = parse_text(text, "x.txt")
    assert (rec.date, rec.start) == ("2025-03-04", None)


def test_the_meetings_hours_beside_its_day_are_read():
    text = ("PROTOKOLL\nSocialnämnden\nPlats och tid Rådhuset, tisdagen den 4 mars 2025, klockan 13.00-15.30\n"
            "Beslutande Anna Berg (S) ordf Per Holm (M)\nUtses att justera Per Holm\n" + ITEMS)
    rec = parse_text(text, "x.txt")
    assert (rec.date, rec.start, rec.end) == ("2025-03-04", "13:00", "15:30")


def test_a_label_opening_a_place_value_is_no_place():
    # a box's labels set in a row, their values after them: "Omfattning" is the paragraphs' label, not a venue
    assert place("Omfattning ande Ledamöter Tjänstgörande ersättare") is None
    assert place("Förbundskontoret, Storgatan 4 Omfattning §§ 1-12") == "Förbundskontoret, Storgatan 4"
    text = ("NORRDALS GYMNASIEFÖRBUND SAMMANTRÄDESPROTOKOLL Plats och tid Omfattning ande Ledamöter Ersättare "
            "Anna Berg (S), Per Holm (M)\n" + ITEMS)
    assert parse_text(text, "x.txt").place is None


def test_another_bodys_chair_among_those_present_does_not_replace_the_signing_chair():
    # the auditors come with their own chair; the protocol's chair signs as "Ordförande"
    text = ("1 Kommunstyrelsen Plats och tid Rådhuset, Norrby kl 8:30 16:15 Beslutande Övriga deltagare "
            "Per Ek, kommunchef 12: Kommunens revisorer: Olle Strand, ordförande (S), Kim Sjö (M) "
            "Eva Lind, sekreterare Karin Ek (M) Underskrifter Sekreterare Paragrafer Ordförande Justerande "
            "Eva Lind Anna Berg (C) Karin Ek (M) ANSLAG/BEVIS Protokollet är justerat.\n"
            "Ordförande Anna Berg (C)\n" + ITEMS)
    assert parse_text(text, "x.txt").chair == "Anna Berg"


def test_a_group_named_for_a_project_is_not_cut_to_its_group_word():
    # "Styrgrupp för <a project's name>": the name runs into the title's words, where it ends is not known
    text = ("Styrgrupp för Projekt Ekdalen Besöksnäring i Norrbygden Minnesanteckningar från möte Närvarande: "
            "Anna Berg, Per Holm, Eva Lind. Anna lämnar en lägesrapport om projektet.\n")
    assert parse_text(text, "x.txt").body != "Styrgruppen"
    assert read_body(split_lines("Styrgrupp för Projekt Ekdalen Minnesanteckningar")) is None


def test_a_group_meeting_for_a_purpose_in_lower_case_keeps_its_group():
    assert read_body(split_lines("Minnesanteckningar från styrgruppsmöte för det regionala nätverket")) \
        == "Styrgruppen"
    assert read_body(split_lines("Protokoll Arbetsgruppen för skolsamverkan 2025-03-04")) \
        == "Arbetsgruppen för skolsamverkan"
