"""Two heading forms met in fresh real documents (issue 10, h68), in invented documents: a paragraph heading whose
case number ends in the archive's filing code ("KS § 12 Dnr KS 2019-340 041", the title on the next line), and
a decision's numbered points after "beslutades följande:" (no items) on a web page that bullets its paragraphs."""

from __future__ import annotations

from protokoll.parse import parse_text

FILING_CODE = """Protokoll
Kommunstyrelsen i Ekås
2019-04-02

KS § 12 Dnr KS 2019-340 041

Årsredovisning för 2018

Beslut
Kommunstyrelsen föreslår fullmäktige att godkänna årsredovisningen.

KS § 13 Dnr KS 2019-122 106

Riktlinjer för representation

Beslut
Riktlinjerna antas.
"""

DECIDED_POINTS = """Minnesanteckningar
Samverkansgruppen för vård i Norrdal

• § 7

Uppföljning av utskrivningar

Vid förra mötet beslutades följande:
  1. Frågan tas upp igen vid nästa möte,
  2. Kommunen och regionen redovisar frågan tillsammans.

Anna Ek föredrar ärendet.
"""


def test_a_filing_code_after_the_case_number_is_no_title():
    items = parse_text(FILING_CODE, source="t.txt").items
    assert [(it.number, it.title) for it in items] == [("12", "Årsredovisning för 2018"),
                                                       ("13", "Riktlinjer för representation")]


def test_points_after_beslutades_foljande_are_no_items():
    items = parse_text(DECIDED_POINTS, source="t.txt").items
    assert [(it.number, it.title) for it in items] == [("7", "Uppföljning av utskrivningar")]
