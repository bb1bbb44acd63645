"""A flattened list of matters whose entries put the case number before the title: the line break
before "Dnr" keeps each entry's number with its entry (documents written here, in our own words)."""
from protokoll.parse.assemble import parse_text
from protokoll.repair import repair_text
from protokoll.repair.dnrentry import entry_number_start

FLAT_LIST = ("Byggnadsnämnden\n\n2(20) Byggnadsnämnden Ärendelista 12 Dnr BN 2023/40 Ekonomisk uppföljning... 3 "
             "13 Dnr BN 2023/51 Svar på motion: Fler laddplatser vid skolorna... 5 "
             "14 Dnr BN 2022/77 Detaljplan för kvarteret Eken i den östra stadsdelen... 8 "
             "15 Dnr BN 2023/60 Tillsyn av ventilation i skolor och förskolor... 11 "
             "16 Dnr BN 2023/02 Delegationsbeslut under perioden... 14\n")


def test_entry_numbers_start_their_lines():
    text, _ = repair_text(FLAT_LIST)
    lines = [ln for ln in text.splitlines() if "Dnr" in ln]
    assert [ln.split()[0] for ln in lines] == ["12", "13", "14", "15", "16"]
    assert not any(ln.rstrip().endswith(("Ärendelista 12", "3 13", "5 14", "8 15", "11 16")) for ln in text.splitlines())


def test_flat_list_gives_its_items_with_whole_titles():
    text, _ = repair_text(FLAT_LIST)
    items = parse_text(text, source="flat.txt").to_dict()["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("12", "Ekonomisk uppföljning"),
        ("13", "Svar på motion: Fler laddplatser vid skolorna"),
        ("14", "Detaljplan för kvarteret Eken i den östra stadsdelen"),
        ("15", "Tillsyn av ventilation i skolor och förskolor"),
        ("16", "Delegationsbeslut under perioden")]


def test_number_references_stay_where_they_are():
    for prev in ("Mötet startade kl. 10", "enligt sida 3", "Beslut 2023-04-05", "Anna Berg informerar 4"):
        assert entry_number_start(prev + " Dnr", len(prev) + 1) is None
    assert entry_number_start("Titel... 7 15 Dnr", 12) == 11
    assert entry_number_start("Innehåll: 2 Dnr", 12) == 10
