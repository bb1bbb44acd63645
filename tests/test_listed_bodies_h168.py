"""A protocol copied with its line breaks lost keeps its list of items before the paragraphs; the items are read
from the list, and each item's text is found where the document writes the title a second time (issue 10, h168).
Every fixture is written for the test (invented names, bodies and places)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.listedbodies import decide_listed
from protokoll.record import Item

FLAT = ("Seniorrådet 1(6) Plats och tid Biblioteket, Sjöby 2027-03-02 kl. 14.00 Beslutande Ada Lind, Bo Ek, "
        "Cia Holm "
        "Justerare Bo Ek Sekreterare Cia Holm Ordförande Ada Lind ANSLAG/BEVIS Protokollet är justerat.\n"
        "Ärendelista 4. Föregående protokoll 5. Träffpunkter i kommunen 6. Rapport från kommunstyrelsen\n"
        "Seniorrådet 4 Föregående protokoll att lägga protokollet till handlingarna Ordföranden gick igenom "
        "protokollet.\nSeniorrådet 5 Träffpunkter i kommunen Rådet beslutar att bjuda in fritidschefen till nästa "
        "möte. "
        "Diskussion fördes om öppettiderna.\nSeniorrådet 6 Rapport från kommunstyrelsen Ada Lind berättade om "
        "kommunstyrelsens senaste möte.\n")


def test_item_text_after_the_titles_second_writing():
    items = {i.title: i.decisions for i in parse_text(FLAT, "protokoll.txt").items}
    assert items["Föregående protokoll"] == ["att lägga protokollet till handlingarna"]
    assert items["Träffpunkter i kommunen"] == ["Rådet beslutar att bjuda in fritidschefen till nästa möte."]
    assert items["Rapport från kommunstyrelsen"] == []


def test_two_items_of_one_title_abstain():
    text = ("Ekonomisk uppföljning Rapporten visar ett överskott. Ekonomisk uppföljning att notera rapporten. "
            "Budget för nästa år Budgeten diskuterades. Budget för nästa år att anta budgeten.")
    items = [Item(number="1", title="Ekonomisk uppföljning"), Item(number="2", title="Ekonomisk uppföljning"),
             Item(number="3", title="Budget för nästa år")]
    decide_listed(items, text)
    assert [i.decisions for i in items] == [[], [], []]


def test_a_title_written_first_after_another_s_second_writing_abstains():
    text = ("Lokalfrågan i centrum att hyra lokalen. Trafiksäkerhet vid skolan att sätta upp skyltar. "
            "Lokalfrågan i centrum nämndes igen. Trafiksäkerhet vid skolan nämndes igen.")
    items = [Item(number="1", title="Lokalfrågan i centrum"), Item(number="2", title="Trafiksäkerhet vid skolan")]
    decide_listed(items, text)
    assert [i.decisions for i in items] == [[], []]


def test_another_item_s_title_inside_the_text_abstains():
    text = ("Lokalfrågan i centrum Trafiksäkerhet vid skolan Övrigt Lokalfrågan i centrum Lokalen visades. Övrigt "
            "Informationen noteras. Trafiksäkerhet vid skolan att sätta upp skyltar.")
    items = [Item(number="1", title="Lokalfrågan i centrum"), Item(number="2", title="Övrigt"),
             Item(number="3", title="Trafiksäkerhet vid skolan")]
    decide_listed(items, text)
    assert items[0].decisions == []
    assert items[2].decisions == ["att sätta upp skyltar."]
