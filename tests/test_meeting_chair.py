"""The person a meeting elects to chair it is its chair: over the association's chairman who opened it, over
the "ordf." of the board members listed present, and also where the election stands in an item's heading or
the document has no numbered items (issue 10). Every fixture is written for the test."""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text
from protokoll.parse.meetingchair import elected_chair

#: an AGM whose board list marks its chairman "ordf.", who opens the meeting; the meeting elects another
AGM_WITH_BOARD = """Protokoll fört vid årsmöte i Västerbyns byalag
Datum: 2026-03-15
Plats: Skolan, Västerbyn

Närvarande från styrelsen: Gunnar Lind, ordf., Maria Ek, Olof Stål

§1 Föreningens ordförande Gunnar Lind hälsade alla välkomna och förklarade mötet öppnat.
§2 Till ordförande för mötet utsågs Britt Sand.
§3 Till justerare valdes Olof Stål.
§4 Verksamhetsberättelsen godkändes.
"""

#: headings without numbers: no items are read, the election is in running text
UNNUMBERED = """Årsmötesprotokoll 2026-02-08
Plats: Biblioteket

Mötets öppnande
Ordförande Lisa Berg hälsade välkomna och öppnade mötet.

Val av mötespresidium
Johan Nyqvist valdes till mötets ordförande.
Eva Lind valdes till mötets sekreterare.
"""


def test_the_chair_elected_for_the_meeting_beats_the_boards_ordf_and_the_opener():
    rec = parse_text(AGM_WITH_BOARD, "byalag.txt")
    assert rec.chair == "Britt Sand"


def test_an_election_in_running_text_without_numbered_items_names_the_chair():
    rec = parse_text(UNNUMBERED, "arsmote.txt")
    assert rec.chair == "Johan Nyqvist"


@pytest.mark.parametrize("sentence, name", [
    ("§ 2 Till ordförande för mötet valdes Karin Holm.", "Karin Holm"),
    ("Till mötesordförande utsågs Karin Holm", "Karin Holm"),
    ("Karin Holm valdes till ordförande för årsmötesförhandlingarna.", "Karin Holm"),
    ("Karin Holm valdes enhälligt till mötesordförande.", "Karin Holm"),
    ("Årsmötet valde Karin Holm till ordförande för mötet.", "Karin Holm"),
    ("3. Val av ordförande för mötet: Karin Holm.", "Karin Holm"),
    ("Val av mötesordförande Karin Holm valdes till mötesordförande.", "Karin Holm"),
])
def test_the_forms_of_the_election(sentence, name):
    assert elected_chair(sentence)[0] == name


@pytest.mark.parametrize("sentence", [
    "Till ordförande valdes Karin Holm.",  # the association's chairman for the year, not the meeting's
    "Val av mötesordförande till nästa möte: Karin Holm.",  # the next meeting's
    "Till ordförande för mötet valdes Karin.",  # a given name alone: no person to read
    "Ordförande Karin Holm öppnade mötet.",
])
def test_no_election_of_this_meetings_chair_reads_nothing(sentence):
    assert elected_chair(sentence) is None


def test_the_secretary_the_meeting_elects_keeps_its_minutes():
    assert parse_text(UNNUMBERED, "arsmote.txt").secretary == "Eva Lind"
    rec = parse_text(AGM_WITH_BOARD.replace("§3 Till justerare valdes Olof Stål.",
                                            "§3 Till sekreterare för mötet utsågs Maria Ek."), "byalag.txt")
    assert rec.secretary == "Maria Ek"


def test_an_election_whose_name_is_not_read_leaves_the_chair_null_not_the_boards_chairman():
    text = AGM_WITH_BOARD.replace("§2 Till ordförande för mötet utsågs Britt Sand.", "§2 Till ordförande för mötet utsågs Britt.")
    rec = parse_text(text, "byalag.txt")
    assert rec.chair is None
    assert any(e.path == "chair" and e.rule.startswith("uncertain:") for e in rec.evidence)
