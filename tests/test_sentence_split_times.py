"""A clock time or a decimal number before a full stop ends the sentence; letter abbreviations do not.

"kl 17.00." ends a sentence the way "kl. 9." does: the splitter's multi-dot abbreviation ("bl.a.", "t.ex.",
"p.g.a.") begins with a letter, so a time read as one hid the next sentence -- and with it a task written there
("Mötet slutade kl 17.00. Ordföranden utreder frågan." lost its assignment).
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.runningtext import split_sentences


@pytest.mark.parametrize("text, first", [
    ("Mötet avslutades kl 17.00. Ordföranden utreder frågan vidare.", "Mötet avslutades kl 17.00."),
    ("Vi ses kl 9.30. Karin bokar lokalen.", "Vi ses kl 9.30."),
    ("Kostnaden blev 12.5. Resten betalas i maj.", "Kostnaden blev 12.5."),
])
def test_a_number_before_the_full_stop_ends_the_sentence(text, first):
    assert split_sentences(text)[0] == first
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("text", [
    "Frågan gäller bl.a. Skolan i Norrby.",
    "Arbetet försenas p.g.a. Vägverkets beslut.",
    "Gruppen besöker t.ex. Malmö och Lund.",
])
def test_a_letter_abbreviation_does_not(text):
    assert split_sentences(text) == [text]


def test_the_task_after_a_time_is_read():
    text = ("Minnesanteckningar från styrgruppens möte 2026-03-04\n\n"
            "Närvarande: Lena Berg (ordförande), Ola Strand, Pia Ek\n\n"
            "1. Lokalfrågan\nGruppen diskuterade lokalerna. Mötet avslutades kl 16.30. "
            "Ola Strand kontaktar fastighetsbolaget före nästa möte.\n")
    record = parse_text(text, "x.txt")
    tasks = [(a.assignee, a.task) for item in record.items for a in item.assignments]
    assert any(who == "Ola Strand" and "fastighetsbolaget" in task for who, task in tasks), tasks
