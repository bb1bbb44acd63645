"""Items the reader missed in minutes and protocols it had not seen (issue 10, h136). The documents are written
for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

CAPITALS_UNDER_AGENDA = """Minnesanteckningar nätverket för kulturskolor 2024-09-03
Närvarande: Ulla Grip, Tor Vik, Maj Lund

Dagordning
INLEDNING OCH PRESENTATION
Ulla Grip hälsade alla välkomna och deltagarna presenterade sig.
ERFARENHETER AV AVGIFTSFRI UNDERVISNING
Tor Vik berättade om försöket i sin kommun.
GEMENSAM KONSERT
Nätverket beslutade att ordna en gemensam konsert i maj.
NÄSTA MÖTE
Nästa möte hålls den 5 november.
"""


def test_a_heading_in_capitals_right_under_the_agenda_label_is_the_first_item():
    items = parse_text(CAPITALS_UNDER_AGENDA, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        (None, "INLEDNING OCH PRESENTATION"), (None, "ERFARENHETER AV AVGIFTSFRI UNDERVISNING"),
        (None, "GEMENSAM KONSERT"), (None, "NÄSTA MÖTE")]


def test_a_line_of_capitals_under_a_running_text_line_stays_text():
    text = CAPITALS_UNDER_AGENDA.replace("Dagordning\n", "Vi gick igenom följande och noterade att\n")
    titles = [it.title for it in parse_text(text, "x.txt").items]
    assert "INLEDNING OCH PRESENTATION" not in titles


LETTERED_PACKED = """Protokoll styrelsen för Fiberföreningen Bäckby 2024-10-01
Närvarande: Rut Alm (ordförande), Stig Bo, Ida Falk (sekreterare)
1. Mötets öppnande
Ordföranden öppnade mötet.
2. Val av justerare
Stig Bo valdes att justera protokollet.
3. Nätet
3 a) Anslutning av nya fastigheter
Beslut: Styrelsen godkänner fyra nya anslutningar.
3 b) Underhåll av noden
Beslut: Ida Falk beställer en översyn.
4. Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_lettered_sub_points_packed_without_blank_lines_are_items_of_their_own():
    items = parse_text(LETTERED_PACKED, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Nätet"),
        ("3 a", "Anslutning av nya fastigheter"), ("3 b", "Underhåll av noden"), ("4", "Mötets avslutande")]
    assert items[3].decisions and "anslutningar" in items[3].decisions[0]


def test_a_single_lettered_line_or_letters_out_of_order_stay_text():
    one = LETTERED_PACKED.replace("3 b) Underhåll av noden\n", "Underhåll av noden diskuterades.\n")
    assert [it.number for it in parse_text(one, "x.txt").items] == ["1", "2", "3", "4"]
    skipped = LETTERED_PACKED.replace("3 b)", "3 d)")
    assert [it.number for it in parse_text(skipped, "x.txt").items] == ["1", "2", "3", "4"]
