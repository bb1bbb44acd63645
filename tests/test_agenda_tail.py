"""A council's meeting page (text invented here) that numbers its formal points and lists the rest of the agenda
as plain one-line paragraphs: those are the list's last items, a section heading over them is none, and a
"-" under a point says it has nothing to report."""

from __future__ import annotations

from protokoll.parse import parse_text

PAGE = """Kommunfullmäktige 12 mars 2031

Kallelse och handlingar publiceras några dagar före sammanträdet.

Ärenden

  1. Öppnande
  2. Upprop
  3. Val av protokolljusterare
  4. Frågor

Information om bredbandsutbyggnaden
Föredragande: Mira Holm

Anmälningsärenden

Motioner

-

Revisionens granskning av ekonomistyrningen

Övrigt
"""


def test_the_one_line_paragraphs_after_the_numbered_list_are_its_last_items():
    items = parse_text(PAGE, source="sida.html").items
    assert [i.title for i in items][-3:] == ["Motioner", "Revisionens granskning av ekonomistyrningen", "Övrigt"]
    assert [i.number for i in items][-3:] == [None, None, None]
    assert "Anmälningsärenden" not in [i.title for i in items]


def test_a_signature_after_the_list_adds_no_item():
    minutes = PAGE.split("Anmälningsärenden")[0] + "Vid protokollet\n\nMira Holm\n\nJusteras:\n\nOla Berg\n"
    titles = [i.title for i in parse_text(minutes, source="sida.html").items]
    assert "Mira Holm" not in titles and "Vid protokollet" not in titles


def test_without_a_list_label_the_paragraphs_stay_text():
    unlabelled = PAGE.replace("Ärenden\n", "")
    titles = [i.title for i in parse_text(unlabelled, source="sida.html").items]
    assert "Övrigt" not in titles
