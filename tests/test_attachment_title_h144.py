"""An attachment's number at the end of an agenda heading written "bil N" without a dot ("Taxor 2025, bil 2"): the
title keeps no "bil" (main read the number as a contents page and left ", bil" on the title). Texts written here."""

from conftest import record_of

AGENDA = """KALLELSE
Tekniska nämnden, Åsby kommun
Tid: måndagen den 4 mars 2024 kl. 14.00
Plats: Stadshuset

1. Val av justerare
2. Taxor för vatten och avlopp 2025{tail}
3. Övriga frågor
"""


def _item(tmp_path, tail: str):
    rec = record_of(tmp_path, "kallelse.txt", AGENDA.format(tail=tail))
    return next(i for i in rec.items if i.number == "2")


def test_the_attachment_number_after_bil_is_no_page_number(tmp_path):
    for tail, number in ((", bil 2", "2"), (" bil 4", "4"), (", bil 12", "12"), (", bilagor 3", "3")):
        item = _item(tmp_path, tail)
        assert (item.title, item.attachments) == ("Taxor för vatten och avlopp 2025", [f"bilaga {number}"]), tail


def test_a_contents_page_number_after_a_word_is_still_dropped(tmp_path):
    item = _item(tmp_path, " sidan 7")
    assert item.attachments == []
