"""A group's purpose after "för" is part of its name, also a hyphenated one ("för e-hälsa"); a name in capitals
whose "FÖR" runs into another column's word has lost its end, so no body is read (issue 10: abstain rather than a
cut name). Written for these tests."""

from protokoll.parse import parse_text

ITEMS = "§ 1 Val av justerare\nBeslut: Per Holm utses att justera.\n§ 2 Information\nInformationen noteras.\n"
PEOPLE = "Plats och tid: Stadshuset, 2024-03-12 kl. 13.00\nNärvarande: Anna Berg, Per Holm\n\n"


def _body(head: str):
    return parse_text(head + "\n" + PEOPLE + ITEMS, source="x.txt").body


def test_a_hyphenated_purpose_is_part_of_the_name():
    assert _body("MINNESANTECKNINGAR\n\nArbetsgruppen för e-arkiv") == "Arbetsgruppen för e-arkiv"


def test_a_capitals_name_with_its_purpose_in_capitals():
    assert _body("ANTECKNINGAR ARBETSGRUPPEN FÖR VATTENFRÅGOR") == "Arbetsgruppen för vattenfrågor"


def test_a_capitals_name_cut_by_another_column_is_not_read():
    assert _body("ANTECKNINGAR ARBETSGRUPPEN FÖR Sammanträde VATTENFRÅGOR") is None
