"""A flattened agenda table whose kind-of-item column stands between the title and the presenter's name
("Budgetuppföljning Information Eva Lindqvist", "Taxor Diskussion Jon Ek-Sand"): the title loses the column word with
the name (presenterslot.py ``COLUMN_END``). A title that is nothing but such a word keeps it ("Information Eva
Lindqvist"), and a year range ends no title early ("Budget 2018, plan 2019-2021 Eva Lindqvist Jon Ek-Sand")."""

from protokoll.parse import parse_text
from protokoll.parse.headingpresenters import heading_presenters


def test_the_kind_column_leaves_with_the_name():
    assert heading_presenters("Budgetuppföljning Information Eva Lindqvist")[:2] == \
        ("Budgetuppföljning", ("Eva Lindqvist",))
    assert heading_presenters("Taxor Diskussion Jon Ek-Sand")[:2] == ("Taxor", ("Jon Ek-Sand",))


def test_a_title_keeps_its_own_words():
    assert heading_presenters("Information Eva Lindqvist")[:2] == ("Information", ("Eva Lindqvist",))
    assert heading_presenters("Budget 2018, plan 2019-2021 Eva Lindqvist Jon Ek-Sand")[0] == "Budget 2018, plan 2019-2021"


def test_in_a_flattened_agenda():
    text = ("Kommunstyrelsen KALLELSE Tid 2023-03-14 kl. 13.00 Plats Sessionssalen Ärenden Föredragande "
            "1 Val av justerare 2 Budgetuppföljning Information Eva Lindqvist 3 Övriga frågor\n")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert (items["2"].title, items["2"].presenters) == ("Budgetuppföljning", ["Eva Lindqvist"])
