"""Proposal labels of agendas that main read as nothing: a label line alone that names the bodies the proposal is
passed on to ("Nämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige"), however long, and the
"Föreslagen åtgärd" label of company and network agendas.

The documents are written for these tests (a made-up nämnd's web agenda and a made-up company's kallelse).
"""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.proposallabels import is_proposal, routed_label

WEB_AGENDA = """Sammanträde 2024-04-15
Norrby kommun > Fritids- och kulturnämnden

1 Bidrag till föreningar

Diarienummer 2024/FKN 0031

Fritids- och kulturnämndens förslag till beslut
- Informationen noteras.

2 Utbyggnad av konstgräsplanen vid Åsvallen

Diarienummer 2023/FKN 0102

Fritids- och kulturnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige
1. Investeringsramen för konstgräsplanen utökas med 2,4 miljoner kronor.
2. Utökningen finansieras inom ramen för investeringsbudgeten 2025.

Beskrivning av ärendet
Planen behöver nytt underlag och belysning.
"""

KALLELSE = """Kallelse till styrelsemöte i Norrby Värme AB
Datum: 3 juni 2024 kl 09.00
Plats: Bolagets kontor

Dagordning
1. Mötets öppnande
2. Upphandling av ny värmepanna
Föreslagen åtgärd: Styrelsen beslutar att upphandla en ny panna inom budgetramen.
3. Övriga frågor
"""


def _items(text):
    return {it.number: it for it in parse_text(text, "kallelse.txt").items}


def test_a_label_naming_the_bodies_it_passes_on_to_opens_the_proposal():
    item = _items(WEB_AGENDA)["2"]
    assert item.proposed_decision.startswith("1. Investeringsramen för konstgräsplanen utökas")
    assert item.proposed_decision.endswith("investeringsbudgeten 2025.")
    assert "Beskrivning" not in item.proposed_decision and not item.decisions
    assert _items(WEB_AGENDA)["1"].proposed_decision == "Informationen noteras."


def test_the_routed_label_is_a_whole_line_only():
    assert routed_label("Arbetsutskottets förslag till kommunstyrelsen")
    assert routed_label("Fritids- och kulturnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige")
    assert is_proposal("Fritids- och kulturnämndens förslag till kommunstyrelsen för förslag till kommunfullmäktige")
    # a sentence that goes on after the body is no label line
    assert not routed_label("Nämndens förslag till kommunstyrelsen antogs med ändringar i två punkter")
    assert not routed_label("Medborgarförslag till kommunfullmäktige")


def test_a_proposed_action_is_a_proposal():
    item = _items(KALLELSE)["2"]
    assert item.proposed_decision == "Styrelsen beslutar att upphandla en ny panna inom budgetramen."
    assert not item.decisions
