"""Attachments listed one a line under "Bilagor:", and attachments that name their paragraph ("Bilaga 5 § 46")
moved to that paragraph's item (parse.attachments, parse.attachmentplaces). The documents are written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.attachmentplaces import addressed
from protokoll.parse.attachments import find_attachments

PROTOCOL = """PROTOKOLL
Kultur- och fritidsnämnden
Datum: 2023-05-10
Plats: Kulturhuset

Beslutande: Eva Lund (S), ordförande, Per Holm (M), Karin Ek (C)

§ 45 Budget 2024
Beslut
Nämnden godkänner budgeten.

§ 46 Taxor för bibliotek
Beslutsunderlag
Bilagor:
1. Taxor
2. Jämförelse med andra kommuner
Beslut
Nämnden antar taxorna.

§ 47 Lokalfrågan
Beslut
att uppdra åt förvaltningen att utreda lokalbehovet, se bilaga 3.

§ 48 Meddelanden
Beslut
Meddelandena läggs till handlingarna.

Bilagor till protokollet
Bilaga 4 § 48 Förteckning över meddelanden
Bilaga 5 till § 45 Budgetramar
Bilaga 6 § 12 Beslut från förra mötet
"""


def test_attachments_listed_one_a_line_under_their_label():
    text = "Beslutsunderlag\nBilagor:\n1. Taxor\n2) Karta\nBilaga 3 Avtal\nBeslut\n4. Nämnden antar taxorna."
    assert find_attachments(text) == ["bilaga 1", "bilaga 2", "bilaga 3"]
    assert find_attachments("Bilagor\nTjänsteskrivelse 2023-04-12\n1. Något") == []  # the list has ended


def test_references_that_name_their_paragraph():
    assert addressed("Bilaga 4 § 48 Förteckning, bilaga 5 till § 45 och Bilaga 7, § 3") == [
        ("bilaga 4", "48"), ("bilaga 5", "45"), ("bilaga 7", "3")]
    assert addressed("enligt kommunfullmäktiges beslut § 45, bilaga 2") == []  # the § before: another meeting's
    assert addressed("se bilaga 2") == []


def test_an_attachment_listed_at_the_end_goes_to_its_paragraph():
    items = {i.number: i.attachments for i in parse_text(PROTOCOL, "protokoll.txt").items}
    assert items == {"45": ["bilaga 5"], "46": ["bilaga 1", "bilaga 2"], "47": ["bilaga 3"],
                     # bilaga 6 names a paragraph this meeting has no item for: it stays where it was read
                     "48": ["bilaga 4", "bilaga 6"]}


def test_a_heading_loses_the_attachment_reference_that_ends_it():
    from protokoll.parse.attachments import title_without_reference as title

    assert [title(t) for t in ("Budget 2024, bilaga 1", "Taxor - Bilaga 2", "Lokaler Bil 3", "Avtal (Bilaga 4 och 5)",
                               "Policy (se bilaga 6)", "Plan Bilaga: 7", "Rapport (bil. 8a)", "Taxor bilagor 1-3")] == [
        "Budget 2024", "Taxor", "Lokaler", "Avtal", "Policy", "Plan", "Rapport", "Taxor"]
    # where the heading's words lead into the reference it is what the heading says; an empty title is no title
    assert title("Avgifter enligt bilaga 9") == "Avgifter enligt bilaga 9"
    assert title("Revidering av bilaga 4") == "Revidering av bilaga 4"
    assert title("Bilaga 1") == "Bilaga 1" and title("Information (bilaga 2") == "Information (bilaga 2"
    items = parse_text("PROTOKOLL\nStyrelsen\nDatum: 2024-01-10\n\n§ 45 Budget 2024, bilaga 1\nBeslut\n"
                       "Budgeten godkänns.\n", "p.txt").items
    assert [(i.title, i.attachments) for i in items] == [("Budget 2024", ["bilaga 1"])]


def test_an_attachment_also_referred_to_plainly_stays_and_goes():
    from protokoll.parse.attachmentplaces import place_addressed
    from protokoll.record import Item

    items = [Item("10", "Budget", attachments=["bilaga 2", "bilaga 3"]), Item("11", "Taxor"),
             Item("12", "Avgifter")]
    texts = ["Bilaga 2 § 11 och Bilaga 3 § 12. Budgeten, se bilaga 2, godkänns.", "", ""]
    place_addressed(items, texts)
    # bilaga 2 is also read plainly in item 10: it stays there as well; bilaga 3 only names § 12: it moves
    assert [i.attachments for i in items] == [["bilaga 2"], ["bilaga 2"], ["bilaga 3"]]
