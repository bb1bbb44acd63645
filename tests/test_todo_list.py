"""A to-do list under its label ("Att göra:", "Åtgärder:"), one point a line naming who does it: "- Boka bussen
(Tove)", "- Tove: boka bussen", "- Boka bussen – Tove" (parse/todolist.py)."""

from protokoll.parse import parse_text
from protokoll.parse.todolist import todo_sentences


def _assignments(points: str, kind: str = "Minnesanteckningar") -> list[tuple[str, str]]:
    text = (f"{kind}\nNätverket för fritidsgårdar\nDatum: 2025-02-04\n\n1. Välkommen\nAlla hälsades välkomna.\n\n"
            f"2. Sommarlovet\nGruppen planerade sommaren.\n{points}\n\n3. Övrigt\nInga övriga frågor.\n")
    return [(a.assignee, a.task) for a in parse_text(text, "x.txt").items[1].assignments]


def test_each_way_of_naming_the_doer():
    assert todo_sentences(["Att göra:", "- Boka bussen (Tove)", "- Ta fram ett program (Per Holm)",
                           "• Per: skicka inbjudan", "- Ordna fika – Tove"]) == \
        ["Tove får i uppdrag att boka bussen.", "Per Holm får i uppdrag att ta fram ett program.",
         "Per får i uppdrag att skicka inbjudan.", "Tove får i uppdrag att ordna fika."]


def test_no_label_or_no_task_no_assignment():
    assert todo_sentences(["- Boka bussen (Tove)"]) == []  # a point without the list's label
    assert todo_sentences(["Åtgärder:", "- Läget i Norrby (Tove)", "- Budget (Per Holm)",
                           "- Boka bussen (Region Västra)", "- Allmän diskussion"]) == []
    assert todo_sentences(["Att göra:", "Gruppen diskuterade.", "- Boka bussen (Tove)"]) == []  # the list ended


def test_in_minutes():
    assert _assignments("Att göra:\n- Boka bussen (Tove)\n- Skicka inbjudan (Per Holm)") == \
        [("Tove", "boka bussen"), ("Per Holm", "skicka inbjudan")]
