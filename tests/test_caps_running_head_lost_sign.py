"""A flattened protocol page opened by its number and a running head in capitals ending in the document's kind and
the page's number, then a paragraph whose sign the extraction lost: "2 NORRBY KOMMUN PROTOKOLL 2 1 Dnr 2023/45
Title ..." (issue 10, h201). The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = ("PROTOKOLL 1 (9) Kommunstyrelsen Plats och tid Kommunhuset, Norrby kl 13.00 Beslutande Siv Alm (S), "
        "ordförande Jon Berg (M) Justerare Jon Berg Paragrafer 1-2\n\n")


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, list(it.decisions)) for it in parse_text(HEAD + text, "x.txt").items]


def test_the_paragraph_after_the_page_s_capital_head_is_the_item():
    text = ("2 NORRBY KOMMUN PROTOKOLL 2 1 Dnr 2023/45 Motion om fler laddstolpar Ledamoten Eva Ny föreslår i en "
            "motion att kommunen bygger fler laddstolpar. Kommunstyrelsen beslutar att bifalla motionen.\n\n"
            "3 NORRBY KOMMUN PROTOKOLL 3 2 Dnr 2023/51 Taxa för torghandel Förvaltningen har tagit fram en ny taxa. "
            "Kommunstyrelsen beslutar att anta taxan.\n")
    assert _items(text) == [
        ("1", "Motion om fler laddstolpar", ["Kommunstyrelsen beslutar att bifalla motionen."]),
        ("2", "Taxa för torghandel", ["Kommunstyrelsen beslutar att anta taxan."])]


def test_a_capital_line_without_a_case_number_after_it_is_left_alone():
    text = ("1 Dnr 2023/45 Motion om fler laddstolpar Ledamoten Eva Ny föreslår i en motion att kommunen bygger fler "
            "laddstolpar. Kommunstyrelsen beslutar att bifalla motionen.\n\n"
            "2 NORRBY KOMMUN PROTOKOLL 2 Taxor Förvaltningen har tagit fram en ny taxa.\n")
    assert [n for n, _, _ in _items(text)][0] == "1"
