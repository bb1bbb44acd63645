"""A meeting held at someone's home ("... kl 18.00 hos Per Lund") names the host as its place: the host's name is
not a next column's person to cut off (which left the bare "hos"). Every text here is invented for these tests."""

from protokoll.parse import parse_text
from protokoll.parse.placetrim import trim_place

MINUTES = """Protokoll fört vid styrelsemöte med Norrby vägförening tisdagen den 12 mars 2019 kl 18.30 hos Per Lund

Närvarande: Per Lund, Eva Strand, Olle Sand

1 Mötet öppnas
Ordförande Eva Strand hälsar alla välkomna.
2 Val av justerare
Olle Sand valdes.
"""


def test_the_host_after_hos_stays_in_the_place():
    assert trim_place("hos Per Lund") == "hos Per Lund"
    assert trim_place("Stadshuset, Norrby Anna Berg") == "Stadshuset, Norrby"


def test_a_meeting_at_a_home_has_no_bare_preposition_for_place():
    assert parse_text(MINUTES, source="x.txt").place != "hos"
