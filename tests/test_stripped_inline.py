"""parse.strippedinline: "§ Title" headings whose numbers were stripped, inside a flattened line."""

from protokoll.parse import parse_text

FLAT = ("PROTOKOLL Fritidsnämnden Sammanträdesdatum: 2023-05-04 Beslutande: Olle Sandberg (S), ordförande "
        "§ Val av justerare Beslut att utse Måns Ek att justera protokollet. "
        "§ Budget för badhuset Föredragande: Karin Lövgren Förvaltningen redovisade förslaget. "
        "Beslut att godkänna budgeten. § Övriga frågor Inga övriga frågor anmäldes.")


def test_numberless_paragraph_headings_inside_a_flattened_line_are_items():
    rec = parse_text(FLAT, "t.txt")
    assert [i.number for i in rec.items] == [None, None, None]
    assert rec.items[0].title == "Val av justerare"
    assert rec.items[1].title.startswith("Budget för badhuset")
    assert any("godkänna budgeten" in d for d in rec.items[1].decisions)


def test_a_paragraph_reference_in_running_text_is_no_heading():
    text = ("PROTOKOLL Fritidsnämnden 2023-05-04 Ärendet prövas enligt 6 kap. 13 § kommunallagen och "
            "enligt 2 § förordningen. Nämnden beslutade att godkänna förslaget.")
    assert parse_text(text, "t.txt").items == []
