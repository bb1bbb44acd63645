"""Flattened minutes whose items are written "Punkt N Title" or "Ärende N Title" (parse/inline.py)."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text

FLAT = ("MINNESANTECKNINGAR Styrgruppen för kultursamverkan Datum 2022-05-04 Närvarande Åsa Lind, Kent Holm "
        "{w} 1 Mötets öppnande Ordföranden hälsade välkommen. {w} 2 Val av justerare Kent Holm valdes att justera. "
        "{w} 3 Budget 2023 Kansliet redogjorde för budgeten och gruppen diskuterade fördelningen länge. "
        "{w} 4 Övriga frågor Inga övriga frågor fanns. {w} 5 Nästa möte Den 8 juni 2022 kl 9-12.")


@pytest.mark.parametrize("word", ["Punkt", "Ärende", "PUNKT"])
def test_prefixed_item_numbers_in_a_flattened_text_are_headings(word):
    rec = parse_text(FLAT.format(w=word), "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Budget 2023"), ("4", "Övriga frågor"),
        ("5", "Nästa möte")]
    assert rec.items[1].decisions == ["Kent Holm valdes att justera."]


def test_a_lower_case_reference_to_a_point_is_no_heading():
    text = FLAT.format(w="Punkt").replace("Inga övriga frågor fanns.", "Frågan enligt punkt 2 Val av "
                                          "justerare togs upp igen.")
    assert [i.number for i in parse_text(text, "x.txt").items] == ["1", "2", "3", "4", "5"]
