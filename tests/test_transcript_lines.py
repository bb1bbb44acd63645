"""A transcript whose pages follow its "Transkript" line one per line (no blank lines between them): the
site's page counters are no item numbers, the body's short-name numbering is; and the signature a kallelse's
last listed item runs on into is no part of its title.

All documents here are invented for the tests.
"""

import hashlib
from pathlib import Path

from protokoll.parse.headings import signature_cut
from protokoll.pipeline import process
from protokoll.repair.layout import unflatten

PAGES = [
    "1 SAMMANTRÄDESKALLELSE Sammanträdestid Onsdagen kl. 18:00 Sammanträdesplats Kommunhuset i Norrvik "
    "F Ö R E D R A G N I N G S L I S T A KS 41 Kallelse och beslutförhet KS 42 Godkännande av föredragningslistan "
    "KS 43 Val av protokolljusterare KS 44 Budgetuppföljning för hösten KS 45 Motion om en ny badplats "
    "KS 46 Tillsättande av valnämnd Norrvik Anna Lindqvist Kommunstyrelsens ordförande Det justerade protokollet "
    "finns framlagt på kommunkansliet under kansliets öppettider",
    "2 Nr. 7 Plats och tid Kommunhuset onsdagen kl Beslutande Anna Lindqvist Olof Strand Maja Vik Sune Holm "
    "ordförande viceordförande ledamot ledamot Föredragande Karin Dahl kommundirektör Paragrafer Underskrifter "
    "ordförande sekreterare Anna Lindqvist Karin Dahl Protokolljustering Norrvik den kl Olof Strand Maja Vik "
    "Övriga närvarande Lars Ek Per Holm Eva Sund Kallade under 44 Nils Berg Kallad under 45 Stina Ahl "
    "kommunfullmäktiges ordförande kommunfullmäktiges viceordförande ekonomichef skolföreståndare "
    "Plats och tid Intygar bestyrks Ort och tid Kommunkansliet i Norrvik den kl Karin Dahl Underskrift",
    "3 2 KS 41 KALLELSE OCH BESLUTFÖRHET Kommunstyrelse 41 FÖRSLAG: Mötet konstateras lagenligt sammankallat. "
    "Enligt förslag.",
    "4 3 KS 42 GODKÄNNANDE AV FÖREDRAGNINGSLISTAN Kommunstyrelse 42 FÖRSLAG: Listan godkänns. Enligt förslag.",
]
TEXT = "\n".join(["NORRVIKS KOMMUN KOMMUNSTYRELSE", "|", "- Anna Lindqvist", "- för 5 år sedan", "- Visningar:",
                  "Transkript", *PAGES])


def _items(text: str) -> list[tuple[str | None, str]]:
    data = text.encode()
    rec = process(Path("kallelse.txt"), data, hashlib.sha256(data).hexdigest()).record
    return [(it.number, it.title) for it in rec.items]


def test_pages_one_per_line_after_the_transcript_line_lose_their_counters():
    lines = unflatten(TEXT).split("\n")
    assert not any(ln.startswith(("1 SAMMANTRÄDESKALLELSE", "2 Nr. 7")) for ln in lines)


def test_the_listed_items_are_read_not_the_page_counters():
    items = dict(_items(TEXT))
    assert sorted(items) == ["41", "42", "43", "44", "45", "46"]
    assert items["41"].casefold() == "kallelse och beslutförhet"
    assert items["46"] == "Tillsättande av valnämnd"


def test_counters_that_do_not_run_from_one_stay():
    text = "Transkript\n2 Ärenden som inte är sidor\n5 Ett annat ärende"
    assert unflatten(text) == text


def test_signature_cut_needs_a_name_and_a_role_after_it():
    assert signature_cut("Tillsättande av valnämnd Norrvik Anna Lindqvist Kommunstyrelsens ordförande Det") \
        == "Tillsättande av valnämnd"
    assert signature_cut("Avtackning av Anna Lindqvist, kommundirektör") \
        == "Avtackning av Anna Lindqvist, kommundirektör"
    assert signature_cut("Val av ordförande Anna Lindqvist ordförande sedan 2019") \
        == "Val av ordförande Anna Lindqvist ordförande sedan 2019"


def test_the_one_long_page_of_a_transcript_loses_its_counter_not_its_first_item():
    page = ("1 Protokoll från styrelsemöte nr. 3 Norrvik, 4-5 mars 2011 Närvarande Anna Holm, ordförande "
            "Olof Strand, styrelseledamot Maja Vik, styrelseledamot Per Ek, sekreterare "
            "1. Godkännande av kallelse och dagordning Styrelsen godkände dagordningen. "
            "2. Föregående protokoll Protokollet från förra mötet lades till handlingarna. "
            "3. Ekonomisk rapport Kassören redovisade det ekonomiska läget för året.")
    items = _items("Styrelsen godkände dagordningen.\n\nTranskript\n\n" + page)
    assert [n for n, _ in items] == ["1", "2", "3"]
    assert items[0][1] == "Godkännande av kallelse och dagordning"


def test_a_decisions_numbered_clauses_are_no_item_headings_on_a_flattened_page():
    pages = [
        "1 1 (6) Protokoll Protokoll från samråd med föreningarna den 3 maj 2019 Plats: Rådhuset, Norrvik "
        "Närvarande Anna Holm (S), nämnden Olof Strand (M), nämnden Från föreningarna Maja Vik PRO Per Ek SPF "
        "Lars Sund SPF Eva Berg PRO Nils Ahl RPG Stina Ek RPG Övriga Karin Dahl, nämndsekreterare",
        "2 2 (6) Underskrifter Sekreterare: Karin Dahl Ordförande: Anna Holm (S) Justerare: Maja Vik (PRO)",
        "3 3 (6) 1 Val av justerare Beslut 1. Maja Vik (PRO) utses att justera protokollet. 2. Per Ek (SPF) "
        "utses att justera protokollet. 2 Kollektivtrafiken i kommunen Karin Dahl från enhet trafik berättar om "
        "de nya linjerna som börjar gälla i höst och om hur färdtjänsten ska ordnas på landsbygden efter "
        "sommaren. Föreningarna ställde frågor om turtätheten och om hållplatsernas tillgänglighet.",
    ]
    items = _items("\n".join(["Samråd", "Transkript", *pages]))
    assert ("1", "Val av justerare") in items
    assert not any(title.startswith("Per Ek") for _, title in items)


def test_a_number_after_its_arende_label_is_read_whatever_column_head_stands_before_it():
    text = ("Transkript\n\n1 KALLELSESIDA Utfärdat den 3.5.2018 Sammanträdestid Onsdagen den 9 maj kl. 18:00 "
            "Sammanträdesplats Kommunkansliet i Norrvik Ärendets nr Ärende 41 Laglighet och beslutförhet "
            "42 Protokolljustering 43 Personalplan för året 44 Budgetuppföljning per april 45 Markförsäljning i "
            "hamnområdet Ordförande Anna Holm Denna möteskallelse har anslagits på anslagstavlan Karin Dahl, "
            "förvaltningschef\n\n2 41 Laglighet och beslutförhet Ordföranden konstaterar sammanträdets "
            "lagliga sammankallande samt beslutförhet. Konstaterades.")
    assert [n for n, _ in _items(text)][:2] == ["41", "42"]
