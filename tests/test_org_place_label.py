"""A municipality named after a place label on a flattened line is where the meeting is held, not who meets."""

from protokoll.parse import parse_text

FLAT = ("Minnesanteckningar från styrgruppen för kustturism Lokal: Sessionssalen, Ydre kommun "
        "Datum: 2025-03-12 Närvarande: Anna Berg, Karin Ek 1. Mötets öppnande Anna Berg öppnade mötet.")


def test_host_municipality_after_a_place_label_is_not_the_organisation():
    rec = parse_text(FLAT, source="flat.txt")
    assert rec.organization != "Ydre kommun"


def test_a_municipality_in_a_title_line_without_a_place_label_is_still_read():
    rec = parse_text("Ydre kommun Protokoll Kommunstyrelsen Datum: 2025-03-12\n\n1. Mötets öppnande\n",
                     source="ks.txt")
    assert rec.organization == "Ydre kommun"
