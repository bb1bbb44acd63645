"""Lists of items that lost the tie between numbers and titles (h161, issue 10): a contents table read column by
column ("§1" / "§2" / "§3" then the titles), a contents list cut short after two numbered entries, and titles run
together whose next one opens with an agenda's noun after a capitalised word."""

from protokoll.parse import parse_text
from protokoll.parse.lines import split_lines

HEAD = ("Protokoll\n2026-02-10\nKulturnämnden i Norrby\nTid\n13:00-15:30\nPlats\nKulturhuset, Storgatan 3\n"
        "Beslutande\nEva Lind (S), ordförande\nPer Holm (M)\nJusterare\nPer Holm\n")
COLUMNS = ("Protokoll\n2026-02-10\nÄrendelista\n§1\n§2\n§3\n§4\n§5\nJusterare signatur\nVal av justerare\n"
           "Konstverk till skolorna i Norrby\nBudget för biblioteken 2027\nSammanträdesplan 2027\n"
           "Anmälan av delegationsbeslut\nUtdragsbestyrkande\nProtokoll\n2026-02-10\n"
           "§ 1 - Val av justerare\nBeslut\nPer Holm utses att justera protokollet.\n"
           "§ 2 - Konstverk till skolorna i Norrby\nÄrendebeskrivning\nFörvaltningen föreslår ett lån av konstverk.\n")


def items(text):
    return [(it.number, it.title) for it in parse_text(text, "x.txt").items]


def test_a_number_column_and_its_title_column_are_the_items():
    found = items(HEAD + COLUMNS)
    assert len(found) == 5  # no item twice: listed and written again as its paragraph
    assert dict(found) == {"1": "Val av justerare", "2": "Konstverk till skolorna i Norrby",
                   "3": "Budget för biblioteken 2027", "4": "Sammanträdesplan 2027",
                   "5": "Anmälan av delegationsbeslut"}


def test_columns_of_unequal_length_are_left_alone():
    from protokoll.parse.flatlists import paired_columns

    one_less = COLUMNS.replace("Anmälan av delegationsbeslut\n", "")
    lines = split_lines(HEAD + one_less)
    assert [ln.text for ln in paired_columns(lines)] == [ln.text for ln in lines]


def test_numbers_that_do_not_follow_on_are_no_column():
    from protokoll.parse.flatlists import paired_columns

    lines = split_lines("Ärendelista\n§1\n§3\n§4\nVal av justerare\nBudget\nTaxor\n")
    assert [ln.text for ln in paired_columns(lines)] == [ln.text for ln in lines]


def test_a_contents_list_cut_after_two_numbered_entries():
    text = ("Socialnämnden Sida 1 av 9 Plats och tid Kommunhuset, Norrby, klockan 13:00-15:00 Beslutande Eva Lind (S), "
            "ordförande Per Holm (M) Utses att justera Per Holm\n\n2 Socialnämnden (9) Innehållsförteckning 31 "
            "Lokaler för daglig verksamhet - beslut om hyresavtal 32 Riktlinjer för färdtjänst - yttrande\n")
    got = items(text)
    assert ("31", "Lokaler för daglig verksamhet - beslut om hyresavtal") in got
    assert ("32", "Riktlinjer för färdtjänst - yttrande") in got


def test_two_entries_whose_numbers_do_not_follow_on_give_nothing():
    text = ("Socialnämnden Sida 1 av 9 Plats och tid Kommunhuset, Norrby, klockan 13:00-15:00 Beslutande Eva Lind (S), "
            "ordförande Per Holm (M) Utses att justera Per Holm\n\n2 Socialnämnden (9) Innehållsförteckning 31 "
            "Lokaler för daglig verksamhet - beslut om hyresavtal 35 Riktlinjer för färdtjänst - yttrande\n")
    assert items(text) == []


def test_an_agenda_noun_after_a_capitalised_word_opens_a_title():
    from protokoll.parse.flatlists import opens_title

    assert opens_title("Motion", "om")
    assert opens_title("Delegeringsbeslut", "Revidering")
    assert not opens_title("Gotland", "och")
    assert not opens_title("Motion", "Anna")
    text = ("Miljönämnden Sida 1 av 9 Plats och tid Stadshuset, Norrby, klockan 13:00-15:00 Beslutande Eva Lind (S), "
            "ordförande\n\n2 Miljönämnden (9) Innehållsförteckning Val av protokolljusterare Fastställande av "
            "dagordning Information Delegeringsbeslut Tillsyn av enskilda avlopp i Norrby\n")
    titles = [t for _, t in items(text)]
    assert "Information" in titles and "Delegeringsbeslut" in titles


def test_a_proposed_agenda_heads_its_list_of_plain_lines():
    text = ("Kallelse till styrelsemöte i Norrby Ridklubb\n\nTid: 12 mars 2026 kl. 18:00\nPlats: Klubbstugan\n\n"
            "Förslag till dagordning\nMötets öppnande\nVal av justerare\nEkonomisk rapport\nNya medlemmar\n"
            "Övriga frågor\n\nVälkomna!\nAnna Berg, ordförande\n")
    assert [t for _, t in items(text)] == ["Mötets öppnande", "Val av justerare", "Ekonomisk rapport",
                                           "Nya medlemmar", "Övriga frågor"]
    assert items(text.replace("Förslag till dagordning\n", "Förslag till dagordning\nGodkändes av styrelsen.\n")) == []
