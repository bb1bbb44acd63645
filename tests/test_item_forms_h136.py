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
