"""A fullmäktige records who attended in its roll call, the first item ("§ 1 Upprop"), not in the header
(issue 10): as a list under "Närvarande ledamöter" without a colon, as the sentence "Vid upprop antecknades
följande ledamöter som närvarande: …", or run on into the item's heading line. The header's "Beslutande: Se § 1"
only points there. Every fixture is written for the test."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text

HEAD = """Regionfullmäktige
Sammanträdesprotokoll 2026-06-15
Plats och tid Regionens hus kl 10.00-16.00
"""
SENTENCE = HEAD + """Beslutande Se § 1

§ 1 Upprop
Vid upprop antecknades följande ledamöter som närvarande: Anna Berg (S), Per Holm (M), Eva Lind (C), Olle Ek (S)

§ 2 Val av justerare
Eva Lind och Per Holm utses att justera protokollet.
"""
TABLE = HEAD + """
§ 1 Upprop
Närvarande ledamöter
Anna Berg (S)
Per Holm (M)
Eva Lind (C)
Tjänstgörande ersättare
Olle Ek (S)

§ 2 Val av justerare
Eva Lind och Per Holm utses att justera protokollet.
"""
RUN_ON = HEAD + """§ 1 Upprop Närvarande ledamöter: Anna Berg (S) Per Holm (M) Eva Lind (C) Olle Ek (S) Frånvarande: Nils Sjö (M)
§ 2 Val av justerare Eva Lind och Per Holm utses att justera protokollet.
"""


@pytest.mark.parametrize("text", [SENTENCE, TABLE, RUN_ON], ids=["sentence", "table", "run-on"])
def test_the_roll_call_gives_the_attendees(text):
    rec = parse_text(text, "rf.txt")
    assert sorted((a.name, a.affiliation) for a in rec.attendees) == [
        ("Anna Berg", "S"), ("Eva Lind", "C"), ("Olle Ek", "S"), ("Per Holm", "M")]


def test_a_later_items_list_of_names_is_no_roll_call():
    text = HEAD + "§ 1 Upprop\nUpprop förrättades.\n§ 2 Val\nTill revisorer valdes Anna Berg och Per Holm.\n"
    assert parse_text(text, "rf.txt").attendees == []
