"""parse.flatcontents: a contents list run onto one line with its paragraph numbers lost gives the items,
numberless; without the list's label or with pages going down it gives none."""

from protokoll.parse import parse_text

FLAT = ("2 Innehållsförteckning: Sid Budgetuppföljning för tekniska nämnden...3 Motion om belysning längs "
        "cykelvägen...5 Taxor för bygglov och anmälan 2022...7 Delegationsbeslut under perioden...9 "
        "Anmälningsärenden...10")


def test_the_entries_of_a_flattened_contents_list_are_the_items():
    items = parse_text("Kommunstyrelsens arbetsutskott 2022-02-03\n\n" + FLAT + "\n", "t.txt").items
    assert [(i.number, i.title) for i in items] == [
        (None, "Budgetuppföljning för tekniska nämnden"), (None, "Motion om belysning längs cykelvägen"),
        (None, "Taxor för bygglov och anmälan 2022"), (None, "Delegationsbeslut under perioden"),
        (None, "Anmälningsärenden")]


def test_no_label_or_pages_going_down_give_no_items():
    unlabelled = FLAT.replace("Innehållsförteckning: ", "")
    assert parse_text("Arbetsutskottet 2022-02-03\n\n" + unlabelled + "\n", "t.txt").items == []
    down = FLAT.replace("...9", "...2")
    assert parse_text("Arbetsutskottet 2022-02-03\n\n" + down + "\n", "t.txt").items == []


def test_two_entries_run_together_give_no_item():
    merged = FLAT.replace("Motion om belysning längs cykelvägen...5", "Verksamhetsplan för nämnden Motion om belysning "
                          "längs cykelvägen...5")
    titles = [i.title for i in parse_text("Arbetsutskottet 2022-02-03\n\n" + merged + "\n", "t.txt").items]
    assert titles == ["Budgetuppföljning för tekniska nämnden", "Taxor för bygglov och anmälan 2022",
                      "Delegationsbeslut under perioden", "Anmälningsärenden"]
