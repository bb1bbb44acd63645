"""Signature blocks in columns, the officers side by side: a row of names over a row of roles (or under it), each
column "Name, role", or the office in parentheses; a row with a column missing is not paired (issue 10). The
documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

HEAD = ("Protokoll fört vid styrelsemöte i Föreningen Ängsbacken den 2 maj 2024\nPlats: Föreningslokalen\n"
        "Närvarande: Karl Holm, Eva Strand, Olof Ek, Lisa Berg\n\n§ 1 Mötets öppnande\nMötet öppnades.\n"
        "§ 2 Dagordning\nDagordningen godkändes.\n§ 3 Ekonomi\nKassören rapporterade.\n§ 4 Avslutning\n"
        "Mötet avslutades.\n\n")


@pytest.mark.parametrize("block", [
    "Lisa Berg                Karl Holm                 Olof Ek\nSekreterare              Ordförande                Justerare\n",
    "Sekreterare              Ordförande                Justerare\nLisa Berg                Karl Holm                 Olof Ek\n",
    "Vid protokollet:\n\nLisa Berg\n\nJusteras:\n\nKarl Holm, ordförande          Olof Ek, justerare\n",
    "Vid protokollet\t\tJusteras\nLisa Berg\t\tKarl Holm (ordf.)\t\tOlof Ek\n",
])
def test_the_officers_signing_side_by_side(block):
    rec = parse_text(HEAD + block, source="x.txt")
    assert rec.chair == "Karl Holm"


def test_names_and_roles_in_columns_pair_by_their_order():
    block = "Lisa Berg                Karl Holm\nSekreterare              Ordförande\n"
    rec = parse_text(HEAD + block, source="x.txt")
    assert (rec.chair, rec.secretary) == ("Karl Holm", "Lisa Berg")


def test_a_row_with_a_column_missing_is_not_paired():
    # two names under three roles: which role each signed is unknown
    block = "Sekreterare              Ordförande                Justerare\nKarl Holm                Olof Ek\n"
    rec = parse_text(HEAD + block, source="x.txt")
    assert rec.chair != "Olof Ek" and rec.secretary != "Karl Holm"
