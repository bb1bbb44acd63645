"""A protocol's contents list: a heading numbering a range of paragraphs ("§ 12-20 Sekretessärenden") is followed
by the paragraph after the range (items._best_chain, Heading.last), and the page column after the titles is
dropped (parse.contentspages)."""

from protokoll.parse import parse_text
from protokoll.parse.contentspages import without_page_column
from protokoll.parse.headings import Heading
from protokoll.parse.lines import Line

CONTENTS = """SAMMANTRÄDESPROTOKOLL Socialnämnden 2021-03-10

INNEHÅLLSFÖRTECKNING

§ 10 Godkännande av dagordningen 3

§ 11 Val av justerare 4

§ 12-20 Individärenden 5

§ 21 Information om tillsyn av boenden enligt 7 kap 1 § SoL 6-7

§ 22 Månadsuppföljning januari 2021 8

§ 23 Anmälan av delegationsbeslut 9
"""


def test_the_paragraph_after_a_range_heading_follows_it():
    items = parse_text(CONTENTS, "t.txt").items
    assert [i.number for i in items] == ["10", "11", "12", "21", "22", "23"]
    assert items[2].title == "Individärenden"


def test_a_contents_lists_page_column_is_no_part_of_the_titles():
    titles = [i.title for i in parse_text(CONTENTS, "t.txt").items]
    assert titles == ["Godkännande av dagordningen", "Val av justerare", "Individärenden",
                      "Information om tillsyn av boenden enligt 7 kap 1 § SoL", "Månadsuppföljning januari 2021",
                      "Anmälan av delegationsbeslut"]


def test_numbers_that_go_down_or_stand_alone_are_the_titles_own():
    lines = [Line("§ 1 Budget 2024 del 2", 0), Line("", 30), Line("§ 2 Sandby 12", 31), Line("", 50),
             Line("§ 3 Detaljplan för kvarteret 7", 51)]
    heads = [Heading(0, "1", "Budget 2024 del 2", "para", 1.0), Heading(2, "2", "Sandby 12", "para", 1.0),
             Heading(4, "3", "Detaljplan för kvarteret 7", "para", 1.0)]
    assert [h.title for h in without_page_column(heads, lines)] == ["Budget 2024 del 2", "Sandby 12",
                                                                    "Detaljplan för kvarteret 7"]
