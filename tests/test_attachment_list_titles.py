"""A protocol's list of attachments whose entries name the items' subjects, not their paragraphs ("Bilagor:" /
"1. Ekonomisk rapport för första halvåret" / "2. Förslag till placeringspolicy"): each attachment goes to the item
whose title the entry names (parse/attachmentplaces.py ``place_titled``). Read at the end of the document, the
list used to give every attachment to the last item, most often the meeting's closing."""

from protokoll.parse import parse_text
from protokoll.parse.attachmentplaces import titled
from protokoll.record import Item

HEAD = ("Protokoll\nStyrelsen för Föreningen Lövet\nDatum: 2019-09-16\nNärvarande: Anna Ek, Per Lund, Eva Sjö\n\n"
        "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
        "§ 2 Ekonomisk rapport\nKassören redovisade det ekonomiska läget för första halvåret.\n\n"
        "§ 3 Placeringspolicy\nStyrelsen beslutade att anta förslaget till placeringspolicy.\n\n")


def _attachments(text: str) -> dict[str, list[str]]:
    return {i.number: i.attachments for i in parse_text(text, "x.txt").items}


def test_a_closing_list_gives_each_attachment_to_the_item_it_names():
    text = HEAD + ("§ 4 Mötets avslutande\nOrdföranden avslutade mötet.\n\n"
                   "Bilagor:\n1. Ekonomisk rapport för första halvåret\n2. Förslag till placeringspolicy\n")
    assert _attachments(text) == {"1": [], "2": ["bilaga 1"], "3": ["bilaga 2"], "4": []}


def test_an_entry_no_title_names_is_left_out_of_the_closing_item():
    text = HEAD + ("§ 4 Mötets avslutande\nOrdföranden avslutade mötet.\n\n"
                   "Bilagor:\n1. Ekonomisk rapport för första halvåret\n2. Närvarolista\n")
    assert _attachments(text) == {"1": [], "2": ["bilaga 1"], "3": [], "4": []}


def test_an_items_own_list_keeps_the_entries_no_other_title_names():
    text = HEAD + ("§ 4 Årsredovisning 2018\nÅrsredovisningen godkändes.\n\n"
                   "Bilagor:\n1. Årsredovisning 2018\n2. Revisionsberättelse\n")
    assert _attachments(text)["4"] == ["bilaga 1", "bilaga 2"]


def test_a_plain_reference_in_the_item_stays_with_it():
    text = HEAD + ("§ 4 Mötets avslutande\nOrdföranden avslutade mötet, se bilaga 1.\n\n"
                   "Bilagor:\n1. Ekonomisk rapport för första halvåret\n")
    assert _attachments(text) == {"1": [], "2": ["bilaga 1"], "3": [], "4": ["bilaga 1"]}


def test_which_title_an_entry_names():
    items = [Item(number="2", title="Ekonomisk rapport"), Item(number="3", title="Placeringspolicy"),
             Item(number="4", title="Avtal gällande städning"), Item(number="5", title="Val")]
    assert titled("Förslag till placeringspolicy", items) is items[1]
    assert titled("Avtalsförslag städning", items) is items[2]  # "Avtal" begins "Avtalsförslag"; 2 of 3 words
    assert titled("Ekonomisk rapport för första halvåret", items) is items[0]
    assert titled("Närvarolista", items) is None
    assert titled("Val av revisorer", items) is None  # "Val": no word of five letters names a subject


def test_an_entry_two_titles_answer_alike_goes_nowhere():
    items = [Item(number="2", title="Budget 2020"), Item(number="3", title="Budget 2021")]
    assert titled("Budget", items) is None


def test_a_list_in_the_header_gives_only_the_attachments_whose_item_it_names():
    text = ("Protokoll\nStyrelsen för Föreningen Lövet\nDatum: 2019-09-16\nNärvarande: Anna Ek, Per Lund\n\n"
            "Bilagor:\n1. Närvarolista\n2. Ekonomisk rapport för första halvåret\n3. Förslag till placeringspolicy\n\n"
            + HEAD.split("\n\n", 1)[1] + "§ 4 Mötets avslutande\nOrdföranden avslutade mötet.\n")
    assert _attachments(text) == {"1": [], "2": ["bilaga 2"], "3": ["bilaga 3"], "4": []}


def test_a_list_under_an_earlier_item_is_that_items_own():
    text = HEAD.replace("§ 2 Ekonomisk rapport\nKassören redovisade det ekonomiska läget för första halvåret.\n",
                        "§ 2 Ekonomisk rapport\nKassören redovisade läget.\n\nBilagor:\n1. Resultaträkning\n"
                        "2. Förslag till placeringspolicy\n") + "§ 4 Mötets avslutande\nOrdföranden avslutade mötet.\n"
    assert _attachments(text) == {"1": [], "2": ["bilaga 1", "bilaga 2"], "3": [], "4": []}


def test_a_closing_list_restating_an_earlier_items_attachment_leaves_the_last_item():
    text = ("Minnesanteckningar\nKostnätverket i Ekby län\nDatum: 2024-02-06\n\n"
            "Punkt 1. Välkommen\nOrdföranden hälsade välkommen.\n"
            "Punkt 2. Matsvinn\nLena Ek redovisade mätningar av tallrikssvinn under hösten (bilaga 1).\n"
            "Punkt 3. Nästa träff\nNästa träff blir den 14 maj 2024 i Ekby.\n"
            "Bilagor\nBilaga 1. Svinnmätning Ekby ht 2023 (pdf, 412 kB)\n")
    assert _attachments(text) == {"1": [], "2": ["bilaga 1"], "3": []}


def test_a_last_items_own_list_stays_when_no_earlier_item_or_two_refer_to_it():
    text = HEAD + ("§ 4 Årsredovisning 2018\nÅrsredovisningen godkändes.\n\n"
                   "Bilagor:\n1. Årsredovisning 2018 för föreningen\n")
    assert _attachments(text)["4"] == ["bilaga 1"]
    two = HEAD.replace("första halvåret.", "första halvåret, bilaga 1.").replace(
        "placeringspolicy.\n", "placeringspolicy, bilaga 1.\n")
    assert _attachments(two + "§ 4 Revision\nRevisorn rapporterade.\n\nBilagor:\n1. Revisorns rapport\n")["4"] == \
        ["bilaga 1"]
