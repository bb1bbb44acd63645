"""Presenters written by their initials, resolved against the initials the document defines (issue 10, h191).

Invented documents in the forms board and council notes use: "Anna Berg (AB)" in the attendance list, then "/AB"
after an item's title, "(AB)" closing it, or "AB gick igenom ..." opening its text."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.initialpresenters import defined_initials, place_initial_presenters
from protokoll.record import Attendee, Item

NOTES = """Minnesanteckningar, Företagsrådet i Norrvik
2025-02-11 kl. 17.00-19.00, Kvarnen

Närvarande: Sigrid Malm (SM), Tallbo AB (ordf.), Jon-Erik Vass (JEV), Norrvik Trä, Pia Lind Åkesson (PLÅ),
näringslivsutvecklare, Olle Berg (OB), kommunalråd

1. Föregående anteckningar/PLÅ
PLÅ gick igenom förra mötets anteckningar.

2. Läget för nya industriområdet (OB)
Detaljplanen väntas bli klar till sommaren.

3. Lokala leverantörer./jev Rådet vill se fler lokala leverantörer i kommunens upphandlingar.

4. Kompetensförsörjning
SM informerade om samarbetet med gymnasieskolan.

5. Övrigt
Inga övriga frågor.
"""


def _items(text: str) -> dict[str, Item]:
    return {item.number: item for item in parse_text(text, "notes.txt").items}


def test_initials_after_a_title_are_the_person_the_list_defines():
    items = _items(NOTES)
    assert items["1"].presenters == ["Pia Lind Åkesson"]
    assert items["1"].title == "Föregående anteckningar"
    assert items["2"].presenters == ["Olle Berg"]
    assert items["2"].title == "Läget för nya industriområdet"


def test_a_run_on_heading_is_cut_at_its_initials_and_its_text_kept():
    item = _items(NOTES)["3"]
    assert item.presenters == ["Jon-Erik Vass"]
    assert item.title == "Lokala leverantörer"
    assert item.text.startswith("Rådet vill se fler lokala leverantörer")


def test_initials_as_the_subject_of_a_presenting_verb():
    assert _items(NOTES)["4"].presenters == ["Sigrid Malm"]


def test_nothing_read_where_no_presenting_place_holds_initials():
    assert _items(NOTES)["5"].presenters == []


def test_initials_defined_twice_for_different_people_resolve_to_no_one():
    text = NOTES.replace("Olle Berg (OB)", "Olle Berg (OB), Oskar Borg (OB)")
    assert _items(text)["2"].presenters == []


def test_initials_the_document_never_defines_are_not_read():
    item = Item("6", "Budget 2026/KS", text="")
    place_initial_presenters([item], "Närvarande: Karin Sund, Per Ek", [Attendee("Karin Sund"), Attendee("Per Ek")])
    assert item.presenters == [] and item.title == "Budget 2026/KS"


def test_a_party_after_a_name_defines_no_initials():
    text = "Beslutande: Sven Dahl (SD), Maja Ek (M), Mats Dahl (MD)"
    assert defined_initials(text) == {"MD": "Mats Dahl"}
    text = "Beslutande: Karin Lund (KL), Anna Berg (KL)"  # a local party's letters after another name too
    assert defined_initials(text) == {}


def test_initials_spell_the_name_s_words_and_hyphenated_parts():
    text = "Närvarande: Bo Stenström (BSt), Per-Olof Ek (POE), Nils Ek (NE2), Anna Berg (XY)"
    assert defined_initials(text) == {"BST": "Bo Stenström", "POE": "Per-Olof Ek", "NE2": "Nils Ek"}


def test_initials_in_parentheses_as_subject_may_be_an_attendee_s_own():
    people = [Attendee("Gun-Britt Sand"), Attendee("Lars Ek"), Attendee("Lisa Ek")]
    item = Item("7", "Rapporter", text="(GBS) och (LE) rapporterade från mötet med kommunen.")
    place_initial_presenters([item], "Närvarande: Gun-Britt Sand, Lars Ek, Lisa Ek\n" + item.text, people)
    assert item.presenters == []  # LE is both Lars Ek and Lisa Ek: not read, and so neither is the other
    item = Item("7", "Rapporter", text="(GBS) rapporterade från mötet med kommunen.")
    place_initial_presenters([item], "Närvarande: Gun-Britt Sand, Lars Ek, Lisa Ek\n" + item.text, people)
    assert item.presenters == ["Gun-Britt Sand"]


def test_an_item_s_own_presenter_is_kept():
    item = Item("1", "Ekonomi/AB", presenters=["Per Ek"])
    place_initial_presenters([item], "Närvarande: Anna Berg (AB), Per Ek (PE)", [])
    assert item.presenters == ["Per Ek"] and item.title == "Ekonomi/AB"
