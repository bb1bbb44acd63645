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


def test_a_title_that_opens_another_s_is_not_looked_up_the_rest_still_are():
    """ "Genomgång av protokollet" and "Genomgång av protokollet Seniorrådet": the shorter title's second writing
    may be the longer one's in the list; the other items are still read (h210)."""
    text = ("Innehåll 1 Val av justerare 2 Fastställande av dagordningen 3 Genomgång av protokollet "
            "4 Genomgång av protokollet Seniorrådet 5 Övriga frågor\n"
            "1 Val av justerare Till justerare valdes Bo Ek. 2 Fastställande av dagordningen Dagordningen "
            "fastställs. 5 Övriga frågor Inga övriga frågor fanns.")
    items = [Item(number="1", title="Val av justerare"), Item(number="2", title="Fastställande av dagordningen"),
             Item(number="3", title="Genomgång av protokollet"),
             Item(number="4", title="Genomgång av protokollet Seniorrådet"), Item(number="5", title="Övriga frågor")]
    decide_listed(items, text)
    assert items[0].decisions == ["Till justerare valdes Bo Ek."]
    assert items[1].decisions == ["Dagordningen fastställs."]
    assert items[2].decisions == [] and items[3].decisions == []


def test_one_item_read_twice_counts_once():
    """The same number and title read twice (a page's heading repeated as an item) is one item, not two of one
    title: the others are still read; two unnumbered items of one title still abstain (h210)."""
    text = ("Ärenden 7 Lokalfrågan i centrum 8 Trafiksäkerhet vid skolan\n"
            "7 Lokalfrågan i centrum Förslaget godkändes. 8 Trafiksäkerhet vid skolan Skyltar sätts upp. Sida 2")
    items = [Item(number="7", title="Lokalfrågan i centrum"), Item(number="8", title="Trafiksäkerhet vid skolan"),
             Item(number="8", title="Trafiksäkerhet vid skolan")]
    decide_listed(items, text)
    assert items[0].decisions == ["Förslaget godkändes."]
    unnumbered = [Item(number=None, title="Lokalfrågan i centrum"), Item(number=None, title="Lokalfrågan i centrum"),
                  Item(number=None, title="Trafiksäkerhet vid skolan")]
    decide_listed(unnumbered, text)
    assert [i.decisions for i in unnumbered] == [[], [], []]
