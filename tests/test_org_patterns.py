"""Organisation names that begin with their type word ("Kommunalförbundet X") are read from a title line."""

import pytest

from protokoll.parse import parse_text


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
