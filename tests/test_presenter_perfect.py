"""A protocol written after the meeting may put the presenter's verb in the perfect: "Ekonomichef Eva Lindqvist har
informerat om budgetläget", "Jon Ek har redogjort för ärendet" (presenters.py ``PRESENTS``). The passive
("har informerats om") and the past perfect ("hade presenterat", often about an earlier meeting) name no presenter."""

from protokoll.parse import parse_text
from protokoll.parse.presenters import presenters_in


def test_the_perfect_names_the_presenter():
    assert presenters_in("Ekonomichef Eva Lindqvist har informerat om budgetläget.") == ["Eva Lindqvist"]
    assert presenters_in("Jon Ek-Sand har redogjort för ärendet.") == ["Jon Ek-Sand"]
    assert presenters_in("Eva Lindqvist och Jon Ek-Sand har gått igenom rapporten.") == ["Eva Lindqvist", "Jon Ek-Sand"]


def test_no_presenter_in_the_passive_or_without_a_person():
    assert presenters_in("Eva Lindqvist har informerats om beslutet.") == []
    assert presenters_in("Förvaltningen har informerat nämnden.") == []
    assert presenters_in("Eva Lindqvist hade presenterat förslaget vid förra mötet.") == []


def test_in_a_protocol():
    text = ("PROTOKOLL\nKommunstyrelsen i Ekby\nSammanträdesdatum 2023-03-14\n§ 21 Val av justerare\n"
            "Jon Ek utses att justera.\n§ 22 Budgetuppföljning\nEkonomichef Eva Lindqvist har informerat om "
            "budgetläget.\nBeslut\nInformationen noteras.\n")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert items["22"].presenters == ["Eva Lindqvist"]
    assert items["21"].presenters == []
