""""Mötet öppnades av ordförande, Anna Berg ..." (the name in apposition after a comma) and the present tense
"Mötet öppnas av ordförande Anna Berg" name who chaired, as "Mötet öppnades av ordförande Anna Berg" does
(issue 10). The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar\nNätverket för skolbibliotek\n2024-10-03\nNärvarande: Karin Ek, Ulla Strand, "
        "Per Sandberg\n\n1 Mötets öppnande\n")


@pytest.mark.parametrize("sentence", [
    "Mötet öppnades av ordförande, Ulla Strand som hälsade välkommen.",
    "Mötet öppnas av ordförande Ulla Strand.",
])
def test_the_opener_named_after_the_office_chaired(sentence):
    rec = parse_text(HEAD + sentence + "\n2 Rapporter\nInga rapporter.\n", source="x.txt")
    assert rec.chair == "Ulla Strand"
