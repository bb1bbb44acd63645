"""parse.citedparagraphs: a committee's paragraph cited on a line of its own under an item's heading is a
reference, not an item of its own. Texts written here."""

import pytest

from protokoll.parse import parse_text

HEAD = "SAMMANTRÄDESPROTOKOLL\nFritidsnämnden\n2024-10-15\n\n"


def items(text: str):
    return [(it.number, it.title) for it in parse_text(HEAD + text, "t.txt").items]


@pytest.mark.parametrize("cited", ["Au § 102", "AU § 102", "KSAU § 102", "Ksau §102", "Au § 102 2024-09-30"])
def test_a_cited_paragraph_under_a_lone_paragraph_sign(cited):
    text = (f"§ 88\nBidrag till Sjöbo scoutkår, ansökan om omprövning\n\n{cited}\nDnr 2024/77-80\n"
            "Sjöbo scoutkår 2024-09-20\nScoutkåren begär omprövning av beslutet.\n\nFritidsnämndens beslut\n"
            "Avslaget kvarstår.\n")
    assert items(text) == [("88", "Bidrag till Sjöbo scoutkår, ansökan om omprövning")]


def test_a_cited_paragraph_under_each_of_several_headings():
    text = ("§ 12 Taxor för badhuset\nDnr 2024/5\nAu § 40\nHyrorna höjs.\n\n§ 13 Hyror för sporthallen\n"
            "Au § 47\nSporthallens hyror ses över.\n\n§ 14 Övriga frågor\nInga frågor.\n")
    assert items(text) == [("12", "Taxor för badhuset"), ("13", "Hyror för sporthallen"), ("14", "Övriga frågor")]


def test_a_document_headed_with_its_own_label_keeps_every_heading():
    text = "Au § 40\nTaxor för badhuset\nHyrorna höjs.\n\nAu § 41\nHyror för sporthallen\nHyrorna ses över.\n"
    assert [n for n, _ in items(text)] == ["40", "41"]
    text = "KS § 40 Taxor\nKS § 41 Hyror\nKS § 42 Övriga frågor\n"
    assert [n for n, _ in items(text)] == ["40", "41", "42"]
