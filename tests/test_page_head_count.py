"""A flattened page opened by its number and a running head ending in the page count, the page's own number
lost ("2 Styrelseprotokoll Friluftsföreningen ( 6)"): the head is the page's, never an item, where it repeats
on two pages or more (issue 10, h201). The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = """Styrelseprotokoll
Friluftsföreningen Fjällräven
Datum: 2024-04-09
Närvarande: Siv Ahl, Tor Berg, Ulf Dahl.

"""


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(it.number, it.title) for it in parse_text(HEAD + text, "x.txt").items]


def test_a_repeated_running_head_with_its_page_count_is_no_item():
    text = ("1 Styrelseprotokoll Friluftsföreningen ( 6)\n"
            "1. Mötets öppnande Siv Ahl öppnade mötet. 2. Val av justerare Tor Berg väljs till justerare. "
            "3. Ekonomi Kassören redovisade läget.\n\n"
            "2 Styrelseprotokoll Friluftsföreningen ( 6)\n"
            "4. Nya vandringsleder Styrelsen beslutar att märka två nya leder.\n")
    assert _items(text) == [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi"),
                            ("4", "Nya vandringsleder")]


def test_a_slashed_page_count_is_the_page_s_too():
    text = ("1 Styrelseprotokoll Friluftsföreningen (1/6)\n"
            "1. Mötets öppnande Siv Ahl öppnade mötet. 2. Val av justerare Tor Berg väljs till justerare.\n\n"
            "2 Styrelseprotokoll Friluftsföreningen (2/6)\n"
            "3. Ekonomi Kassören redovisade läget.\n")
    assert _items(text) == [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi")]


def test_a_title_with_a_count_in_brackets_once_stays_an_item():
    text = """1. Mötets öppnande
Siv Ahl öppnade mötet.

2. Val av revisorer (2)
Ulf Dahl och Tor Berg valdes.

3. Övriga frågor
Inga övriga frågor.
"""
    assert _items(text) == [("1", "Mötets öppnande"), ("2", "Val av revisorer (2)"), ("3", "Övriga frågor")]
