"""Who may be an assignee (parse/agents.py): everyone unnamed is no one's task, and the agent of a sentence
with a clause before it is the subject of its own clause. Documents written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

HEAD = "MINNESANTECKNINGAR\nStyrelsen för Föreningen Solrosen\nDatum: 2023-04-12\n\n"


def assignments(body: str) -> list[tuple[str, str]]:
    rec = parse_text(HEAD + "1. Rapporter\n" + body + "\n", "x.txt")
    return [(a.assignee, a.task) for a in rec.items[0].assignments]


def test_a_request_to_everyone_names_no_assignee():
    assert assignments("Alla ombeds skicka in sina bilder till kassören.") == []
    assert assignments("Samtliga ombeds svara på enkäten.") == []


def test_a_named_group_or_person_asked_is_still_an_assignee():
    assert assignments("Styrgruppen ombeds skicka in sina bilder till kassören.") == [
        ("Styrgruppen", "skicka in sina bilder till kassören")]
    assert assignments("Alla medlemsföreningar ombeds svara på enkäten.")[0][0] == "Alla medlemsföreningar"


def test_the_agent_is_the_subject_of_its_own_clause():
    assert assignments("Det finns ingen lista ännu men Olle Ek får i uppdrag att ta fram en.") == [
        ("Olle Ek", "ta fram en")]
    assert assignments("Någon lokal finns inte ännu men en person har fått i uppdrag att leta.") == []


def test_minutes_name_a_member_by_the_given_name_alone():
    assert assignments("Budgeten gicks igenom. Stina återkommer med en reviderad budget.") == [
        ("Stina", "återkomma med en reviderad budget")]
    assert assignments("Stina ska boka lokalen till vårmötet.") == [("Stina", "boka lokalen till vårmötet")]
    # a capitalised word that is no given name is no one
    assert assignments("Budgeten återkommer med en ny version i maj.") == []


def test_a_full_name_duty_inside_a_run_on_sentence():
    assert assignments("Kaffe och fika Berit Lund ansvarar för att köpa in fikabröd till mötet.") == [
        ("Berit Lund", "köpa in fikabröd till mötet")]


def test_given_in_the_order_ger_i_uppdrag_at():
    assert assignments("Styrelsen ger i uppdrag åt festkommittén att planera midsommarfirandet.") == [
        ("festkommittén", "planera midsommarfirandet")]


def test_two_members_named_by_given_names_get_a_task_each():
    assert assignments("Stina och Olle ska städa förrådet före sommaren.") == [
        ("Stina", "städa förrådet"), ("Olle", "städa förrådet")]
