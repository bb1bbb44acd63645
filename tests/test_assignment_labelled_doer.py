"""Action lists that label a sentence as a task and name its doer as the subject ("Uppdrag: Anna Berg tar fram
...", "Att göra: Per bokar lokal"), a task labelled "Uppdrag:" with "Ansvarig:" after it, and "uppdrar till X
att" in running text (parse/actionpoints.py ``labelled_doers``, parse/assignments.py ``UPPDRAG``)."""

from protokoll.parse import parse_text
from protokoll.parse.actionpoints import labelled_doers


def _assignments(body: str) -> list[tuple[str, str]]:
    text = (f"Minnesanteckningar\nNätverket för fritidsgårdar\nDatum: 2025-02-04\n\n1. Välkommen\nAlla hälsades "
            f"välkomna.\n\n2. Sommarlovet\nGruppen diskuterade sommarens aktiviteter.\n{body}\n\n3. Övrigt\n"
            "Inga övriga frågor.\n")
    return [(a.assignee, a.task) for a in parse_text(text, "x.txt").items[1].assignments]


def test_the_rewritten_sentences():
    assert labelled_doers(["Uppdrag: Tove Lindqvist tar fram ett program."]) == \
        ["Tove Lindqvist får i uppdrag att ta fram ett program."]
    assert labelled_doers(["Att göra: kansliet bokar lokalen."]) == ["Kansliet får i uppdrag att boka lokalen."]
    assert labelled_doers(["Åtgärd: Tove skickar ut inbjudan."]) == ["Tove får i uppdrag att skicka ut inbjudan."]


def test_a_label_without_a_doing_subject_gives_nothing():
    assert labelled_doers(["Uppdrag: Tove Lindqvist"]) == []
    assert labelled_doers(["Uppdrag: Nämnden har fått ett uppdrag av fullmäktige."]) == []
    assert labelled_doers(["Uppdrag: Ta fram ett program."]) == []
    assert labelled_doers(["Tove Lindqvist tar fram ett program."]) == []  # no label: the dated-task rule's to read


def test_in_minutes():
    assert _assignments("Uppdrag: Tove Lindqvist tar fram ett program.") == [("Tove Lindqvist", "ta fram ett program")]
    assert _assignments("Att göra: Tove bokar bussen.") == [("Tove", "boka bussen")]
    assert _assignments("Uppdrag: Ta fram ett program. Ansvarig: Tove Lindqvist") == \
        [("Tove Lindqvist", "ta fram ett program")]
    assert _assignments("Föreningen uppdrar till kassören att betala hyran.") == [("kassören", "betala hyran")]
