"""The "Name Organisation" attendee list reader's search for an item number run on after the list (issue 12): tried
only in an entry that writes the number's full stop; the run-on list still ends at the number. Invented documents."""

from protokoll.parse import personorg
from protokoll.parse.assemble import parse_text
from regex_parts import Spy

LIST = ("Minnesanteckningar från nätverksmöte för kulturchefer\n\nDatum: 2025-03-04\n\n"
        "Deltagare: Lova Strand Ljusdals kommun, Jonas Berglöf Region Gävleborg, Mira Tallqvist Hudiksvalls kommun, "
        "Ebbe Norling Söderhamns kommun{tail}\n\nTexten följer.\n")


def _people(text: str):
    return [(a.name, a.affiliation) for a in parse_text(text, source="t.txt").attendees]


def test_entries_without_a_full_stop_are_not_searched_for_an_item_number(monkeypatch):
    spy = Spy(personorg.ITEM_AFTER)
    monkeypatch.setattr(personorg, "ITEM_AFTER", spy)
    people = _people(LIST.format(tail=""))
    assert spy.calls == 0
    assert people == [("Lova Strand", "Ljusdal"), ("Jonas Berglöf", "Region Gävleborg"),
                      ("Mira Tallqvist", "Hudiksvall"), ("Ebbe Norling", "Söderhamn")]


def test_a_list_run_on_into_the_first_item_still_ends_at_its_number():
    assert _people(LIST.format(tail=" 1. Inledning och välkomnande")) == _people(LIST.format(tail=""))
