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


def test_e3_an_excerpt_whose_only_item_is_number_two_keeps_it():
    for sep in ("\n", "\n\n"):
        rec = parse_text(f"Mötesdatum: 2025-09-11{sep}2. Gemensam arkivlösning\n"
                         "Beslut: Styrgruppen godkänner förslaget.\n", "utdrag.txt")
        assert [(i.number, i.title, i.decisions) for i in rec.items] == [
            ("2", "Gemensam arkivlösning", ["Styrgruppen godkänner förslaget."])]


def test_e3_a_lone_numbered_sentence_in_running_text_is_no_item():
    rec = parse_text("Protokoll\nDatum: 2025-09-11\n\nStyrgruppen diskuterade läget.\n2. Det blev bra.\n", "x.txt")
    assert rec.items == []


def test_e6_one_given_name_in_one_seat_with_two_surnames_is_possibly_one_person():
    from protokoll.link.people import link_people

    def rec(*people):
        return {"source": "x.txt", "year": None, "chair": None, "secretary": None, "items": [],
                "attendees": [{"name": n, "affiliation": a, "title": None, "role": None, "group": "present"}
                              for n, a in people]}

    people = {p.name: p for p in link_people([
        (1, "2018-01-18", "Samverkan", "Gruppen", rec(("Per Almlund", "Staffanstorp"), ("Eva Lind", "Lund")), ""),
        (2, "2019-01-29", "Samverkan", "Gruppen", rec(("Per Almqvist", "Staffanstorp"), ("Eva Lind", "Lund"),
                                                      ("Eva Nord", "Lund")), ""),
        (3, "2019-03-01", "Samverkan", "Gruppen", rec(("Olle Strand", "Lund"), ("Olle Berg", "Kävlinge")), ""),
    ])}
    assert people["Per Almlund"].possible_same_as == ["per-almqvist"]  # flagged, never merged
    assert people["Per Almqvist"].possible_same_as == ["per-almlund"]
    assert people["Eva Nord"].possible_same_as == []  # at one meeting with Eva Lind: two people
    assert people["Olle Strand"].possible_same_as == []  # other municipalities


MINUTES = ("Norrdalsregionen\nStyrgruppen\n\nMinnesanteckningar\n\nMötesdatum\t{date}\n"
           "Närvarande\t{who} (Höör, ordförande), Eva Lind (Lund), Olle Strand (Eslöv)\n\n"
           "1. Föregående minnesanteckningar\n\nBeslut: Minnesanteckningarna läggs till handlingarna.\n")


def test_e6_the_incremental_relink_flags_the_same_seat_as_a_full_one(tmp_path):
    import json

    from sqlalchemy import select
    from test_relink_incremental import _documents, _relink, _store

    from protokoll.store.db import session_factory
    from protokoll.store.linked_tables import PersonRow

    docs = _documents([("a.txt", MINUTES.format(date="2018-01-18", who="Per Almlund")),
                       ("b.txt", MINUTES.format(date="2019-01-29", who="Per Almqvist"))])
    sessions = session_factory(f"sqlite:///{tmp_path}/a.sqlite")
    _store(sessions, docs[:1])
    _relink(sessions, full=True)
    _store(sessions, docs[1:])
    assert not _relink(sessions).scope.startswith("full")
    with sessions() as s:
        same_as = {r.key: json.loads(r.same_as_json) for r in s.scalars(select(PersonRow))}
    assert same_as["per-almlund"] == ["per-almqvist"] and same_as["per-almqvist"] == ["per-almlund"]
    assert same_as["eva-lind"] == [] and same_as["olle-strand"] == []
