"""parse.inline: a "§" whose number was stripped, between numbered "§ N" headings of a flattened line."""

from protokoll.parse import parse_text

HEAD = ("PROTOKOLL Kulturnämnden Sammanträdesdatum 2023-03-14 Plats Rådhuset i Lövbacka "
        "Beslutande Petra Ljung (S) ordförande Lars Fenn (M) ")


def _items(body: str) -> list[tuple]:
    return [(i.number, i.title) for i in parse_text(HEAD + body, "t.txt").items]


def test_a_stripped_number_between_two_numbered_paragraphs_is_an_item_without_number():
    items = _items("§ 18 Budget för år 2024 Nämnden beslutade att godkänna budgeten. § 19 Taxor för bibliotek "
                   "Taxorna fastställdes. § Delegationsbeslut Redovisningen lades till handlingarna. "
                   "§ 21 Meddelanden Inga meddelanden.")
    assert [n for n, _ in items] == ["18", "19", None, "21"]
    assert items[1][1] == "Taxor för bibliotek"  # not "§ 19", the next title numbered 20
    assert items[2][1] == "Delegationsbeslut"


def test_a_flattened_contents_list_with_one_number_stripped():
    items = _items("§ 18 Budget § 19 Taxor § Delegationsbeslut § 21 Meddelanden § 22 Övriga frågor")
    assert items == [("18", "Budget"), ("19", "Taxor"), (None, "Delegationsbeslut"), ("21", "Meddelanden"),
                     ("22", "Övriga frågor")]


def test_dnr_columns_and_a_wider_gap_keep_the_number_unknown():
    items = _items("§ 18 Dnr KN 2023/12 Budget för år 2024 Nämnden godkände budgeten. § Dnr KN 2023/18 Taxor "
                   "Taxorna fastställdes. § 22 Dnr KN 2023/2 Delegationsbeslut Redovisningen lades till "
                   "handlingarna. § 23 Meddelanden Inga meddelanden.")
    assert [n for n, _ in items] == ["18", None, "22", "23"]  # 19, 20 or 21: never guessed
    assert "Taxor" in items[1][1]


def test_a_paragraph_sign_cited_in_prose_stays_text():
    items = _items("§ 3 Budget Nämnden beslutade att godkänna budgeten. § 4 Taxor Taxorna fastställdes "
                   "enligt § Avgifter i taxan. § 6 Meddelanden Inga meddelanden. § 7 Avslutning Mötet avslutades.")
    assert [n for n, _ in items] == ["3", "4", "6", "7"]
    items = _items("§ 3 Budget Nämnden beslutade att godkänna budgeten. § 4 Taxor Taxorna fastställdes med "
                   "stöd av § Avgifter. § 5 Meddelanden Inga meddelanden. § 6 Avslutning Mötet avslutades.")
    assert [n for n, _ in items] == ["3", "4", "5", "6"]


def test_two_numbers_stripped_in_a_row_between_two_numbered_paragraphs():
    items = _items("§ 18 Budget för år 2024 Nämnden beslutade att godkänna budgeten. § Taxor för bibliotek "
                   "Taxorna fastställdes. § Delegationsbeslut Redovisningen lades till handlingarna. "
                   "§ 21 Meddelanden Inga meddelanden.")
    assert [n for n, _ in items] == ["18", None, None, "21"]
    assert [t for _, t in items[1:3]] == ["Taxor för bibliotek", "Delegationsbeslut"]


def test_two_numbered_paragraphs_with_a_prose_sign_between_are_not_cut():
    items = _items("§ 18 Budget för år 2024 Nämnden beslutade med stöd av § Taxor att godkänna budgeten och "
                   "hänvisade till § 21 Meddelanden i reglementet.")
    assert not any(n is None and "Taxor" in t for n, t in items)


def test_a_sign_inside_a_sentence_between_the_headings_is_prose():
    items = _items("§ 18 Budget för år 2024 Nämnden godkände budgeten. § 19 Taxor Taxorna fastställdes, se även "
                   "§ Avgifter. § 21 Meddelanden Inga meddelanden. § 22 Avslutning Mötet avslutades.")
    assert [n for n, _ in items] == ["18", "19", "21", "22"]
    assert items[1][1] == "Taxor"


def test_the_last_paragraph_of_a_flattened_line_lost_its_number():
    items = _items("§ 18 Budget för år 2024 Nämnden godkände budgeten. § 19 Taxor för bibliotek Taxorna fastställdes. "
                   "§ 20 Delegationsbeslut Redovisningen lades till handlingarna. § Meddelanden Inga meddelanden har "
                   "kommit in.")
    assert [n for n, _ in items] == ["18", "19", "20", None]
    assert items[3][1].startswith("Meddelanden")


def test_a_sign_after_the_last_paragraph_not_after_a_sentence_is_no_heading():
    items = _items("§ 18 Budget för år 2024 Nämnden godkände budgeten. § 19 Taxor för bibliotek Taxorna fastställdes. "
                   "§ 20 Delegationsbeslut Redovisningen lades till handlingarna enligt § Delegationsordningen och "
                   "anmäldes till nämnden.")
    assert [n for n, _ in items] == ["18", "19", "20"]


def test_a_missing_number_standing_on_a_later_line_is_not_guessed_on_the_flattened_one():
    text = (HEAD + "\nUN § 4 Val av justerare Beslut Tove Lind utses att justera protokollet. UN § 5 Fastställande "
            "av föredragningslista Beslut Listan fastställs med ett tillägg om lokalerna.\nUN § 6\nDnr UN 2022/71\nSkolskjuts för elever i "
            "Lövbacka Utredaren redogör för hur skolskjutsen ordnas och vad den kostar för nämnden.\nBeslut\n"
            "Skolskjutsen ordnas som förut.\nUN § 7 Dnr UN 2022/80 Meddelanden Rektorn informerar om att "
            "höstterminen börjar den 21 augusti och att två lärare har anställts under sommaren.\n")
    items = [(i.number, i.title) for i in parse_text(text, "t.txt").items]
    assert items[:2] == [("4", "Val av justerare"), ("5", "Fastställande av föredragningslista")]
    assert [n for n, _ in items] == ["4", "5", "6", "7"]
    assert "Skolskjuts" in items[2][1]
