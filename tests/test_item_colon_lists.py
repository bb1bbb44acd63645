"""Numbered lists inside an item are no items (issue 10, h68): a line ending in a colon or a papers label
("Bilagor") opens a list numbered afresh from 1 under an item already numbered 1. The documents are invented."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.colonlists import in_colon_list
from protokoll.parse.lines import Line

REPORT = """Minnesanteckningar
Styrgruppen för Lindbygdens samverkan
2021-04-08

1. Inledning
Rapporten tog upp:
1. Bemanning
2. Lokaler
3. Ekonomi
4. Personal

2. Ekonomi
Inget att rapportera.

3. Övrigt
Inget övrigt.
"""

PAPERS = """Protokoll
Styrelsen för Norra åsens vattenråd
2021-04-08

1. Mötets öppnande
Ordföranden öppnade mötet.

2. Årsredovisning
Styrelsen godkände årsredovisningen.
{label}
1. Resultaträkning
2. Balansräkning
3. Revisionsberättelse
4. Förvaltningsberättelse
5. Noter

3. Övrigt
Inget övrigt.
"""

NEXT_ITEM_AFTER_LIST = """Dagordning
Miljönämnden i Ekås
2022-05-10

1. Mötets öppnande

2. Val av justerare

3. Budgetuppföljning april
Beslutsunderlag:
1. Tjänsteskrivelse den 20 april
2. Ekonomisk rapport april
3. Prognos för helåret

4. Taxa för tillsyn

5. Övriga frågor
"""

AGENDA_UNDER_COLON = """Protokoll
Styrelsen för Bygdegårdsföreningen Ekbacken
2020-03-01

Följande ärenden behandlades:
1. Mötets öppnande
2. Val av justerare
3. Ekonomi
4. Övriga frågor
"""


def _items(text: str) -> list[tuple[str, str]]:
    return [(it.number, it.title) for it in parse_text(text, source="t.txt").items]


def test_a_reports_parts_after_a_colon_are_no_items():
    assert _items(REPORT) == [("1", "Inledning"), ("2", "Ekonomi"), ("3", "Övrigt")]


@pytest.mark.parametrize("label", ["Bilagor:", "Bilagor", "Handlingar i ärendet:", "Följande handlingar fanns:"])
def test_a_list_of_papers_is_no_items(label):
    assert _items(PAPERS.format(label=label)) == [("1", "Mötets öppnande"), ("2", "Årsredovisning"),
                                                  ("3", "Övrigt")]


def test_the_next_item_after_a_blank_line_is_kept():
    assert [n for n, _ in _items(NEXT_ITEM_AFTER_LIST)] == ["1", "2", "3", "4", "5"]


def test_the_items_a_colon_opens_are_items():
    assert _items(AGENDA_UNDER_COLON) == [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi"),
                                          ("4", "Övriga frågor")]


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


def test_an_entry_needs_the_numbers_below_it_down_to_one():
    lines = _lines("1. Inledning", "Rapporten tog upp:", "1. Bemanning", "3. Lokaler")
    assert in_colon_list(lines, 2) and not in_colon_list(lines, 3)


def test_an_agenda_label_opens_the_items():
    lines = _lines("1. Inledning", "Förslag till dagordning:", "1. Mötets öppnande", "2. Val av justerare")
    assert not in_colon_list(lines, 2) and not in_colon_list(lines, 3)


def test_entries_spaced_with_blank_lines_alike():
    lines = _lines("1. Inledning", "Bilagor:", "", "1. Karta", "", "2. Beskrivning", "", "3. Yttrande")
    assert all(in_colon_list(lines, k) for k in (3, 5, 7))


def test_a_flattened_reports_parts_after_a_colon_are_no_items():
    flat = " ".join(REPORT.replace("4. Personal", "").split("\n"))
    assert [(n, t.split()[0]) for n, t in _items(flat)] == [("1", "Inledning"), ("2", "Ekonomi"), ("3", "Övrigt")]


@pytest.mark.parametrize("before, opens", [("Rapporten tog upp följande: ", True), ("... ärendet. Bilagor ", True),
                                            ("Följande ärenden behandlades: ", False), ("Dagordning: ", False),
                                            ("Styrelsen godkände budgeten ", False)])
def test_what_opens_a_flattened_list(before, opens):
    from protokoll.parse.colonlists import opens_inline_list

    assert opens_inline_list(before) is opens
