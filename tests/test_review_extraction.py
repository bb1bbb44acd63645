"""The extraction defects E1-E6 of the usability review (2026-12-04), each as behaviour that failed before."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = "Protokoll\nTekniska nämnden\nDatum: 2025-02-10\n\n"


def assignments(body: str, head: str = HEAD):
    return [(a.assignee, a.task, a.due) for item in parse_text(head + body, "case.txt").items
            for a in item.assignments]


def test_e1_a_description_of_unnamed_parties_is_no_assignment():
    assert assignments("1. Mässan\nMässan hålls i maj. Ett tiotal företag ska bemanna montrarna.\n"
                       "Några företag ska visa sina produkter.\n") == []


def test_e1_a_named_assignee_with_a_duty_and_a_deadline_is_still_one():
    assert assignments("1. Mässan\nKansliet ska skicka inbjudan senast den 1 mars 2025.\n") == [
        ("Kansliet", "skicka inbjudan", "2025-03-01")]


def test_e2_a_decision_cut_by_a_blank_line_is_read_whole():
    head = "Norrdalsregionen - styrgruppen\nMinnesanteckningar\nMötesdatum: 2025-09-11\n\n"
    rec = parse_text(head + "1. Gemensam arkivlösning\nBeslut: Styrgruppen ger Karl Lund i uppdrag att\n\n"
                     "ta fram ett underlag senast den 30 oktober.\n", "scan.txt")
    item = rec.items[0]
    assert item.decisions == ["Styrgruppen ger Karl Lund i uppdrag att ta fram ett underlag senast den 30 oktober."]
    assert [(a.assignee, a.task, a.due) for a in item.assignments] == [
        ("Karl Lund", "ta fram ett underlag", "2025-10-30")]


def test_e2_a_blank_line_before_a_new_paragraph_or_att_clause_stays():
    rec = parse_text(HEAD + "1. Taxor\nBeslut:\natt anta taxan\n\natt ge kansliet i uppdrag att informera\n\n"
                     "Ärendet avslutas.\n", "case.txt")
    assert rec.items[0].decisions == ["att anta taxan", "att ge kansliet i uppdrag att informera"]


def test_e4_a_task_keeps_its_verbs():
    assert assignments("1. Budget\nBeslut: Anna Berg återkommer med en slutlig budget senast den 12 juni 2025.\n") \
        == [("Anna Berg", "återkomma med en slutlig budget", "2025-06-12")]
    assert assignments("1. Förstudie\nBeslut: Nämnden ger Västerby kommun i uppdrag att leda förstudien och "
                       "redovisar resultatet senast den 1 juni 2025.\n") == [
        ("Västerby kommun", "leda förstudien och redovisa resultatet", "2025-06-01")]
    assert assignments("1. Avtal\nBeslut: Nämnden ger Per Holm i uppdrag att\n\nteckna avtalet.\n") == [
        ("Per Holm", "teckna avtalet", None)]


def test_e4_two_sentences_whose_full_stop_was_lost_are_not_one_task():
    got = assignments("1. Process\nKansliet ska sammankalla ett första möte efter sommaren\n"
                      "Förslag till plan ska presenteras senast den 30 november 2025.\n")
    assert got == [("Kansliet", "sammankalla ett första möte efter sommaren", None)]


def test_e5_a_lone_document_names_its_organisation_in_its_heading():
    for head in ("Norrdalsregionen - kommundirektörsgruppen\n", "Kommundirektörsgruppen i Norrdalsregionen\n",
                 "Norrdalsförbundet: Styrgruppen\n"):
        rec = parse_text(head + "Minnesanteckningar\nMötesdatum: 2025-09-11\n\n1. Ekonomi\nInformation.\n", "x.txt")
        assert rec.organization == head.split(" - ")[0].split(": ")[0].split(" i ")[-1].strip(), head
        assert any(e.path == "organization" and e.rule == "meta.organization.heading" for e in rec.evidence)


def test_e5_a_person_or_a_label_beside_a_body_is_no_organisation():
    for head in ("Anna Berg - styrgruppen\n", "Kommundirektörsgruppen i maj\n", "Datum - styrgruppen\n"):
        rec = parse_text(head + "Minnesanteckningar\nMötesdatum: 2025-09-11\n\n1. Ekonomi\nInformation.\n", "x.txt")
        assert rec.organization is None, head
