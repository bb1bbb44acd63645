"""A "Föredragande" value naming several people, each with a title of its own before the name ("Utbildningschef
Lars Nord och kvalitetsstrateg Mia Sjö"): every one of them presents, the titles left out. Main read only the last.

The kallelse is written for these tests (a made-up nämnd, invented names).
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.presenterrun import value_people

KALLELSE = """Kallelse
Gymnasienämnden
Tid: 2024-11-20 kl 14.00
Plats: Kunskapshuset

1. Val av justerare
2. Kvalitetsrapport
Föredragande: {value}
3. Övriga frågor
"""


@pytest.mark.parametrize("value", ["Utbildningschef Lars Nord och kvalitetsstrateg Mia Sjö",
                                   "Utbildningschef Lars Nord, Kvalitetsstrateg Mia Sjö",
                                   "Ekonomichef Lars Nord samt controller Mia Sjö"])
def test_each_titled_person_presents(value):
    item = parse_text(KALLELSE.format(value=value), "kallelse.txt").items[1]
    assert item.presenters == ["Lars Nord", "Mia Sjö"]


def test_one_person_or_a_group_stays_as_it_was():
    assert value_people("Förvaltningschef Lars Nord") == ["Lars Nord"]
    assert value_people("Kommunchef Lars Nord och Ekonomiavdelningen") == ["Lars Nord"]
    assert value_people("Lars Nord, utbildningschef och Mia Sjö, kvalitetsstrateg") == ["Lars Nord", "Mia Sjö"]
