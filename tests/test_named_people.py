"""The people a document names, its officers included (parse/namedpeople.py): one answer for the given-name
resolution of presenters and assignees. An officer written as one word names no surname and does not hide the
attendee of that given name."""

from protokoll.parse.givenassignees import given_assignees
from protokoll.parse.namedpeople import named_people
from protokoll.record import Assignment, Attendee, Item


def test_officers_written_in_full_are_added_once():
    people = named_people([Attendee(name="Karin Holm")], ("Lars Åkesson", "Karin Holm", "Lars Åkesson", None))
    assert [a.name for a in people] == ["Karin Holm", "Lars Åkesson"]


def test_an_officer_of_one_word_is_left_out():
    assert [a.name for a in named_people([], ("Sofia", "Lars Åkesson"))] == ["Lars Åkesson"]


def test_a_one_word_officer_does_not_hide_the_attendee_of_that_given_name():
    item = Item(number="3", title="Sommarfesten", assignments=[Assignment("Sofia", "boka lokal")])
    given_assignees([item], [Attendee(name="Sofia Persson"), Attendee(name="Lars Åkesson")], ("Sofia", None))
    assert [a.assignee for a in item.assignments] == ["Sofia Persson"]


def test_an_officer_in_full_resolves_a_given_name_without_an_attendee_list():
    item = Item(number="3", title="Sommarfesten", assignments=[Assignment("Börje", "utreda frågan")])
    given_assignees([item], [], ("Börje Lind", "Eva Ek"))
    assert [a.assignee for a in item.assignments] == ["Börje Lind"]
