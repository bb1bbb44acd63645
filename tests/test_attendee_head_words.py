"""A name never starts with a label or an arrival time whose numbers were lost in extraction ("Kl Anna Berg",
"Tjänstemän Anna Berg"): the word is dropped when a given name follows it (parse/presence.py ``tidy``)."""

from protokoll.parse.names import parse_attendees
from protokoll.parse.presence import tidy
from protokoll.record import Attendee


def test_time_and_label_words_before_a_name():
    people = tidy([Attendee(name="Kl Karin Lindqvist", group="other"), Attendee(name="Tjänstemän Per Holm",
                                                                                group="other")])
    assert [a.name for a in people] == ["Karin Lindqvist", "Per Holm"]


def test_a_name_that_only_looks_like_it_is_kept():
    people = tidy([Attendee(name="Kl Holm", group="other"), Attendee(name="Karin Lindqvist", group="other")])
    assert [a.name for a in people] == ["Kl Holm", "Karin Lindqvist"]


def test_in_a_list():
    found = tidy(parse_attendees("Olle Sten (S) Kl Karin Lindqvist (M), Per Holm (L)", "present"))
    assert [a.name for a in found] == ["Olle Sten", "Karin Lindqvist", "Per Holm"]
