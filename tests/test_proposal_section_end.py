"""A proposal ends at the further headings of an agenda item or an official's report ("Beskrivning", "Yttrande",
"Motivering", "Tidigare behandling", "Konsekvenser"): the text under them is background, not the proposal.

The agenda is written for these tests (a made-up kommunstyrelse's web agenda).
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.sectionheads import SECTION

AGENDA = """Föredragningslista
Norrby kommun, Kommunstyrelsen
Tid: 2024-02-06 kl 13.00

1 Plan för lekplatser
Förslag till beslut
Kommunstyrelsen antar planen för lekplatser 2024-2028.
{heading}
{text}

2 Övriga frågor
"""

HEADINGS = [("Beskrivning", "Planen gäller alla parker i tätorten."),
            ("Yttrande", "Förvaltningen har inget att erinra."),
            ("Motivering", "Lekplatserna behöver rustas."),
            ("Tidigare behandling", "Kommunstyrelsens arbetsutskott 2024-01-16 § 4"),
            ("Tidigare beslut", "Kommunfullmäktige beslutade 2021-05-10 att ta fram en plan."),
            ("Ekonomiska konsekvenser", "Kostnaden ryms i budgeten."),
            ("Barnperspektiv", "Barnen har fått tycka till om planen.")]


@pytest.mark.parametrize("heading,text", HEADINGS)
def test_the_proposal_stops_at_the_next_heading(heading, text):
    item = parse_text(AGENDA.format(heading=heading, text=text), "agenda.txt").items[0]
    assert item.proposed_decision == "Kommunstyrelsen antar planen för lekplatser 2024-2028."


def test_only_a_heading_alone_on_its_line_is_one():
    assert SECTION.match("Tidigare behandlingar:") and SECTION.match("Konsekvenser")
    assert not SECTION.match("Beskrivning av planen för lekplatser")
    assert not SECTION.match("Yttrande över remiss om kollektivtrafik")
