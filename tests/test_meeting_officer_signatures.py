"""A meeting's own officers signing as such: "Mötessekreterare" / "Mötesordförande" in the signature block, the
role above the name or under it (issue 10). The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

HEAD = ("Protokoll fört vid medlemsmöte i Båtklubben Sjövik den 14 april 2024\nPlats: Klubbstugan\n"
        "Närvarande: Karl Holm, Eva Strand, Olof Ek, Lisa Berg\n\n§ 1 Mötets öppnande\nMötet öppnades.\n"
        "§ 2 Dagordning\nDagordningen godkändes.\n§ 3 Bryggan\nBryggan repareras i maj.\n§ 4 Avslutning\n"
        "Mötet avslutades.\n\n")


@pytest.mark.parametrize("block", [
    "Mötessekreterare\nLisa Berg\nMötesordförande\nKarl Holm\nJusterare\nOlof Ek\n",  # the role above the name
    "Lisa Berg\nMötessekreterare\nKarl Holm\nMötesordförande\n",  # the name above its role
    "Mötesordförande\nKarl Holm\nMötessekreterare\nLisa Berg\n",
])
def test_the_meetings_secretary_and_chair_sign_as_such(block):
    rec = parse_text(HEAD + block, source="x.txt")
    assert (rec.chair, rec.secretary) == ("Karl Holm", "Lisa Berg")
