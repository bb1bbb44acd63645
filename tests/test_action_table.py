"""Action lists written as a table ("Åtgärd | Ansvarig | Klart", "Vad  Vem  När"): each row a task with who does it
(a given name alone too) and by when (parse/actiontable.py)."""

from protokoll.parse import parse_text
from protokoll.parse.actiontable import table_sentences


def _assignments(table: str, kind: str = "Minnesanteckningar") -> list[tuple[str, str, str | None]]:
    text = (f"{kind}\nNätverket för fritidsgårdar\nDatum: 2025-02-04\n\n1. Välkommen\nAlla hälsades välkomna.\n\n"
            f"2. Sommarlovet\nGruppen planerade sommaren.\n{table}\n\n3. Övrigt\nInga övriga frågor.\n")
    return [(a.assignee, a.task, a.due) for a in parse_text(text, "x.txt").items[1].assignments]


def test_the_rows_as_sentences():
    assert table_sentences(["Åtgärd | Ansvarig | Klart", "Boka bussen | Tove | 2025-03-01",
                            "Skicka inbjudan | Per Holm | -"]) == \
        ["Tove får i uppdrag att boka bussen senast 2025-03-01.", "Per Holm får i uppdrag att skicka inbjudan."]
    assert table_sentences(["Vad  Vem  När", "Boka bussen  kansliet  v. 12"]) == \
        ["Kansliet får i uppdrag att boka bussen senast v. 12."]


def test_a_table_without_a_task_and_a_responsible_column_is_no_action_list():
    assert table_sentences(["Namn | Roll", "Tove Lind | ordförande"]) == []
    assert table_sentences(["Åtgärd | Kostnad", "Boka bussen | 4 000 kr"]) == []
    assert table_sentences(["Åtgärd | Ansvarig", "Boka bussen | alla tillsammans i gruppen"]) == []


def test_each_separator_in_minutes():
    for sep in (" | ", "\t", "     "):
        table = "\n".join(sep.join(row) for row in (("Åtgärd", "Ansvarig", "Klart"),
                                                     ("Boka bussen", "Tove", "2025-03-01"),
                                                     ("Skicka inbjudan", "Per Holm", "2025-03-15")))
        assert _assignments(table) == [("Tove", "boka bussen", "2025-03-01"),
                                       ("Per Holm", "skicka inbjudan", "2025-03-15")], repr(sep)


def test_not_in_an_agenda():
    assert _assignments("Åtgärd | Ansvarig\nBoka bussen | Tove", kind="Dagordning") == []


def test_a_summing_up_list_after_the_items_is_not_the_last_items():
    """An action list at the end of the minutes that repeats a task an item gave sums up the meeting's tasks:
    none of its rows is given to the item it follows."""
    text = ("Minnesanteckningar\nNätverket för fritidsgårdar\nDatum: 2025-02-04\n\n1. Sommarlovet\n"
            "Tove Lind får i uppdrag att boka bussen.\n\n2. Nästa möte\nNästa möte hålls i maj.\n"
            "Åtgärd | Ansvarig\nBoka bussen | Tove Lind\nSkicka inbjudan | Per Holm\n")
    items = parse_text(text, "x.txt").items
    assert [(a.assignee, a.task) for a in items[0].assignments] == [("Tove Lind", "boka bussen")]
    assert items[1].assignments == []
    # the same list without the repeated task is the item's own
    own = text.replace("Tove Lind får i uppdrag att boka bussen.", "Gruppen planerade.")
    assert [(a.assignee, a.task) for a in parse_text(own, "x.txt").items[1].assignments] == \
        [("Tove Lind", "boka bussen"), ("Per Holm", "skicka inbjudan")]
