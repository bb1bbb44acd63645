"""A named person's task in the running text of minutes: "X återkommer med", "X ansvarar för" (parse/tasks.py)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.tasks import person_duties

TEXT = ("MINNESANTECKNINGAR\nNätverket för folkhälsa\nDatum: 2022-09-14\n\n1. Konferens\n"
        "Diskussion om höstens konferens. Kent Holm återkommer med ett förslag till program till nästa möte. "
        "Elin Sjö ansvarar för att inbjudan skickas ut.\n\n2. Nästa möte\nNästa möte 12 oktober 2022.\n")


def test_a_named_persons_task_in_running_text_is_an_assignment():
    item = parse_text(TEXT, "x.txt").items[0]
    assert [(a.assignee, a.due) for a in item.assignments] == [("Kent Holm", "2022-10-12"), ("Elin Sjö", None)]


def test_a_body_is_no_person_task_but_a_given_name_alone_is():
    assert person_duties(["Regionen ansvarar för driften av systemet.", "Socialnämnden återkommer i frågan.",
                          "Budgeten återkommer med en ny version."]) == []
    # minutes name their members by the given name alone (a gazetteer given name only)
    assert person_duties(["Kent återkommer med ett förslag."]) == ["Kent återkommer med ett förslag."]
    assert person_duties(["Kent Holm återkommer i frågan."]) == ["Kent Holm återkommer i frågan."]
