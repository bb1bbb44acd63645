"""Item headings written in ways the first rules had not met: "Paragraf 12", a case number with the
registry's code merged into the heading, a title above its paragraph number, page furniture inside an item.
The texts are written here, in the ways Swedish protocols set their items."""

from protokoll.parse import parse_text
from protokoll.parse.lines import Line
from protokoll.parse.pagefurniture import drop_furniture, is_furniture

HEAD = ("PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2024-03-12\n\nPlats och tid: Kommunhuset, kl 13.00-15.00\n"
        "Beslutande: Lena Ek (C), ordförande\nSekreterare: Olof Sjö\n\n")


def items(text):
    return [(i.number, i.title, i.decisions) for i in parse_text(HEAD + text, "t.txt").items]


def test_paragraf_written_out_is_an_item_heading():
    text = ("Paragraf 7 Tillsynsplan\nBeslut: Planen antas.\n\n"
            "Paragraf 8 Delegationsbeslut\nBeslut: Redovisningen läggs till handlingarna.\n")
    assert items(text) == [("7", "Tillsynsplan", ["Planen antas."]),
                           ("8", "Delegationsbeslut", ["Redovisningen läggs till handlingarna."])]


def test_a_range_of_paragraphs_in_the_header_is_no_item():
    text = "Paragraf 7-8\n\n§ 7 Tillsynsplan\nBeslut: Planen antas.\n\n§ 8 Taxor\nBeslut: Taxan antas.\n"
    assert [(n, t) for n, t, _ in items(text)] == [("7", "Tillsynsplan"), ("8", "Taxor")]


def test_case_number_with_registry_code_is_not_part_of_the_title():
    text = ("§ 31 Dnr MN 2024/118 Tillsynsplan\nMiljönämndens beslut\nPlanen antas.\n\n"
            "§ 32 Dnr MN-2024/9 Taxor\nMiljönämndens beslut\nTaxan antas.\n")
    assert [(n, t) for n, t, _ in items(text)] == [("31", "Tillsynsplan"), ("32", "Taxor")]


def test_title_above_its_paragraph_number():
    text = ("Tillsynsplan för året\n§ 31\nDnr 2024/118\nBeslut\nPlanen antas.\n\n"
            "Taxor för prövning\n§ 32\nDnr 2024/119\nBeslut\nTaxan antas.\n")
    assert items(text) == [("31", "Tillsynsplan för året", ["Planen antas."]),
                           ("32", "Taxor för prövning", ["Taxan antas."])]


def test_number_above_its_title_is_read_as_before():
    text = "§ 31\nTillsynsplan för året\nBeslut\nPlanen antas.\n\n§ 32\nTaxor för prövning\nBeslut\nTaxan antas.\n"
    assert items(text) == [("31", "Tillsynsplan för året", ["Planen antas."]),
                           ("32", "Taxor för prövning", ["Taxan antas."])]


def test_page_furniture_inside_an_item_is_not_its_decision():
    text = ("§ 31 Tillsynsplan\nBeslut\nPlanen antas.\n\nJusterandes sign\nUtdragsbestyrkande\nSida 2 av 4\n\n"
            "§ 32 Taxor\nBeslut\nTaxan antas.\n")
    got = parse_text(HEAD + text, "t.txt").items
    assert got[0].decisions == ["Planen antas."]
    assert "Utdragsbestyrkande" not in (got[0].text or "")


def test_furniture_is_only_labels_never_a_label_with_its_value():
    assert is_furniture(Line("Justerandes sign  Utdragsbestyrkande", 0))
    assert is_furniture(Line("Ordförandes signatur", 0))
    assert not is_furniture(Line("Justerare Anna Berg", 0))
    assert not is_furniture(Line("Utdragsbestyrkande: Olof Sjö", 0))
    body = [Line("Planen antas.", 0), Line("Justerandes sign", 20)]
    assert [ln.text for ln in drop_furniture(body)] == ["Planen antas.", ""]
