"""PDF text layers with tables and columns reach parse as rows of cells and columns in order.

The PDFs are made by WeasyPrint from HTML written here: a table drawn column by column
(its text layer holds all names, then all municipalities), a label | value header table
and a page of two text columns.
"""

from __future__ import annotations

import weasyprint

from protokoll.parse import parse_text
from protokoll.read import read_document

CSS = "@page { size: A4; margin: 2cm } body { font-family: 'DejaVu Sans'; font-size: 11pt } p { margin: 0 }"
PEOPLE = [("Anna Berg", "Malmö", "ordförande"), ("Per Holm", "Lund", ""), ("Eva Ek", "Eslöv", "ledamot"),
          ("Bo Ström", "Höör", "")]


def pdf(body: str) -> bytes:
    return weasyprint.HTML(string=f"<html lang='sv'><style>{CSS}</style><body>{body}</body></html>").write_pdf()


def column_order_table(top: float = 3.0) -> str:
    """The attendee table as three absolutely placed columns, written one column after the other."""
    return "".join(
        f"<div style='position:absolute;left:{x}cm;top:{top}cm'>"
        + "".join(f"<p style='height:0.7cm'>{person[k] or '&nbsp;'}</p>" for person in PEOPLE) + "</div>"
        for k, x in ((0, 0), (1, 6), (2, 10)))


def test_a_table_whose_text_layer_runs_column_by_column_reaches_parse_as_rows():
    text = read_document(pdf("<p>Närvarande</p>" + column_order_table(1.0))).text
    assert [line for line in text.split("\n") if line] == [
        "Närvarande", "Anna Berg\tMalmö\tordförande", "Per Holm\tLund", "Eva Ek\tEslöv\tledamot", "Bo Ström\tHöör"]


def test_the_rows_give_attendees_with_affiliation_and_role():
    head = ("<p>Minnesanteckningar</p><p>Samverkansgruppen</p>"
            "<table style='border-collapse:collapse'><tr><td style='padding-right:1.5cm'>Mötesdatum</td>"
            "<td>2025-03-12</td></tr></table><p>Närvarande</p>")
    tail = "<div style='position:absolute;top:7cm'><p>1. Mötets öppnande</p><p>Ordföranden öppnade mötet.</p></div>"
    text = read_document(pdf(head + column_order_table(2.6) + tail)).text
    assert "Mötesdatum\t2025-03-12" in text.split("\n")
    record = parse_text(text, source="tabell.pdf")
    assert [(a.name, a.affiliation, a.role) for a in record.attendees] == [
        ("Anna Berg", "Malmö", "ordförande"), ("Per Holm", "Lund", None), ("Eva Ek", "Eslöv", "ledamot"),
        ("Bo Ström", "Höör", None)]
    assert record.date == "2025-03-12"


def test_two_text_columns_written_line_across_line_are_read_column_by_column():
    left = ["Gruppen gick igenom förslaget till", "budget och beslutade att godkänna", "det med de ändringar som",
            "framkom under mötet och som", "förvaltningen har skrivit in.", "Nästa möte hålls i april."]
    right = ["Förvaltningen redovisade läget", "för lokalerna och behovet av", "fler kontorsplatser under",
             "hösten när verksamheten har", "vuxit med två nya tjänster.", "Inga övriga frågor anmäldes."]
    body = "".join(f"<p style='position:absolute;left:{x}cm;top:{2 + 0.6 * k}cm'>{line}</p>"
                   for k, pair in enumerate(zip(left, right)) for x, line in zip((0, 7.6), pair))
    assert read_document(pdf(body)).text.split("\n") == left + [""] + right


def test_a_justified_paragraph_is_no_table():
    body = "<p style='width:12cm;text-align:justify'>" + "Gruppen diskuterade förslaget ingående. " * 6 + "</p>"
    text = read_document(pdf(body)).text
    assert "\t" not in text and text.split() == ("Gruppen diskuterade förslaget ingående. " * 6).split()
