"""An agenda item's proposal written as the minutes would word the decision, a body and a decision verb in the
present tense with no "Förslag till beslut" label and no "beslutar att" ("Gatunämnden godkänner ...",
"Styrelsen utser ... att jämte ordföranden justera protokollet"). An agenda decides nothing, so such a sentence
is the proposal put to the meeting; in minutes it stays the decision.

The documents are written for these tests (a made-up gatunämnd).
"""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.agendaproposal import decisions_as_proposal

AGENDA = """Föredragningslista
Gatunämnden
Tid: 2024-09-12 kl 09.00
Plats: Sessionssalen, stadshuset

1. Justering
Gatunämnden utser Lena Ek att jämte ordföranden justera protokollet.

2. Godkännande av föredragningslistan
Gatunämnden godkänner den utsända föredragningslistan.

3. Anmälan av skrivelser
Gatunämnden antecknar skrivelserna till protokollet.
"""


def test_a_body_deciding_in_the_present_tense_is_an_agendas_proposal():
    items = {it.number: it for it in parse_text(AGENDA, "foredragningslista.txt").items}
    assert items["1"].proposed_decision == "Gatunämnden utser Lena Ek att jämte ordföranden justera protokollet."
    assert items["2"].proposed_decision == "Gatunämnden godkänner den utsända föredragningslistan."
    assert items["3"].proposed_decision == "Gatunämnden antecknar skrivelserna till protokollet."
    assert not any(it.decisions for it in items.values())


def test_the_subject_must_be_a_body_and_the_verb_a_decision():
    assert decisions_as_proposal(["Nämnden fastställer taxan enligt bilaga 2."])
    assert decisions_as_proposal(["Kultur- och fritidsnämnden antar riktlinjerna."])
    assert decisions_as_proposal(["Direktionen beviljar ansvarsfrihet för förbundschefen."])
    assert decisions_as_proposal(["Förvaltningen godkänner fakturan."]) is None  # an office, not a body
    assert decisions_as_proposal(["Nämnden diskuterar frågan vidare."]) is None  # no decision verb
