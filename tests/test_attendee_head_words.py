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


def test_a_label_of_the_signature_box_run_on_after_the_list_is_no_person():
    """"... Eva Berg, sekreterare Justering Den 12 mars": the first page's next label, not a name (h222)."""
    from protokoll.parse import parse_text
    from protokoll.parse.persons import is_person

    text = ("PROTOKOLL\nDirektionen\nPlats och tid Brandstationen 2024-03-06 kl 08.00-12.00\n"
            "Övriga deltagare Lena Ahl, ekonom Eva Berg, sekreterare Justering Den 12 mars 2024 i Kommunhuset "
            "Paragraf 6-17\n\n§ 6 Budget\nDirektionen godkänner budgeten.\n")
    names = [a.name for a in parse_text(text, "x.txt").attendees]
    assert "Lena Ahl" in names and not any(n.startswith("Justering") for n in names)
    assert not is_person("Justering Den") and not is_person("Justeringens Plats")
