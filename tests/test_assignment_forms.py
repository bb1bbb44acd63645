"""Assignments written with the verb first ("Uppdras åt ..."), delegated ("delegerar till ... att"), or as a
question taken home to be answered ("tar med sig frågan och återkommer") (parse/assignforms.py)."""

from protokoll.parse import parse_text
from protokoll.parse.assignforms import task_sentences


def test_the_rewritten_sentences():
    assert task_sentences(["Uppdras åt förvaltningen att utreda lokalbehovet."]) == \
        ["Förvaltningen får i uppdrag att utreda lokalbehovet."]
    assert task_sentences(["Styrelsen delegerar till ordföranden att underteckna avtalet."]) == \
        ["Ordföranden får i uppdrag att underteckna avtalet."]
    assert task_sentences(["Kommunerna tar med sig frågan och återkommer."]) == \
        ["Kommunerna får i uppdrag att ta med sig frågan och återkomma."]
    # taking a question home without coming back with anything promises nothing
    assert task_sentences(["Ledamöterna tar med sig frågan till sina partier."]) == []
    assert task_sentences(["Frågan återkommer på nästa möte."]) == []


def _assignments(body: str) -> list[tuple[str, str, str | None]]:
    text = (f"Protokoll\nSocialnämnden\nDatum 12 mars 2025\n\n§ 1 Lokaler\n{body}\n\n"
            "§ 2 Övrigt\nInga övriga frågor.\n")
    return [(a.assignee, a.task, a.due) for a in parse_text(text, "x.txt").items[0].assignments]


def test_in_a_protocol():
    assert _assignments("Uppdras åt förvaltningen att utreda lokalbehovet senast den 30 april 2025.") == \
        [("Förvaltningen", "utreda lokalbehovet", "2025-04-30")]
    assert _assignments("Nämnden delegerar till ordföranden att underteckna avtalet.") == \
        [("Ordföranden", "underteckna avtalet", None)]
    assert _assignments("Per Holm tar med sig synpunkterna och återkommer med ett förslag.") == \
        [("Per Holm", "ta med sig synpunkterna och återkomma med ett förslag", None)]
