"""Given names resolved against the full names the document writes elsewhere (parse/namedpeople.py): minutes
that list nobody in full name a person once ("Eva Strand (S) redovisade ...", a signature) and by the given name
after that. One full name for the given name, or nothing is resolved."""

from pathlib import Path

from protokoll.pipeline import load, process

NOTES = ("Minnesanteckningar från styrgruppen för Västby fritidsgårdar\n\nDatum: 2025-02-11\n\n"
         "1. Budget\nMaria Lövgren (S) redovisade budgetläget för våren.\n\n"
         "2. Enkäten\nMaria gick igenom resultatet av enkäten bland besökarna.\n\n"
         "3. Webbplatsen\nInformation från Tomas om den nya webbplatsen.\n\n"
         "4. Sommarlovet\nMaria och Tomas berättade om planerna för sommarlovet. Tomas bokar bussen till utflykten.\n\n"
         "5. Avslutning\nMötet avslutades.\n\nJusteras:\nTomas Viklund\n")


def _items(tmp_path: Path, text: str):
    p = tmp_path / "anteckningar.txt"
    p.write_text(text, encoding="utf-8")
    doc, sources = load(p)
    return process(p, doc, sources).record.items


def test_a_given_name_presenter_is_the_full_name_written_elsewhere(tmp_path):
    items = _items(tmp_path, NOTES)
    assert [i.presenters for i in items[:4]] == [["Maria Lövgren"], ["Maria Lövgren"], ["Tomas Viklund"],
                                                 ["Maria Lövgren", "Tomas Viklund"]]


def test_a_given_name_assignee_is_the_full_name_a_signature_writes(tmp_path):
    items = _items(tmp_path, NOTES)
    assert [(a.assignee, a.task) for a in items[3].assignments] == [("Tomas Viklund", "boka bussen till utflykten")]


def test_two_surnames_for_one_given_name_resolve_nothing(tmp_path):
    text = NOTES.replace("Justeras:\nTomas Viklund\n", "Justeras:\nTomas Viklund\nTomas Ek\n")
    items = _items(tmp_path, text)
    assert items[2].presenters == [] and [a.assignee for a in items[3].assignments] == ["Tomas"]


def test_what_is_no_surname_resolves_nothing():
    from protokoll.parse.namedpeople import written_full_name

    assert written_full_name("Anna", "Anna Karin Berg ordnar kaffet. Anna bokar lokalen.") is None
    assert written_full_name("Eva", "Eva Strands förslag. Eva Strand redovisade.") == "Eva Strand"
    assert written_full_name("Per", "Per Kommunstyrelsen") is None
