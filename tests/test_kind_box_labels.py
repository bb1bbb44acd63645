"""A protocol's first-page box ("Justeringens plats och tid", "Paragrafer 1-9", "Underskrifter", a justerare's
line to sign on) marks a protocol even where no decision and no certificate follow (parse.kindmarks.BOX_LABEL);
an agenda that puts justering as a matter to handle stays an agenda. The documents are written here."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.kindmarks import BOX_LABEL
from protokoll.repair import repair_text

#: the first page of a nämnd's protocol, flattened, its items listed under "Föredragningslista" and not yet read
FIRST_PAGE = (
    "1 Datum: 2024-03-05 kl 13:00-15:10 Paragrafer: 1-9 Plats: Sessionssalen Underskrifter Sekreterare "
    "Lars Ek Ordförande Maria Holm Justeringens plats och tid: Kansliet 2024-03-08 Beslutande Maria Holm (S), "
    "ordförande Nils Strand (M) Åsa Lind (C) Övriga Lars Ek, nämndsekreterare 1/9\n\n"
    "2 FÖREDRAGNINGSLISTA 1 Val av justerare 2 Godkännande av dagordning 3 Budgetuppföljning 4 Riktlinjer för "
    "bidrag 5 Delegationsbeslut 2/9\n")

#: a kallelse: justering as an item and as the time the protocol is to be signed, then its items
KALLELSE = """Kallelse
Kultur- och fritidsnämnden
Tid: Torsdag 7 mars 2024 kl. 18.00
Plats: Kulturhuset

1. Val av justerare och tid för justering
2. Godkännande av dagordning
3. Verksamhetsplan 2025
Förslag till beslut: Nämnden antar verksamhetsplanen.
4. Bidrag till studieförbund
Förslag till beslut: Bidragen fördelas enligt förvaltningens förslag.
"""

#: a fullmäktige's kungörelse prints the justering's place after its own title
KUNGORELSE = """KALLELSE
Kommunfullmäktige
Plats och tid: Stadshuset, måndag 11 mars 2024 kl 18.00
Justeringens plats och tid: Kansliet, onsdag 13 mars 2024

1. Val av justerare
2. Årsredovisning 2023
Förslag till beslut: Fullmäktige godkänner årsredovisningen.
3. Motion om cykelvägar
Förslag till beslut: Motionen avslås.
"""


def test_a_first_page_with_the_box_labels_is_a_protocol_and_keeps_its_roster():
    rec = parse_text(repair_text(FIRST_PAGE)[0], "doc.txt")
    assert rec.kind == "protocol"
    assert {"Maria Holm", "Nils Strand", "Åsa Lind"} <= {a.name for a in rec.attendees}


@pytest.mark.parametrize("label", ["Justeringens plats och tid:", "Paragrafer 12-30", "Paragrafer: §§ 4 – 9",
                                   "Underskrifter Sekreterare", "Justerare ..........", "________ Justerande"])
def test_each_box_label_is_a_mark(label):
    assert BOX_LABEL.search(f"Plats Stadshuset {label} Anna Berg")


@pytest.mark.parametrize("words", ["Val av justerare", "Tid för justering", "Justerare: Anna Berg",
                                   "Paragrafer i protokollet", "Underskrifter samlas in", "Paragraf 12"])
def test_an_agendas_justering_matters_are_no_mark(words):
    assert BOX_LABEL.search(words) is None


def test_a_kallelse_that_names_justering_as_an_item_stays_an_agenda():
    assert parse_text(KALLELSE, "doc.txt").kind == "agenda"


def test_a_kungorelse_whose_justering_place_follows_its_title_stays_an_agenda():
    assert parse_text(KUNGORELSE, "doc.txt").kind == "agenda"
