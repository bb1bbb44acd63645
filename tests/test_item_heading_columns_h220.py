"""Item headings that a protocol's signature block and contents list only look like (texts invented here): the
signature block's column of paragraph numbers ("Paragrafer" / "§ 12" / "§ 13" / "§ 14", one a line, over the
signature lines) numbers no item (a protocol's extract gives one paragraph's text under the block that lists them
all), and a contents list's last entry keeps no signature line run on after its page ("... 6 ________")."""

from __future__ import annotations

from protokoll.parse import parse_text

SIGNED = """SAMMANTRÄDESPROTOKOLL
Direktionen
2031-03-12

Plats och tid:
Brandstationen i Norrby
Kl 09.00 – 11.00
Närvarande:
Lena Ek (S), ordförande
Ove Lund (M)
Utses att justera:
Ove Lund
Underskrifter:
Paragrafer
§12
§13
§14
___________________________
Lena Ek/ordförande

§12
Budgetuppföljning

Direktionen beslutar att lägga uppföljningen till handlingarna.
"""


def test_a_column_of_bare_paragraph_numbers_numbers_no_item():
    items = parse_text(SIGNED, source="protokoll.txt").items
    assert [(i.number, i.title) for i in items] == [("12", "Budgetuppföljning")]


CONTENTS = """Regionstyrelsen
Sammanträdesprotokoll

Ärendeförteckning

§ 1 Val av justerare ... 3

§ 2 Godkännande av dagordning ... 3

§ 3 Budget för kollektivtrafiken 2032 ... 4

§ 4 Anmälningsärenden ... 6 _________

Tid och plats onsdagen den 12 mars 2031 kl 09.00-11.00 Regionhuset, Norrby
"""


def test_a_signature_line_after_the_last_entry_of_a_contents_list_is_no_part_of_its_title():
    items = parse_text(CONTENTS, source="protokoll.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Val av justerare"), ("2", "Godkännande av dagordning"), ("3", "Budget för kollektivtrafiken 2032"),
        ("4", "Anmälningsärenden")]
