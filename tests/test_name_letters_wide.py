"""Names are written with letters beyond Swedish a–ö: the names of Swedes of Balkan, Turkish, Polish or Czech
origin carry č, ć, š, ž, đ, ł, ş, ğ, ř, ... and are read as names wherever a name is: a presenter in brackets
after an agenda item's title, a name in a list of those present.

The documents are written for these tests (made-up names and bodies).
"""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.persons import NAME

AGENDA = """KALLELSE

Socialnämnden
Sammanträde onsdagen den 6 november 2024 kl. 13.00
Plats: Björken, kommunhuset

Föredragningslista

1. Val av justerare

2. Delårsrapport för socialnämnden (Amra Kovačević)

3. Riktlinjer för försörjningsstöd (Jasmina Petrović)

4. Övriga frågor
"""


def test_a_presenters_name_with_letters_beyond_swedish_is_read():
    items = {it.number: it for it in parse_text(AGENDA, "kallelse.txt").items}
    assert items["2"].title == "Delårsrapport för socialnämnden"
    assert items["2"].presenters == ["Amra Kovačević"]
    assert items["3"].presenters == ["Jasmina Petrović"]


def test_the_name_pattern_takes_such_letters_and_no_lower_case_start():
    assert NAME.fullmatch("Emir Şahin")
    assert NAME.fullmatch("Tomáš Dvořák")
    assert NAME.fullmatch("Dženana Hadžić")
    assert not NAME.fullmatch("emir Şahin")
