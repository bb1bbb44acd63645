"""A stämma or årsmöte elects its own chair after the board's chair has opened it (issue 10).
Every fixture is written for the test (no real document's text)."""

from __future__ import annotations

from protokoll.parse import parse_text

STAMMA = """Protokoll fört vid årsstämma med aktieägarna i Tallåsen Fastigheter AB den 21 april 2027

§ 1 Stämmans öppnande
Styrelsens ordförande Maria Lindqvist öppnade stämman och hälsade ombuden välkomna.

§ 2 Val av ordförande vid stämman
Till ordförande vid stämman valdes Gustav Ek.

§ 3 Val av justerare
Till justerare utsågs Sara Holm.
"""

#: a board meeting: the one who opened it chairs it; a vice chair's election changes nothing
BOARD = """Protokoll fört vid styrelsemöte i Tallåsen Fastigheter AB den 5 maj 2027

§ 1 Mötets öppnande
Ordföranden Maria Lindqvist öppnade mötet.

§ 2 Konstituering
Till vice ordförande valdes Gustav Ek.
"""


def test_the_chair_elected_for_the_stamma_is_its_chair_not_the_opener():
    rec = parse_text(STAMMA, "stamma.txt")
    assert rec.chair == "Gustav Ek"


def test_the_opener_chairs_a_meeting_that_elects_no_chair():
    rec = parse_text(BOARD, "styrelse.txt")
    assert rec.chair == "Maria Lindqvist"
