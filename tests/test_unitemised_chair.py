"""The chair of notes none of whose items were read: who opened the meeting as its chair, in the opening text;
another body's chair greeting the guests is not (issue 10). The documents are written for these tests."""

import pytest

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar från Fjällgruppens möte den 12 mars 2024\nPlats: Länshuset, Norrby\n"
        "Deltagare Anna Berg, landstinget Per Holm, kommunförbundet Eva Lind, Norrby kommun Olof Ek, regionen\n")
REST = (" välkomna till gruppens överläggningar. Efter genomgång av programmet lämnade Olof Ek en rapport om "
        "arbetet med skogsfrågorna i länet och gruppen diskuterade den fortsatta inriktningen.\n")


@pytest.mark.parametrize("opening", [
    "Inledning Fjällgruppens ordförande Anna Berg hälsar samtliga",  # the body's own genitive
    "Inledning Gruppens ordförande Anna Berg hälsade alla",
    "Inledning Ordförande Anna Berg hälsade alla",
])
def test_the_opener_of_notes_without_items_chairs(opening):
    rec = parse_text(HEAD + opening + REST, source="x.txt")
    assert not any(item.text.strip() for item in rec.items) and rec.chair == "Anna Berg"


def test_another_bodys_chair_greeting_the_guests_is_no_chair():
    text = HEAD + "Inledning Kommunstyrelsens ordförande Anna Berg hälsade alla" + REST
    assert parse_text(text, source="x.txt").chair is None
