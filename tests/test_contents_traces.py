"""parse.contentstraces and contents._list_lines: item numbers stripped to a dot at a line's start (". Taxor") are
headings where the numbered headings around them leave exactly that many numbers out, and listed titles under a
list's label; otherwise such lines stay text."""

from protokoll.parse import parse_text

HEAD = "Protokoll Byggnadsnämnden Sammanträdesdatum 2031-05-20\n\n"


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in parse_text(text, "t.txt").items]


def test_dotted_lines_filling_a_gap_in_the_numbers_are_items():
    text = HEAD + ("1. Val av protokolljusterare\nEmil Sand utses att justera.\n\n. Taxa för bygglov 2032\n"
                   "Nämnden beslutar att anta taxan.\n\n. Delegationsbeslut\nRedovisningen läggs till handlingarna.\n\n"
                   "4. Övriga frågor\nInga frågor anmäldes.\n")
    assert _items(text) == [("1", "Val av protokolljusterare"), (None, "Taxa för bygglov 2032"),
                            (None, "Delegationsbeslut"), ("4", "Övriga frågor")]


def test_dotted_lines_that_do_not_match_the_gap_stay_text():
    text = HEAD + ("1. Val av protokolljusterare\nEmil Sand utses att justera.\n\n. Taxa för bygglov 2032\n"
                   "Nämnden beslutar att anta taxan.\n\n4. Övriga frågor\nInga frågor anmäldes.\n")
    assert [n for n, _ in _items(text)] == ["1", "4"]


def test_a_labelled_list_of_dotted_titles_gives_its_items():
    text = HEAD + "Dagordning\n. Val av protokolljusterare\n. Taxa för bygglov 2032\n. Delegationsbeslut\n. Meddelanden\n"
    assert _items(text) == [(None, "Val av protokolljusterare"), (None, "Taxa för bygglov 2032"),
                            (None, "Delegationsbeslut"), (None, "Meddelanden")]


def test_dotted_lines_under_a_list_of_one_title_a_line_go_on_it():
    text = HEAD + "Dagordning\n1. Val av protokolljusterare\n. Taxa för bygglov 2032\n3. Delegationsbeslut\n. Meddelanden\n"
    assert _items(text) == [("1", "Val av protokolljusterare"), (None, "Taxa för bygglov 2032"),
                            ("3", "Delegationsbeslut"), (None, "Meddelanden")]


def test_a_dotted_line_under_an_item_with_text_is_the_items_text():
    text = HEAD + ("1. Val av protokolljusterare\nEmil Sand utses att justera.\n2. Taxa för bygglov 2032\n"
                   "Nämnden antar taxan.\n. Beslutet gäller från och med juli\n")
    assert [n for n, _ in _items(text)] == ["1", "2"]
