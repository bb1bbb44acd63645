"""A board's notes written on its agenda's numbering, titled "Dagordning", are minutes when they record who
attended and what was decided; a kallelse that lists who is called stays an agenda.

The documents are written for these tests (a made-up village association), in the forms such notes take.
"""

from __future__ import annotations

from protokoll.parse import parse_text

NOTES = """Dagordning styrelsemöte 3/9 2023
Närvarande: Karin, Olle, Lisa och Per

1. Mötet öppnas
– Ordförande Karin öppnar mötet.
2. Ekonomi
– Kassören redovisar saldot på kontot.
3. Midsommarfirandet
– Vi beslutar att köpa nya bord till bygdegården.
4. Hemsidan
– Styrelsen har beslutat att Lisa sköter hemsidan från oktober.
5. Mötet avslutas
"""


def _kind_and_proposals(text: str) -> tuple[str | None, list[str]]:
    record = parse_text(text, "dagordning.txt")
    return record.kind, [i.proposed_decision for i in record.items if i.proposed_decision]


def test_notes_titled_dagordning_with_attendance_and_decisions_are_minutes():
    kind, proposals = _kind_and_proposals(NOTES)
    assert kind == "minutes"
    assert proposals == []


def test_without_attendance_it_stays_an_agenda():
    kind, _ = _kind_and_proposals(NOTES.replace("Närvarande: Karin, Olle, Lisa och Per\n", ""))
    assert kind == "agenda"


def test_a_kallelse_listing_who_is_called_stays_an_agenda():
    kallelse = NOTES.replace("Närvarande:", "Kallade:")
    kind, _ = _kind_and_proposals(kallelse)
    assert kind == "agenda"


def test_one_decision_told_is_not_enough():
    text = NOTES.replace("– Styrelsen har beslutat att Lisa sköter hemsidan från oktober.\n",
                         "– Styrelsen beslutar att Lisa sköter hemsidan från oktober.\n")
    kind, proposals = _kind_and_proposals(text)
    assert kind == "agenda"
    assert proposals
