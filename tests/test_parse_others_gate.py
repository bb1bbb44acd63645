"""Gate of h139 (issue 12, session 18): another meeting's decisions (parse/othersdecided.py) were looked for in every
item holding "besl" (any "beslut"); the gate now asks for ELECTED's own words. It is truthful, and the reading is the
same with it and without it, a word broken at a line's end included."""

from __future__ import annotations

import random

from protokoll.parse import othersdecided
from protokoll.parse.lines import Line
from regex_parts import alternatives as _alternatives


def test_every_elected_word_holds_a_gate_word():
    group = othersdecided.ELECTED.pattern.split(r")\b(?:")[1].removesuffix(r")\b")
    words = _alternatives(group)
    assert "beslöts" in words and len(words) >= 8
    for word in words:
        assert any(w in word for w in othersdecided.ELECTED_WORDS), word


def _lines(text: str) -> list[Line]:
    return [Line(t, k) for k, t in enumerate(text.split("\n"))]


OTHER_MEETING = [
    "Årsstämman hölls i förra veckan.", "Tre nya ledamöter valdes.", "Budgeten beslutades av stämman.",
    "Tobias Rehn rapporterade från förbundets årsmöte.", "Vidare beslöts en ny tidplan.", "Mötet beslutar att vänta.",
    "Gruppen diskuterade beslutet.", "Planen fastställdes.", "Stämman beslu-\ntades utan omröstning.", "",
    "Det beslutade ärendet från i våras.",
]


def test_other_meetings_decisions_read_as_without_the_gate(monkeypatch):
    rng = random.Random(1390)
    bodies = [_lines("\n".join(rng.choice(OTHER_MEETING) for _ in range(rng.randint(1, 6)))) for _ in range(400)]
    gated = [othersdecided.others(body) for body in bodies]
    assert any(gated) and not all(gated)
    monkeypatch.setattr(othersdecided, "_elected_word", lambda text, body: True)
    assert [othersdecided.others(body) for body in bodies] == gated


def test_a_word_broken_at_the_lines_end_passes_the_gate():
    # the sentences are read with the word healed ("beslu-" + "tades"), the joined text holds "beslu- tades"
    told = othersdecided.others(_lines("Förbundets årsmöte hölls i maj.\nDen nya stadgan beslu-\ntades."))
    assert told == {"Den nya stadgan beslutades."}
