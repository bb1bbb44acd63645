"""A list's organisation column read after its name column, one cell a line (issue 10, h222). The documents are
written for these tests, in the form a network's minutes take when their table is read column by column."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.orgcolumn import org_column

NOTES = """MINNESANTECKNINGAR
Arbetsgruppen för Tallåns vattenvård
Närvarande:
Sigrid Almqvist
Bo Ternström
Hedvig Lundmark
Ivar Sjögren
Norrby kommun
Tallby kommun
Länsstyrelsen
Tallåns fiskevårdsförening
Plats: Kommunhuset, Norrby
Tid: 2024-04-16 kl 9.00-11.00

1. Dagordningen
Dagordningen godkändes.
"""


def test_each_name_takes_the_organisation_in_its_row():
    rec = parse_text(NOTES, "n.txt")
    assert [(a.name, a.affiliation) for a in rec.attendees] == [
        ("Sigrid Almqvist", "Norrby kommun"), ("Bo Ternström", "Tallby kommun"), ("Hedvig Lundmark", "Länsstyrelsen"),
        ("Ivar Sjögren", "Tallåns fiskevårdsförening")]


def test_the_columns_must_be_as_long_and_hold_organisations():
    names = "Sigrid Almqvist; Bo Ternström; Hedvig Lundmark"
    assert org_column(f"{names}; Norrby kommun; Tallby kommun; Region Norr; Sekreterare: Ivar Sjögren") == (
        "Sigrid Almqvist, Norrby kommun; Bo Ternström, Tallby kommun; Hedvig Lundmark, Region Norr; "
        "Sekreterare: Ivar Sjögren")
    assert org_column(f"{names}; Norrby kommun; Tallby kommun") == f"{names}; Norrby kommun; Tallby kommun"
    long = f"{names}; Norrby kommun; Tallby kommun; Region Norr; Länsstyrelsen"
    assert org_column(long) == long  # four organisations for three names: no such table
    titles = f"{names}; Ekonomichef; Kommundirektör; Nämndsekreterare"
    assert org_column(titles) == titles  # a column of job titles is no one's organisation
    short = "Sigrid Almqvist; Bo Ternström; Norrby kommun; Tallby kommun"
    assert org_column(short) == short  # two rows
