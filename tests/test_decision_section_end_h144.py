"""A protocol item's decision ends at the sections written after it (issue 10, session 19): the vote
("Omröstning"), a statement ("Särskilt yttrande"), who took no part ("Deltar ej i beslutet"), the motives
("Motivering till beslut", "Skäl för beslutet"), the summary ("Sammanfattning av ärendet"), the papers ("Underlag
för beslut"), a recess ("Ajournering") and the appeal ("Hur man överklagar"); main ran the decision on into them.
Texts written here."""

import pytest

from conftest import record_of

PROTOCOL = """Sjöby kommun
Kultur- och fritidsnämnden
SAMMANTRÄDESPROTOKOLL
Sammanträdesdatum 2024-09-18
Beslutande: Maja Roos (S), ordförande, Nils Berg (M)

§ 41 Hyror för idrottshallar 2025

Beslut
Nämnden fastställer hyrorna enligt förvaltningens förslag.

{section}
{text}
"""


@pytest.mark.parametrize("section, text", [
    ("Omröstning", "Votering begärs och genomförs med sju ja mot två nej."),
    ("Särskilt yttrande", "Nils Berg (M) lämnar ett särskilt yttrande."),
    ("Deltar ej i beslutet", "Nils Berg (M)"),
    ("Motivering till beslut", "Hyrorna har inte höjts på fyra år."),
    ("Skäl för beslutet", "Hyrorna har inte höjts på fyra år."),
    ("Sammanfattning av ärendet", "Förvaltningen har räknat om hyrorna."),
    ("Underlag för beslut", "Tjänsteskrivelse 2024-08-30"),
    ("Ajournering", "Sammanträdet ajourneras kl. 10.05-10.20."),
    ("Hur man överklagar", "Beslutet kan överklagas hos förvaltningsrätten."),
])
def test_the_decision_ends_at_the_next_section(tmp_path, section, text):
    rec = record_of(tmp_path, "protokoll.txt", PROTOCOL.format(section=section, text=text))
    assert [i.decisions for i in rec.items] == [["Nämnden fastställer hyrorna enligt förvaltningens förslag."]]
