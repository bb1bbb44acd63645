"""Organisation names that begin with their type word ("Kommunalförbundet X") are read from a title line."""

import pytest

from protokoll.parse import parse_text
from protokoll.repair import repair_text


@pytest.mark.parametrize("title, organisation", [
    ("Kommunalförbundet Västkusten", "Kommunalförbundet Västkusten"),
    ("Samordningsförbundet Östra Dalarna", "Samordningsförbundet Östra Dalarna"),
    ("Regionförbundet i Sjölands län", "Regionförbundet i Sjölands län"),
    ("Kommunförbundet Norrvik Förbundsstyrelsen", "Kommunförbundet Norrvik"),
    ("KOMMUNALFÖRBUNDET SYDKUSTEN", "Kommunalförbundet Sydkusten"),
])
def test_type_word_first(title, organisation):
    text = f"{title}\nProtokoll\nDatum: 2025-05-06\n1. Val av justerare\nBeslut: Anna Berg utses.\n"
    assert parse_text(text, source="x.txt").organization == organisation


def test_a_party_code_is_never_the_organisation():
    # a member's party standing where the secretary's employer would: no organisation named, so none
    text = ("PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2019-09-26\nPlats och tid Kommunhuset kl. 13.00-16.00\n"
            "Beslutande Karin Lund (S), ordförande, Per Holm (M), Lisa Ek (C)\n"
            "Ersättare Ove Berg (V) §§ 4-5, Bo Strand (SD) ej §§ 1-3, sekreterare Eva Ek, förvaltningschef Jan Sten\n"
            "Utses att justera Per Holm\n\n§ 1 Ekonomisk uppföljning\nNämnden beslutar att godkänna uppföljningen.\n")
    record = parse_text(repair_text(text)[0], source="t.txt").to_dict()
    assert record["organization"] is None
