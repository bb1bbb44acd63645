"""A member's task written in informal minutes as a promise or a phrasal verb of doing (parse/assignforms.py,
parse/commitments.py): "Karin lovar att ...", "Olle lägger ut ... på hemsidan", "Olle bjuder in." (the phrasal
verb whole, without an object)."""

from pathlib import Path

from protokoll.pipeline import load, process

NOTES = ("Minnesanteckningar från styrelsemöte i Östby Kammarmusikförening\n\nDatum: 2025-09-03\n\n"
         "Närvarande: Karin Sjöberg, Olle Nyman, Stina Ek\n\n"
         "1. Föregående protokoll\nKarin lovar att mejla protokollet till revisorerna.\n\n"
         "2. Hemsidan\nOlle lägger ut höstens program på hemsidan.\n\n"
         "3. Nästa möte\nDen 5 november kl. 18. Olle bjuder in.\n\n"
         "4. Omvärld\nRegeringen lovar att satsa mer på kulturen.\n")


def _assignments(tmp_path: Path) -> list[list[tuple[str, str]]]:
    p = tmp_path / "anteckningar.txt"
    p.write_text(NOTES, encoding="utf-8")
    doc, sources = load(p)
    return [[(a.assignee, a.task) for a in i.assignments] for i in process(p, doc, sources).record.items]


def test_a_members_promise_and_phrasal_deeds_are_tasks(tmp_path):
    found = _assignments(tmp_path)
    assert found[0] == [("Karin Sjöberg", "mejla protokollet till revisorerna")]
    assert found[1] == [("Olle Nyman", "lägga ut höstens program på hemsidan")]
    assert [a for a, _ in found[2]] == ["Olle Nyman"]


def test_a_promise_of_no_member_is_news(tmp_path):
    assert _assignments(tmp_path)[3] == []


def test_the_short_responsible_label_names_the_assignee(tmp_path):
    p = tmp_path / "anteckningar.txt"
    p.write_text(NOTES + "\n5. Affischer\nAffischerna ska sättas upp i biblioteket. Ansv: Stina\n", encoding="utf-8")
    doc, sources = load(p)
    items = process(p, doc, sources).record.items
    assert [a.assignee for a in items[4].assignments] == ["Stina Ek"]


def test_one_members_two_tasks_in_one_item_are_two_assignments(tmp_path):
    p = tmp_path / "anteckningar.txt"
    p.write_text(NOTES + "\n5. Höstfesten\nOlle hämtar stolar i församlingshemmet. Stina bokar musiker. Olle bevakar "
                 "anmälningarna.\n", encoding="utf-8")
    doc, sources = load(p)
    items = process(p, doc, sources).record.items
    assert [(a.assignee, a.task) for a in items[4].assignments] == [
        ("Olle Nyman", "hämta stolar i församlingshemmet"), ("Stina Ek", "boka musiker"),
        ("Olle Nyman", "bevaka anmälningarna")]
