"""Presenters set after an agenda item's title with their job title, in the forms the heading rules missed:

- the job title and the name after the heading's comma: "Tillsynsplan, ekonomichef Eva Lindqvist"
  (presenters.py ``TITLED_NAME_END``: not the "... Eva Lindqvist, utredare" trailing title);
- a job title that opens with an abbreviation, before the name in parentheses ("(HR-chef Eva Lindqvist)",
  "(VD Eva Lindqvist)", presenterrun.py ``LEADING_TITLE``) or after it ("Eva Lindqvist, IT-strateg",
  "Eva Lindqvist (VD)", presenterslot.py ``ABBREVIATED_TITLE``).

A heading about the person it names (a farewell, a hiring, words in memory of someone) names no presenter
(presenters.py ``SUBJECT_HEADING``). The item's title keeps neither the name nor the job title."""

from protokoll.parse import parse_text
from protokoll.parse.headingpresenters import heading_presenters

HEAD = "KALLELSE\nMiljönämnden i Ekby\nTid: 2023-03-14 kl. 13.00\nÄrenden\n1. Val av justerare\n"


def test_a_job_title_and_the_name_after_the_comma():
    assert heading_presenters("Tillsynsplan 2023, ekonomichef Eva Lindqvist")[:2] == ("Tillsynsplan 2023",
                                                                                    ("Eva Lindqvist",))
    assert heading_presenters("Budget, t.f. förvaltningschef Jon Ek-Sand")[:2] == ("Budget", ("Jon Ek-Sand",))
    assert heading_presenters("Budget, Eva Lindqvist, utredare")[:2] == ("Budget", ("Eva Lindqvist",))


def test_an_abbreviated_job_title_before_or_after_the_name():
    for heading in ("Lönekartläggning (HR-chef Eva Lindqvist)", "Lönekartläggning, Eva Lindqvist, HR-chef",
                    "Lönekartläggning Eva Lindqvist (HR-chef)", "Lönekartläggning: Eva Lindqvist, IT-strateg",
                    "Lönekartläggning (VD Eva Lindqvist)", "Lönekartläggning, Eva Lindqvist, VD"):
        assert heading_presenters(heading)[:2] == ("Lönekartläggning", ("Eva Lindqvist",)), heading


def test_a_heading_about_the_person_names_no_presenter():
    for heading in ("Avtackning, rektor Eva Lindqvist", "Avtackning rektor Eva Lindqvist",
                    "Anställning av förvaltningschef Eva Lindqvist", "Minnesord, kommunalråd Eva Lindqvist",
                    "Uppvaktning, rektor Eva Lindqvist"):
        assert heading_presenters(heading)[1] == (), heading
    assert heading_presenters("Avtackning, rektor Eva Lindqvist")[0] == "Avtackning, rektor Eva Lindqvist"


def test_in_an_agenda():
    items = {i.number: i for i in parse_text(
        HEAD + "2. Tillsynsplan 2023, miljöchef Eva Lindqvist\n3. Lönekartläggning, Jon Ek-Sand, HR-chef\n"
        "4. Övriga frågor\n", "x.txt").items}
    assert (items["2"].title, items["2"].presenters) == ("Tillsynsplan 2023", ["Eva Lindqvist"])
    assert (items["3"].title, items["3"].presenters) == ("Lönekartläggning", ["Jon Ek-Sand"])
    assert items["4"].presenters == []
