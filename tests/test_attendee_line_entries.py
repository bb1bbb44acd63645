"""A list written one person a line, "Name, Organisation" (issue 10). Sentences written for these tests."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.lineentries import line_entries

NETWORK = """Minnesanteckningar från nätverket för fritidsgårdar den 4 mars 2025

Närvarande
Tova Linde, Fritidsforum
Arvid Kronqvist, Bygdens Forum
Selma Rydh, Ungdomsverket Gustav Falk, Idrottsalliansen
Malin Ödqvist, Studieförbundet Norr (praktikant)
Jonatan Berglöf, Folkrörelsernas Råd för Samverkan
Vera Holmgren, Sveriges folkhögskolor och bildningsförbund (SFB)

1. Välkommen
Tova Linde hälsade alla välkomna.
"""


def _people(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in parse_text(text, "t").attendees}


def test_an_organisation_of_two_capitalised_words_is_no_person():
    people = _people(NETWORK)
    assert "Bygdens Forum" not in people
    assert people["Arvid Kronqvist"] == "Bygdens Forum"
    assert people["Tova Linde"] == "Fritidsforum"


def test_two_entries_on_one_line_are_split():
    people = _people(NETWORK)
    assert people["Selma Rydh"] == "Ungdomsverket"
    assert people["Gustav Falk"] == "Idrottsalliansen"
    assert "Ungdomsverket Gustav Falk" not in people


def test_the_rest_of_the_line_stays_with_its_person():
    people = _people(NETWORK)
    assert people["Jonatan Berglöf"] == "Folkrörelsernas Råd för Samverkan"
    assert people["Malin Ödqvist"] == "Studieförbundet Norr"
    assert set(people) == {"Tova Linde", "Arvid Kronqvist", "Selma Rydh", "Gustav Falk", "Malin Ödqvist",
                           "Jonatan Berglöf", "Vera Holmgren"}


def test_three_entries_run_together_on_one_line():
    value = "Kim Sjöberg, Tekniska verken; Lena Ahl, KSAN Jonas Brandt, Civilforum Sara Björk, Kulturkansliet; " \
            "Nils Fager, Region Mitt"
    assert line_entries(value) == ("Kim Sjöberg (Tekniska verken); Lena Ahl (KSAN); Jonas Brandt (Civilforum); "
                                   "Sara Björk (Kulturkansliet); Nils Fager (Region Mitt)")


def test_other_lists_are_left_as_written():
    # a role before the next name, not a line's description
    assert line_entries("Anna Holm, Sekreterare Per Ek; Eva Lund, Norrby; Ola Ros, Väby") == \
        "Anna Holm, Sekreterare Per Ek; Eva Lund, Norrby; Ola Ros, Väby"
    # too few lines of that form: the list reader's own reading stands
    assert line_entries("Anna Holm (S), ordförande; Per Ek (M); Eva Lund, Norrby") == \
        "Anna Holm (S), ordförande; Per Ek (M); Eva Lund, Norrby"
    # a comma-separated list on one line
    assert line_entries("Anna Holm, Per Ek, Eva Lund, Ola Ros") == "Anna Holm, Per Ek, Eva Lund, Ola Ros"
