"""parse.presenterfollow and presenters: presenters who speak one after the other, each in a sentence of their own,
are all read, up to the first sentence that names none; "X sammanfattar" presents. Texts written here."""

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2024-11-19\n\n"


def presenters(body: str) -> list[str]:
    rec = parse_text(HEAD + "§ 88 Tillsynsplan 2025\n" + body + "\n\n§ 89 Taxor\nBeslut: Taxan antas.\n", "t.txt")
    return rec.items[0].presenters


def test_presenters_in_sentences_one_after_another():
    assert presenters("Miljöchef Rut Hallberg informerar om planen. Inspektör Ali Demir redogör för "
                      "livsmedelskontrollen.") == ["Rut Hallberg", "Ali Demir"]
    assert presenters("Rut Hallberg informerar om planen. Därefter redovisar Ali Demir kontrollerna.") == [
        "Rut Hallberg", "Ali Demir"]


def test_the_run_ends_at_a_sentence_that_names_no_presenter():
    assert presenters("Rut Hallberg informerar om planen. Nämnden ställer frågor. Ali Demir redogör för "
                      "kontrollerna.") == ["Rut Hallberg"]


def test_a_summary_given_by_a_person_presents():
    assert presenters("Rut Hallberg sammanfattar remissvaren.") == ["Rut Hallberg"]
    assert presenters("Ordföranden sammanfattar diskussionen.") == []
