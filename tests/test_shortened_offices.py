"""The offices shortened as associations write them: "Ordf.:" as a header label, "Anna Berg, sekr." / "Per Holm,
ordf." as the signature lines (issue 10). The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

ITEMS = ("§ 1 Mötets öppnande\nMötet öppnades.\n§ 2 Dagordning\nDagordningen godkändes.\n§ 3 Stugan\n"
         "Taket läggs om i augusti.\n§ 4 Avslutning\nMötet avslutades.\n\n")


def test_the_shortened_chair_label_with_its_colon_names_the_chair():
    text = ("Styrelsemöte i Hembygdsföreningen Åsen den 3 juni 2024\nOrdf.: Per Holm\nSekr.: Anna Berg\n"
            "Närvarande: Per Holm, Anna Berg, Olof Ek\n\n" + ITEMS)
    rec = parse_text(text, source="x.txt")
    assert (rec.chair, rec.secretary) == ("Per Holm", "Anna Berg")


@pytest.mark.parametrize("signed", ["Anna Berg, sekr.\nPer Holm, ordf.\n",
                                    "Vid protokollet\n\nJusteras\n\nAnna Berg, sekr.\nPer Holm, ordf.\n"])
def test_signature_lines_with_shortened_offices(signed):
    text = ("Styrelsemöte i Hembygdsföreningen Åsen den 3 juni 2024\nNärvarande: Per Holm, Anna Berg, Olof Ek\n\n"
            + ITEMS + signed)
    rec = parse_text(text, source="x.txt")
    assert (rec.chair, rec.secretary) == ("Per Holm", "Anna Berg")
