"""The chair named by the passive opening sentence, with the board's office before the name, and where a flattened
page ran the sentence on into the first item's title (parse/attendance.py). The documents are written here."""

from protokoll.parse import parse_text

PASSIVE_BOARD = """Styrelsemöte i Brf Granen
Plats: Föreningslokalen
Datum: 3 mars 2021
Tid: kl 18-19

1. Mötets öppnande
Mötet öppnades av styrelsens ordförande Greta Lund.
2. Närvarande
Greta Lund, Olle Ek, Sara Dahl
"""

IN_TITLE = """Styrelsemöte i Brf Granen
Plats: Föreningslokalen
Tid: kl 18-19

1. Mötets öppnande Mötet öppnades av styrelsens ordförande Greta Lund.
2. Närvaro Greta Lund, Olle Ek, Sara Dahl
3. Föregående protokoll Protokollet lades till handlingarna.
"""


def test_the_boards_chair_who_opened_the_meeting_chaired_it():
    assert parse_text(PASSIVE_BOARD, "t").chair == "Greta Lund"


def test_the_opening_sentence_run_on_into_the_items_title():
    assert parse_text(IN_TITLE, "t").chair == "Greta Lund"
