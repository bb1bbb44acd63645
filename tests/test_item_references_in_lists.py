"""An item reference after a name in an attendee list ("p 1-4", "närvarande p 5", "p. 3", "punkt 5") ends the
person's entry and is no item heading (parse.names.ITEM_RANGE). The documents are written here."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.names import parse_attendees
from protokoll.repair import repair_text

#: a flattened page: the roster with the items each member attended, then the paragraphs
FLAT = ("Protokoll styrelsemöte 2024-03-12 Närvarande Anna Berg (S) Per Ek (M) p 1-4 Karin Lund (C) närvarande "
        "p 5 Olle Strand (V) p. 3 Eva Nord (L) § 1 Mötets öppnande Ordföranden öppnade mötet. § 2 Föregående "
        "protokoll Protokollet lades till handlingarna. § 3 Ekonomi Kassören redovisade. § 4 Val Till "
        "ordförande valdes Anna Berg. § 5 Avslutning Mötet avslutades.\n")


def test_a_bare_p_reference_ends_an_entry():
    found = parse_attendees("Per Ek (M) p 1-4, Karin Lund (C) närvarande p 5, Bo Holm (V) punkt 2", "deciding")
    assert [(a.name, a.affiliation) for a in found] == [("Per Ek", "M"), ("Karin Lund", "C"), ("Bo Holm", "V")]


def test_references_in_a_flattened_roster_are_neither_items_nor_lost_names():
    rec = parse_text(repair_text(FLAT)[0], "doc.txt")
    assert [a.name for a in rec.attendees] == ["Anna Berg", "Per Ek", "Karin Lund", "Olle Strand", "Eva Nord"]
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Mötets öppnande"), ("2", "Föregående protokoll"), ("3", "Ekonomi"), ("4", "Val"), ("5", "Avslutning")]

