"""A list's paragraph after a blank line goes on when it is nothing but entries, also entries with two notes in
parentheses ("Anna Berg (M) (distans)") or an item range ("§§ 3-5") (parse/header.py ``_entry_run``)."""

from protokoll.parse import parse_text
from protokoll.parse.header import _entry_run

TEXT = ("PROTOKOLL\nMiljönämnden\n\nPlats och tid\tStadshuset, 2024-04-10 kl 18.00-20.00\n\n"
        "Ledamöter\n\nKarin Lindqvist (C), ordförande Olle Sten (V)\n\n"
        "Maria Dahl (M) (distans) Lars Ek (L) (distans) Eva Nord (MP) (distans) Nils Berg (KD) (distans) "
        "Stina Holm (S) (distans)\n\n"
        "Övriga närvarande\n\nPer Holm, nämndsekreterare\n\n"
        "Utses att justera\tOlle Sten (V)\n\n§ 1 Val av justerare\nOlle Sten utses att justera.\n")


def test_entries_with_two_notes_or_an_item_range():
    assert _entry_run("Maria Dahl (M) (distans) Lars Ek (L) (distans)")
    assert _entry_run("Maria Dahl (S) (distans) §§ 20-23 Lars Ek (V) (distans)")
    assert not _entry_run("Maria Dahl (M) (distans) Nämnden beslutar att godkänna budgeten")


def test_the_second_paragraph_of_members_is_read():
    people = {a.name: a.group for a in parse_text(TEXT, "x.txt").attendees}
    for name in ("Karin Lindqvist", "Olle Sten", "Maria Dahl", "Lars Ek", "Eva Nord", "Nils Berg", "Stina Holm"):
        assert people.get(name) == "present", name
    assert people.get("Per Holm") == "other"


#: a two-column roll flattened: the members with the items and the clock time they attended, the officials beside
ROLL = ("PROTOKOLL\nDirektionen för Tallby räddningstjänst\n\nPlats och tid\tBrandstationen, 2024-05-14 kl 08.00-12.00\n\n"
        "Övriga deltagare\tGöta Sandell (S) Rolf Ahl, räddningschef Irma Kvist (KD) 4-7 kl.9.40 Ture Lind, "
        "stf räddningschef Bror Eng (MP) 4-7 kl 9.40 Alva Dunér, ekonom\n\n§ 4 Budget\nDirektionen godkänner budgeten.\n")


def test_the_items_and_clock_time_after_a_party_do_not_swallow_the_next_name():
    people = {a.name: a for a in parse_text(ROLL, "x.txt").attendees}
    assert {"Ture Lind", "Alva Dunér"} <= set(people)
    assert (people["Irma Kvist"].affiliation, people["Irma Kvist"].title) == ("KD", None)
    assert people["Ture Lind"].title == "stf räddningschef"
