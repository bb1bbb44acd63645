"""Repair's cheap gates (issue 12): each gives the answer the full count gives, and spares the pattern it gates."""

from __future__ import annotations

import random

from protokoll.repair import diacritics, signals as sig
from protokoll.repair.signals import signals, suspect, suspect_text

#: invented pieces: clean Swedish, OCR-damaged Swedish, English, digits and glyphs, empty runs
PIECES = ["Nämnden beslutar att godkänna förslaget.", "Ordförande Vendela Ström öppnar mötet.",
          "Namnden beslutar att godkdnde forslaget f6r Tallby.", "Kommundirektérsgruppen", "Malmé",
          "The board approved the budget.", "2031-04-09 kl. 18.30", "§ 12", "ae", "å", "x" * 450, "Hultén",
          " ", "\n", "", "g§ller", "1234", "Ölandsgatan", "é"]


def test_suspect_text_is_the_verdict_of_the_full_counts() -> None:
    rng = random.Random(130)
    texts = PIECES + ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 30))) for _ in range(4000)]
    for text in texts:
        assert suspect_text(text) == suspect(signals(text)), text


class _Spy:
    def __init__(self, pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self.pattern, name)


def test_a_clean_swedish_text_is_cleared_without_its_letters_or_glyph_words_counted(monkeypatch) -> None:
    letters, glyphs = _Spy(sig._LETTERS), _Spy(sig._GLYPH_WORD)
    monkeypatch.setattr(sig, "_LETTERS", letters)
    monkeypatch.setattr(sig, "_GLYPH_WORD", glyphs)
    text = "Protokoll fört vid sammanträde med Tallby föreningsråd.\nNämnden beslutar att godkänna förslaget.\n" * 20
    assert diacritics.repair_ocr(text) == (text, [])
    assert letters.calls == 0 and glyphs.calls == 0


def test_a_long_suspect_text_needs_no_glyph_word(monkeypatch) -> None:
    glyphs = _Spy(sig._GLYPH_WORD)
    monkeypatch.setattr(sig, "_GLYPH_WORD", glyphs)
    assert suspect_text("Namnden beslutar att godkanna forslaget om budget. " * 20)
    assert glyphs.calls == 0
