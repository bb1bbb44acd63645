"""Assignments of one item (parse.actions): the decision's assignments and those of the item's running text."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = "Protokoll\nTekniska nämnden\nDatum: 2025-02-10\n\n"


def items(body: str):
    return parse_text(HEAD + body, "case.txt").items


def test_the_running_text_dates_the_decision_assignment_of_the_same_assignee():
    item = items("§ 4 Parkeringsnorm\nNämnden ger förvaltningen i uppdrag att ta fram en ny parkeringsnorm "
                 "senast den 15 maj 2025.\n\nBeslut\natt ge förvaltningen i uppdrag att ta fram en ny "
                 "parkeringsnorm till nämndens sammanträde i maj.\n")[0]
    assert [(a.assignee, a.due) for a in item.assignments] == [("förvaltningen", "2025-05-15")]


def test_two_assignees_given_one_task_in_separate_sentences_are_both_kept():
    item = items("1. Kontaktombud\nNämnden ger Höglunda i uppdrag att utse ett kontaktombud senast den 1 mars 2025.\n"
                 "Nämnden ger Västerby i uppdrag att utse ett kontaktombud senast den 1 mars 2025.\n")[0]
    assert [(a.assignee, a.task, a.due) for a in item.assignments] == [
        ("Höglunda", "utse ett kontaktombud", "2025-03-01"), ("Västerby", "utse ett kontaktombud", "2025-03-01")]


def test_the_same_task_of_an_assignee_named_more_fully_is_one_assignment():
    item = items("§ 5 Lokalbehov\nBeslut\natt ge kansliet i uppdrag att kartlägga lokalbehovet.\n\n"
                 "Nämnden ger kansliet i Västerby i uppdrag att kartlägga lokalbehovet.\n")[0]
    assert [a.assignee for a in item.assignments] == ["kansliet"]


def test_attachment_references_numbered_lettered_and_ranged():
    from protokoll.parse.attachments import find_attachments

    assert find_attachments("Närvaron framgår av bilagorna A och B.") == ["bilaga A", "bilaga B"]
    assert find_attachments("Bilagor: 1-3") == ["bilaga 1", "bilaga 2", "bilaga 3"]
    assert find_attachments("Se bil. 2 och Bilaga 4 Yttrande.pdf") == ["bilaga 2", "bilaga 4"]
    assert find_attachments("Bilaga A-C") == ["bilaga A", "bilaga B", "bilaga C"]
    # a date or a name after the word is no attachment number
    assert find_attachments("bilaga 2024-05-01, bilaga Anna Berg skickar") == []


def test_a_passive_uppdras_att_is_an_assignment_in_the_decision_and_in_the_text():
    got = items("§ 4 Parkering\nBeslut\nFörvaltningen uppdras att ta fram en ny parkeringsnorm senast den 15 maj 2025.\n\n"
                "§ 5 Gator\nNämnden diskuterade gatorna. Kansliet uppdras att sammanställa synpunkterna.\n")
    assert [(a.assignee, a.task, a.due) for i in got for a in i.assignments] == [
        ("Förvaltningen", "ta fram en ny parkeringsnorm", "2025-05-15"), ("Kansliet", "sammanställa synpunkterna", None)]


def test_members_named_by_their_municipalities_are_given_the_task():
    """Seed 003 (OCR'd minutes of a kommundirektörsgrupp): its members acting together need a deadline to be
    an assignment, but some of them named by their municipalities are given a task (the golden record)."""
    import hashlib
    import json

    import pytest

    from conftest import ROOT
    from protokoll.pipeline import process

    seeds = ROOT.parent / "shared" / "seeds"
    if not seeds.is_dir():
        pytest.skip("../shared/seeds is not beside the checkout")
    path = next(seeds.glob("003_*.txt"))
    golden = json.loads((ROOT.parent / "shared" / "golden" / f"{path.stem}.json").read_text(encoding="utf-8"))
    wanted = {a["assignee"] for i in golden["items"] for a in i.get("assignments") or []
              if " i " in a["assignee"] and a["assignee"].startswith("Kommundirekt")}
    data = path.read_bytes()
    record = process(path, data, hashlib.sha256(data).hexdigest()).record
    assert record.body and wanted
    assert wanted <= {a.assignee for i in record.items for a in i.assignments}
