"""The chair written with the office in the definite form before the name ("Ordföranden Anna Berg (S)") in a list
of those present by office or a signature label (parse/definitechair.py); not another office ("Vice ordföranden"),
not two people so written, not where the meeting elects its own chair. The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.definitechair import definite_chair

PRESENT = """Sammanträde 2021-03-04
Norrby Hamn AB

Justeras:
Karin Sjögren Olle Bergström

Närvarande:

Ordföranden Karin Sjögren (m)

Vice ordföranden Olle Bergström (s)

Ledamöterna
Tina Falk (v)
Ulla Borg (c)

§ 1 Fastställande av dagordning
Dagordningen fastställdes.
"""

SIGNED = ("PROTOKOLL 1 (8) Sammanträdesplats Salen, Norrby Beslutande Enligt närvarolista Paragrafer Underskrifter "
          "Sekreterare Ulla Borg Ordföranden Karin Sjögren (S) Tina Falk (M) BEVIS OM ANSLAG Justering har "
          "tillkännagivits genom anslag. Myndighet Arbetsutskottet\n\n§ 1 Fastställande av ärendelistan\n"
          "Ärendelistan fastställs.\n")


def test_the_chair_in_a_list_of_those_present_by_office():
    assert parse_text(PRESENT, "a.txt").chair == "Karin Sjögren"


def test_the_chair_in_a_signature_label():
    rec = parse_text(SIGNED, "b.txt")
    assert (rec.chair, rec.secretary) == ("Karin Sjögren", "Ulla Borg")


def test_the_vice_chair_is_another_office():
    assert definite_chair("Närvarande: Vice ordföranden Olle Bergström (s), Ledamöterna Tina Falk (v)") is None


def test_two_people_so_written_name_none():
    assert definite_chair("Ordföranden Karin Sjögren öppnar mötet. Ordföranden Olle Bergström tackar.") is None


def test_a_meeting_that_elects_its_chair_is_not_read():
    text = "Ordföranden Karin Sjögren öppnade årsmötet.\n2. Val av mötesordförande\nTina Falk valdes."
    assert definite_chair(text) is None
