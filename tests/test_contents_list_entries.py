"""parse.contentslist: a contents list whose paragraph numbers were lost gives the items, numberless, when the
text has no other heading; header entries and a lone dot-leader line give none."""

from protokoll.parse import parse_text

CONTENTS = """Protokoll från tekniska utskottets sammanträde 2022-04-06 Innehållsförteckning

Närvarande... 2

Budgetuppföljning mars med prognos... 3

Upphandling av vinterväghållning ... 5

Gatubelysning i ytterområdena, information... 7

Delegationsbeslut ... 9

(2)

Plats och tid Kommunhuset, kl 13.00-15.30

Beslutande Eva Lind (S), ordförande
"""


def test_the_entries_of_a_numberless_contents_list_are_the_items():
    items = parse_text(CONTENTS, "t.txt").items
    assert [(i.number, i.title) for i in items] == [
        (None, "Budgetuppföljning mars med prognos"), (None, "Upphandling av vinterväghållning"),
        (None, "Gatubelysning i ytterområdena, information"), (None, "Delegationsbeslut")]


def test_two_entries_or_pages_going_down_are_no_contents_list():
    two = "Protokoll 2022-04-06\n\nBudgetuppföljning... 3\n\nDelegationsbeslut ... 9\n"
    assert parse_text(two, "t.txt").items == []
    down = "Protokoll 2022-04-06\n\nBudget... 9\n\nTaxor... 4\n\nDelegationsbeslut ... 2\n"
    assert parse_text(down, "t.txt").items == []
