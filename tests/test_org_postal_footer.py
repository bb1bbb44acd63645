"""The organisation a protocol's page footer names with its postal box ("Norrby kommun Box 801"), for a page whose
body is not named (parse/orgfooter.py). The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.orgfooter import postal_footer

PAGE = """Sid 1 (14) Sammanträdesprotokoll
Plats och tid Lindgården, kl Paragraf Närvarande Se sidan 2
Justeringens plats och tid Kulturhuset,
Sekreterare Maja Ek Ordförande Karin Sjögren (S) Olle Berg (M)
Anslag/Bevis Protokollet är justerat. Justeringen har offentliggjorts genom anslag.
Organ Sammanträdesdatum Anslag sätts upp Anslag tas ned Förvaringsplats för protokollet Kulturhuset
Underskrift Maja Ek Sundsvalls kommun Box 112 Växel

Sid 2 (14) Ledamöter Karin Sjögren (S) ordf Olle Berg (M)
"""


def test_the_footers_municipality_is_the_organisation():
    assert postal_footer("Underskrift Maja Ek Sundsvalls kommun Box 112 Växel") == "Sundsvalls kommun"
    assert parse_text(PAGE, "a.txt").organization == "Sundsvalls kommun"


def test_another_organisations_address_care_of_a_municipality_is_not_read():
    assert postal_footer("Samordningsförbundet c/o Sundsvalls kommun, Box 112") is None


def test_two_municipalities_postal_boxes_leave_it_open():
    assert postal_footer("Sundsvalls kommun Box 112 ... Timrå kommun Box 4") is None
