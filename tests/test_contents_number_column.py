"""parse.numbercolumn: a contents list extracted column by column prints its paragraph numbers as a run of their own
("§ 31" / "§ 32" / "§ 33" ..., no title) before the titles; those numbers are no items. Numbered headings whose titles
were stripped but whose text follows each of them stay items."""

from protokoll.parse import parse_text

HEAD = ("Protokoll Samordningsförbundet Norrby 2021-05-20\n\nPlats och tid: Stadshuset, Norrby kl. 09.00-11.00\n\n"
        "Närvarande: Eva Lund, ordförande\n\n")
LISTED = ("§ 27 Mötets öppnande\n\n§ 28 Godkännande av dagordningen\n\n§ 29 Val av justerare\n\n"
          "§ 30 Föregående protokoll\n\nBeslutsärende\n\n")


def test_a_run_of_bare_numbers_is_the_lists_column_and_no_items():
    column = "".join(f"§ {n}\n\n" for n in range(31, 37))
    titles = "Budget 2022 Beslutsärende\n\nAnsökan om medel till projektet Steget. Beslutsärende\n\nMeddelanden\n"
    items = parse_text(HEAD + LISTED + column + titles, "t.txt").items
    assert [(i.number, i.title) for i in items][:4] == [("27", "Mötets öppnande"), ("28", "Godkännande av dagordningen"),
                                                        ("29", "Val av justerare"), ("30", "Föregående protokoll")]
    assert [i.number for i in items[4:]] == [None]  # the column's last number opens the titles: which is its own is
    assert items[4].title.startswith("Budget 2022")  # not printed


def test_numbered_paragraphs_with_their_texts_stay_items():
    body = "".join(f"§ {n}\n\nStyrelsen beslutar att godkänna rapporten nummer {n}.\n\n" for n in range(31, 35))
    items = parse_text(HEAD + LISTED + body, "t.txt").items
    assert [i.number for i in items] == ["27", "28", "29", "30", "31", "32", "33", "34"]
