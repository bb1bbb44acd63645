"""A heading run on into its presenter label when a page lost its line breaks: "Budgetuppföljning Föredragande
ekonomichef Eva Lindqvist", "Budget Information lämnas av Eva Lindqvist." (presenterrun.py ``RUN_ON_LABEL``, read
before the names at a heading's end, so that the label and the job title leave the title with the name). The label
written in lower case ("Val av föredragande Eva Lindqvist") is the heading's own words, and a heading about the
person ("Avsägelse ...") or a label followed by no person names no presenter."""

from protokoll.parse import parse_text
from protokoll.parse.headingpresenters import heading_presenters


def test_the_label_run_on_into_the_heading():
    assert heading_presenters("Budgetuppföljning Föredragande ekonomichef Eva Lindqvist")[:2] == \
        ("Budgetuppföljning", ("Eva Lindqvist",))
    assert heading_presenters("Budget Information lämnas av Eva Lindqvist.")[:2] == ("Budget", ("Eva Lindqvist",))
    assert heading_presenters("Rapport Redovisning av Eva Lindqvist och Jon Ek-Sand")[:2] == \
        ("Rapport", ("Eva Lindqvist", "Jon Ek-Sand"))


def test_no_presenter_without_the_label_or_a_person():
    for heading in ("Val av föredragande Eva Lindqvist", "Budget Föredragande Förvaltningen",
                    "Avsägelse Föredragande Eva Lindqvist"):
        assert heading_presenters(heading)[1] == (), heading


def test_in_a_flattened_protocol():
    text = ("Kommunstyrelsen Sammanträdesdatum 2023-03-14 KS 21 Val av justerare Jon Ek utses att justera. KS 22 Dnr "
            "KS 2023/14 Budgetuppföljning Föredragande ekonomichef Eva Lindqvist. Kommunstyrelsen beslutar att notera "
            "informationen. KS 23 Övriga frågor Inga frågor.\n")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert (items["22"].title, items["22"].presenters) == ("Budgetuppföljning", ["Eva Lindqvist"])
