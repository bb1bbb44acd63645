"""A point split into lettered parts with no plain item of its number: "2 ...", "3 a ...", "3 b ...",
"4 ..." (issue 10, h201). The lettered run fills the gap in the numbering, so each part is an item of its
own, and what is decided under it stays with it. The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = """MINNESANTECKNINGAR
Samverkansgruppen för Norrdal
Datum: 2024-02-14
Plats: Kommunhuset, Lilla salen

Närvarande: Ulla Strand, Bo Lind, Petra Ny

"""


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, list(it.decisions)) for it in parse_text(HEAD + text, "x.txt").items]


def test_lettered_parts_filling_the_gap_are_items_with_their_decisions():
    text = """1 Mötets öppnande
Ulla Strand hälsade välkommen.

2 Föregående anteckningar
Anteckningarna godkändes.

3 a Gemensam upphandling av fordon
Bo Lind redogjorde för läget.
Beslut: Gruppen ställer sig bakom upphandlingen.

3 b Lokaler för sommarskolan
Petra Ny informerade om lokalerna.

4 Nästa möte
Nästa möte hålls i april.
"""
    assert _items(text) == [
        ("1", "Mötets öppnande", []),
        ("2", "Föregående anteckningar", ["Anteckningarna godkändes."]),
        ("3 a", "Gemensam upphandling av fordon", ["Gruppen ställer sig bakom upphandlingen."]),
        ("3 b", "Lokaler för sommarskolan", []),
        ("4", "Nästa möte", [])]


def test_dotted_lettered_parts_at_the_end_of_the_list():
    text = """1. Mötets öppnande
Ulla Strand hälsade välkommen.

2. Ekonomi
Petra Ny redovisade utfallet.

3a. Vårens utbildningsdag
Bo Lind berättade om programmet.

3b. Övriga frågor
Inga övriga frågor.
"""
    got = [(n, t) for n, t, _ in _items(text)]
    assert got == [("1", "Mötets öppnande"), ("2", "Ekonomi"), ("3 a", "Vårens utbildningsdag"),
                   ("3 b", "Övriga frågor")]


def test_lettered_lines_that_do_not_fill_the_gap_stay_text():
    # "5 a"/"5 b" between items 2 and 3 are not the missing number: a list inside item 2's text
    text = """1 Mötets öppnande
Ulla Strand hälsade välkommen.

2 Remissvar
Gruppen gick igenom remissens kapitel.

5 a Lokala föreskrifter
Inga synpunkter.

5 b Taxor
Inga synpunkter.

3 Nästa möte
Nästa möte hålls i april.
"""
    assert [n for n, _, _ in _items(text)] == ["1", "2", "3"]


def test_a_run_not_lettered_from_a_stays_text():
    text = """1 Mötets öppnande
Ulla Strand hälsade välkommen.

2 Remissvar
Gruppen gick igenom remissen.

3 b Lokala föreskrifter
Inga synpunkter.

3 c Taxor
Inga synpunkter.

4 Nästa möte
Nästa möte hålls i april.
"""
    assert [n for n, _, _ in _items(text)] == ["1", "2", "4"]
