"""Unnumbered titles in capitals whose line break was lost, the title run on into its item's first sentence:
"BUDGET 2025 Förvaltningen har ..." (issue 10, h201). The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = """MINNESANTECKNINGAR
Kulturnätverket i Västerdal
Datum: 2024-05-21
Plats: Biblioteket, Storby
Närvarande: Karin Lund, Per Sjö, Eva Holm

"""


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(it.number, it.title, list(it.decisions)) for it in parse_text(HEAD + text, "x.txt").items]


def test_capital_titles_run_on_into_their_text_are_items():
    text = """VAL AV JUSTERARE Per Sjö utses att justera anteckningarna.

SOMMARENS PROGRAM Eva Holm visade förslaget till program. Nätverket beslutade att anta programmet.

ÖVRIGA FRÅGOR Inga övriga frågor togs upp.
"""
    assert _items(text) == [
        (None, "VAL AV JUSTERARE", ["Per Sjö utses att justera anteckningarna."]),
        (None, "SOMMARENS PROGRAM", ["Nätverket beslutade att anta programmet."]),
        (None, "ÖVRIGA FRÅGOR", [])]


def test_a_repeated_capital_run_is_a_running_head_not_items():
    text = """STORBY KOMMUN Kulturnätverket anteckningar från mötet i maj.

Karin Lund hälsade välkommen och gick igenom läget.

STORBY KOMMUN Kulturnätverket anteckningar från mötet i maj.

Per Sjö berättade om bokbussen.
"""
    assert _items(text) == []


def test_one_capital_run_alone_is_no_item():
    text = """VAL AV JUSTERARE Per Sjö utses att justera anteckningarna.

Karin Lund gick igenom sommarens program och alla var nöjda med det.
"""
    assert _items(text) == []
