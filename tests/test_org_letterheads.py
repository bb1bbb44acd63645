"""Letterheads the title-line rules read whole (issue 10): a direction word before a collaboration's name in capitals
("ÖSTRA NORRDALSREGIONEN ANTECKNINGAR", after page numbers), a federation's type word whose name goes on in
capitals at the next line's start, and a district's municipalities as one collaboration ("Norrdalskommunerna").
Written for these tests."""

from protokoll.parse import parse_text

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"
PEOPLE = "Plats och tid: Stadshuset, 2024-03-12 kl. 13.00\nNärvarande: Anna Berg, Per Holm\n\n"


def _org(head: str):
    rec = parse_text(head + "\n" + PEOPLE + ITEMS, source="x.txt")
    return rec.organization


def test_direction_word_and_page_numbers_before_a_capitals_head():
    assert _org("1 1 ÖSTRA NORRDALSREGIONEN ANTECKNINGAR\nStyrgruppen") == "Östra Norrdalsregionen"


def test_a_federations_type_word_goes_on_with_its_name_on_the_next_line():
    assert _org("RÄDDNINGSTJÄNSTFÖRBUNDET      PROTOKOLL\nÖVRE NORRDAL        Sammanträdesdatum\nDirektionen") == \
        "Räddningstjänstförbundet Övre Norrdal"


def test_a_body_on_the_next_line_is_no_part_of_the_name():
    assert _org("NORRDALSFÖRBUNDET      PROTOKOLL\nDIREKTIONEN        Sammanträdesdatum") == "Norrdalsförbundet"


def test_a_districts_municipalities_as_one_collaboration():
    assert _org("Norrdalskommunerna\nSamverkansrådet\nMinnesanteckningar") == "Norrdalskommunerna"


def test_the_word_kommunerna_alone_is_no_name():
    assert _org("Kommunerna\nSamverkansrådet\nMinnesanteckningar") != "Kommunerna"
