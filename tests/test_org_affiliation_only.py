"""A municipality named only as attendees' affiliation is not the organisation (parse/orgconfirm.py).

All documents here are invented for the tests.
"""

from protokoll.parse import parse_text


def _org(text: str) -> str | None:
    return parse_text(text, source="t.txt").to_dict()["organization"]


def test_a_municipality_named_only_after_the_attendees_names_is_left_out():
    text = ("Minnesanteckningar\nSocialnämnden\nDatum: 3 mars 2020\nNärvarande:\nTove Ring, Tranås kommun\n"
            "Göran Falk, Tranås kommun\n1. Mötets öppnande\nTove hälsade välkommen.\n")
    assert _org(text) is None


def test_the_same_municipality_in_the_letterhead_stands():
    text = ("TRANÅS KOMMUN\nMinnesanteckningar\nSocialnämnden\nDatum: 3 mars 2020\nNärvarande:\n"
            "Tove Ring, Tranås kommun\n"
            "Göran Falk, Tranås kommun\n1. Mötets öppnande\nTove hälsade välkommen.\n")
    assert _org(text) == "Tranås kommun"
