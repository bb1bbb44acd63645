"""A proposal label's text with the meeting's decision on the very next line ("Förslag till beslut: X" /
"Beslut: Enligt förslag."): the proposal ends at the decision's label, and the decision is read. Main ran the
proposal on over the decision's line and lost the decision.

The protocols are written for these tests (a made-up company's board and a made-up kommunstyrelse).
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text

BOARD = """Protokoll styrelsemöte Norrby Värme AB 2024-06-03
Närvarande: Eva Lind (ordförande), Per Sjö, Karin Holm

1. Mötets öppnande
Ordföranden öppnade mötet.
2. Upphandling av ny värmepanna
{label}: Styrelsen beslutar att upphandla en ny panna inom budgetramen.
Beslut: Styrelsen beslutade enligt förslaget.
3. Mötets avslutande
"""

BOARD_AGENDA = """Dagordning styrelsemöte Norrby Värme AB 2024-06-03

1. Mötets öppnande
2. Upphandling av ny värmepanna
Förslag till beslut: Styrelsen beslutar att upphandla en ny panna.
Styrelsen beslutar: att upphandla panna nr 2 om den första inte går att leverera.
3. Mötets avslutande
"""


@pytest.mark.parametrize("label", ["Förslag till beslut", "Föreslagen åtgärd"])
def test_the_decision_under_the_proposal_is_read(label):
    item = parse_text(BOARD.format(label=label), "protokoll.txt").items[1]
    assert item.decisions == ["Styrelsen beslutade enligt förslaget."]


def test_a_body_deciding_inside_the_proposal_stays_in_it():
    item = parse_text(BOARD_AGENDA, "dagordning.txt").items[1]
    assert item.proposed_decision.startswith("Styrelsen beslutar att upphandla en ny panna.")
    assert "panna nr 2" in item.proposed_decision
