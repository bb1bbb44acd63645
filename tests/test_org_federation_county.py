"""A federation's full name with its county: "Kommunalförbundet X i Norrbys län" (parse/orgowners.py).

All documents here are invented for the tests.
"""

from protokoll.parse.orgowners import federation_owner


def test_the_federations_name_keeps_its_county():
    text = ("Protokoll för förbundsdirektionens sammanträde\nJustering har tillkännagivits på Kommunalförbundet "
            "Vattenvården i Jämtlands läns anslagstavla.\nKommunalförbundet Vattenvården i Jämtlands län Box 12\n")
    assert federation_owner("Förbundsdirektionen", text) == (
        "Kommunalförbundet Vattenvården i Jämtlands län", "meta.organization.federation_named")
