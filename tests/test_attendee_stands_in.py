"""A substitute's entry "Anna Berg (S) ersätter Per Ek (S)": the member stood in for was absent and is no
attendee; the substitute is (parse/names.py ``parse_attendees``)."""

from protokoll.parse import parse_text
from protokoll.parse.names import parse_attendees


def _read(value):
    return [(a.name, a.affiliation, a.role) for a in parse_attendees(value, "present")]


def test_the_member_stood_in_for_is_no_attendee():
    assert _read("Karin Lindqvist (S) ersätter Per Holm (S), Eva Nord (MP) ersätter Olle Sten (MP) och "
                 "Lars Ek (M) ersätter Maria Dahl (M).") == \
        [("Karin Lindqvist", "S", "ersättare"), ("Eva Nord", "MP", "ersättare"), ("Lars Ek", "M", "ersättare")]


def test_the_list_goes_on_after_the_substitute():
    assert _read("Karin Lindqvist (S) ersätter Per Holm (S) Eva Nord (M)") == \
        [("Karin Lindqvist", "S", "ersättare"), ("Eva Nord", "M", None)]


def test_in_a_protocol():
    text = ("PROTOKOLL\nKommunstyrelsen 2024-05-02\n\n"
            "Beslutande\tKarin Lindqvist (S), ordförande, Olle Sten (M), Eva Nord (MP) ersätter Per Holm (MP)\n\n"
            "§ 1 Val av justerare\nOlle Sten utses att justera.\n")
    names = [a.name for a in parse_text(text, "x.txt").attendees]
    assert "Eva Nord" in names and "Olle Sten" in names and "Per Holm" not in names
