"""Absent members are no attendees: "samtliga ledamöter utom X och Y" and an absence label beside a members
list (issue 10). Invented documents."""

from protokoll.parse.assemble import parse_text


def _names(text: str) -> list[str]:
    return [a.name for a in parse_text(text, source="t.txt").attendees]


def test_members_by_exception_give_no_attendee():
    text = ("PROTOKOLL\nKommunstyrelsen\nDatum: 2012-03-01\n"
            "Närvarande: Samtliga ledamöter utom Lars Ek (S) och Eva Lund (M).\n"
            "Sekreterare: Pia Ström\n§ 1 Mötets öppnande\n")
    assert _names(text) == ["Pia Ström"]


def test_all_present_but_written_after_the_names():
    text = ("MINNESANTECKNINGAR\nStyrgruppen\nDatum: 2012-03-01\n"
            "Närvarande: Alla ledamöter närvarande förutom Lars Ek och Eva Lund\n§ 1 Mötets öppnande\n")
    assert _names(text) == []


def test_exception_clause_after_a_list_drops_only_the_excepted():
    text = ("MINNESANTECKNINGAR Styrgruppen 2012-03-01 Närvarande: Anna Berg, Per Holm, Lars Ek, Eva Lund, "
            "samtliga utom Lars Ek och Eva Lund på plats. 1. Mötets öppnande\n")
    assert _names(text) == ["Anna Berg", "Per Holm"]


def test_absence_label_beside_the_members_list():
    text = ("MINNESANTECKNINGAR\nStyrgruppen\nDatum: 2012-03-01\n"
            "Närvarande: Anna Berg, Per Holm, Lars Ek, Eva Lund\nFrånvarande: Lars Ek\n§ 1 Mötets öppnande\n")
    assert _names(text) == ["Anna Berg", "Per Holm", "Eva Lund"]


def test_absence_for_some_items_keeps_the_member():
    text = ("MINNESANTECKNINGAR\nStyrgruppen\nDatum: 2012-03-01\n"
            "Närvarande: Anna Berg, Per Holm, Lars Ek\nFrånvarande: Lars Ek § 3-4\n§ 1 Mötets öppnande\n")
    assert _names(text) == ["Anna Berg", "Per Holm", "Lars Ek"]
