"""A programme's numbered points with their time before the title ("1. 09.00 Välkommen", "2. kl. 09.15–10.00 Budget,
Eva Lindqvist"): each is an item numbered as printed, its title without the time, its presenter read from the title
as in any agenda (headingrules.py ``TIMED``). A break ("4. 10.45 Paus") is a slot of the day, not an item, and a
decision's numbered list of times under a colon stays the decision's text."""

from protokoll.parse import parse_text

PROGRAMME = ("Dagordning\nRegionala samverkansrådet i Ekby\nDatum: 2023-03-14\n1. 09.00 Välkommen och inledning\n"
             "2. kl. 09.15–10.00 Aktuellt från regionen, Eva Lindqvist\n3. 10.00 Kompetensförsörjning (Jon Ek-Sand)\n"
             "4. 10.45 Paus\n5. 11.00 Nya riktlinjer\n")


def test_each_timed_point_is_an_item():
    items = [(i.number, i.title, i.presenters) for i in parse_text(PROGRAMME, "x.txt").items]
    assert items == [("1", "Välkommen och inledning", []), ("2", "Aktuellt från regionen", ["Eva Lindqvist"]),
                     ("3", "Kompetensförsörjning", ["Jon Ek-Sand"]), ("5", "Nya riktlinjer", [])]


def test_a_decisions_list_of_times_is_no_item():
    text = ("PROTOKOLL\nStyrelsen för Ekby Energi AB 2023-03-14\n§ 4 Mötestider\nStyrelsen beslutar följande tider:\n"
            "1. 09.00 Styrelsemöte\n2. 13.00 Årsmöte\n§ 5 Övriga frågor\nInga frågor.\n")
    assert [i.number for i in parse_text(text, "x.txt").items] == ["4", "5"]
