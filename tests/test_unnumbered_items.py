"""parse.unnumbered: item headings whose numbers a copy lost are found by the labels under them."""

from protokoll.parse import parse_text

MINUTES = """Minnesanteckningar
Kulturrådet, 2023-02-09

Närvarande: Olle Sandberg, Karin Lövgren

Föregående anteckningar
Beslut: Anteckningarna lades till handlingarna.

Verksamhetsplan för nästa år
Föredragande: Karin Lövgren
Rådet diskuterade förslaget.
Beslut: Verksamhetsplanen godkändes.

Övriga frågor
Inga övriga frågor.
"""


def test_title_lines_followed_by_an_items_labels_are_items_without_numbers():
    rec = parse_text(MINUTES, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        (None, "Föregående anteckningar"), (None, "Verksamhetsplan för nästa år")]
    assert rec.items[1].presenters == ["Karin Lövgren"]
    assert rec.items[1].decisions == ["Verksamhetsplanen godkändes."]


def test_one_such_line_alone_is_no_item_list():
    text = "Minnesanteckningar\n\nVerksamhetsplan\nBeslut: Planen godkändes.\n"
    assert parse_text(text, "t.txt").items == []


def test_numbered_headings_are_read_as_before():
    text = MINUTES.replace("Föregående anteckningar", "1. Föregående anteckningar").replace(
        "Verksamhetsplan för", "2. Verksamhetsplan för").replace("Övriga frågor\n", "3. Övriga frågor\n")
    rec = parse_text(text, "t.txt")
    assert [i.number for i in rec.items] == ["1", "2", "3"]
