"""A meeting page that lists the points not yet recorded as the agenda numbers them ("4 Val av revisorer.") and goes
on with the recorded ones as the protocol's paragraphs ("§5 Frågestund"): the paragraphs are items too, and their
decisions are theirs, not the list's last point's (main read only the list). Texts written here."""

from conftest import record_of

PAGE = """Din position: Hem > Norrvik kommun > Kommunfullmäktige > Sammanträde 2013-05-06

Sammanträde 2013-05-06

Datum
Klockan
18:30
Plats
Medborgarhuset

1 Ordföranden hälsar välkommen.

2 Val av justerare.

3 Taxa för hamnplatser.

4 Svar på motion om gatubelysning.

{paragraphs}"""

RECORDED = """§5 Allmänhetens frågestund

Kommunstyrelsens ordförande svarar på en fråga om skolskjutsar.

§6 Anmälan av motioner

Beslut

Motionerna överlämnas till kommunstyrelsen för beredning.

§7 Taxa för hamnplatser

Beslut

Kommunfullmäktige antar taxan.
"""


def _items(tmp_path, paragraphs: str):
    rec = record_of(tmp_path, "sida.txt", PAGE.format(paragraphs=paragraphs))
    return [(i.number, i.title, i.decisions) for i in rec.items]


def test_paragraphs_numbered_on_from_the_list_are_its_next_items(tmp_path):
    assert _items(tmp_path, RECORDED) == [
        ("1", "Ordföranden hälsar välkommen", []), ("2", "Val av justerare", []), ("3", "Taxa för hamnplatser", []),
        ("4", "Svar på motion om gatubelysning", []), ("5", "Allmänhetens frågestund", []),
        ("6", "Anmälan av motioner", ["Motionerna överlämnas till kommunstyrelsen för beredning."]),
        ("7", "Taxa för hamnplatser", ["Kommunfullmäktige antar taxan."])]


def test_paragraphs_that_do_not_go_on_from_the_list_are_not_added(tmp_path):
    items = _items(tmp_path, RECORDED.replace("§5 ", "§25 ").replace("§6 ", "§26 ").replace("§7 ", "§27 "))
    assert [n for n, _, _ in items] == ["1", "2", "3", "4"]
