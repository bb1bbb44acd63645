"""A kallelse's header naming presenters by agenda point ("Föredragande: Anna Berg, ekonom, ärende 4", one presenter
a line, "punkt 5-6"): each point's item gets its presenter. Main read only paragraph signs ("§ 12").
The kallelse is invented."""

from __future__ import annotations

from protokoll.parse import parse_text

KALLELSE = """KALLELSE
Tekniska nämnden
Tid: 2024-06-11 kl 09.00
Plats: Stadshuset, rum Ljusnan

Föredragande: Anna Berg, ekonom, ärende 4
Per Ek, planchef, punkt 5-6

Ärenden
1. Val av justerare
2. Godkännande av dagordning
3. Delegationsbeslut
4. Budgetuppföljning maj
5. Detaljplan för Norrbyn
6. Gatuprogram 2025
"""


def test_each_point_gets_the_presenter_the_header_names_for_it():
    found = {it.number: it.presenters for it in parse_text(KALLELSE, "kallelse.txt").items}
    assert found == {"1": [], "2": [], "3": [], "4": ["Anna Berg"], "5": ["Per Ek"], "6": ["Per Ek"]}


def test_points_after_a_name_without_the_label_give_none():
    text = KALLELSE.replace("Föredragande: ", "Övriga kallade: ")
    assert all(not it.presenters for it in parse_text(text, "kallelse.txt").items)
