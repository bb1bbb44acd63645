"""An agenda item's proposal written as a sentence without a label, in two more ways: the body named after
"föreslår att" with its decision in the present tense ("Förvaltningen föreslår att nämnden fastställer taxan"),
and a passive infinitive after "föreslås" ("Informationen föreslås läggas till handlingarna"). Only in agendas: a
protocol decides, it does not propose.

The documents are written for these tests (a made-up miljönämnd).
"""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.agendaproposal import asked_proposal

KALLELSE = """Kallelse
Miljönämnden
Tid: 2024-05-21 kl 13.00
Plats: Stadshuset

Ärenden
1. Val av justerare
2. Taxa för livsmedelskontroll
Förvaltningen föreslår att nämnden fastställer taxan enligt bilaga.
3. Information om inventering av enskilda avlopp
Informationen föreslås läggas till handlingarna.
4. Medborgarförslag om laddstolpar
Förslagsställaren föreslår att kommunen bygger fler laddstolpar.
"""


def test_the_present_tense_and_the_passive_are_proposals_in_an_agenda():
    items = {it.number: it for it in parse_text(KALLELSE, "kallelse.txt").items}
    assert items["2"].proposed_decision == "Förvaltningen föreslår att nämnden fastställer taxan enligt bilaga."
    assert items["3"].proposed_decision == "Informationen föreslås läggas till handlingarna."
    # a citizen's proposal to the municipality is what the item is about, not what the body is asked to decide
    assert items["4"].proposed_decision is None


def test_what_the_body_does_must_be_a_decision():
    assert asked_proposal(["Förvaltningen föreslår att styrelsen antar riktlinjerna."])
    assert asked_proposal(["Rapporten föreslås godkännas."])
    assert not asked_proposal(["Förvaltningen föreslår att nämnden diskuterar frågan vidare."])
    assert not asked_proposal(["Förvaltningen föreslog 2021 att nämnden antar riktlinjerna."])
