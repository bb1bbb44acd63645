"""A task given in one point of a numbered decision ("2. förvaltningen ges i uppdrag att ..."): the point's lower-case
first word keeps the sentence splitter from ending a sentence there, so the points are split by their numbers
(parse/runningtext.py ``numbered_points``, used by parse/assignments.py); "att delegera till X att" is a task delegated (parse/assignforms.py)."""

from protokoll.parse import parse_text
from protokoll.parse.runningtext import numbered_points


def _assignments(decision: str) -> list[tuple[str, str, str | None]]:
    text = (f"Protokoll\nFritidsnämnden\nDatum 4 februari 2025\n\n§ 1 Ishallen\nEtt utkast har tagits fram.\n\n"
            f"Beslut\n{decision}\n\n§ 2 Övrigt\nInga övriga frågor.\n")
    return [(a.assignee, a.task, a.due) for a in parse_text(text, "x.txt").items[0].assignments]


def test_the_points_of_a_numbered_decision():
    assert numbered_points("1. att godkänna utkastet. 2. kansliet ges i uppdrag att boka hallen.") == \
        ["att godkänna utkastet.", "kansliet ges i uppdrag att boka hallen."]
    assert numbered_points("Nämnden beslutar 1. att godkänna utkastet, samt 2. att avsluta ärendet.") == \
        ["Nämnden beslutar", "att godkänna utkastet, samt", "att avsluta ärendet."]
    # a number that is no point of a list stays inside its sentence
    assert numbered_points("Enligt bilaga 2. Kansliet bokar hallen.") == ["Enligt bilaga 2. Kansliet bokar hallen."]
    assert numbered_points("Hallen hyrs ut 3 kvällar i veckan.") == ["Hallen hyrs ut 3 kvällar i veckan."]


def test_a_lower_case_point_gives_its_task():
    for decision in ("Nämnden beslutar\n1. att godkänna utkastet.\n2. kansliet ges i uppdrag att boka hallen.",
                     "Nämnden beslutar:\n1) Utkastet godkänns.\n2) kansliet får i uppdrag att boka hallen.",
                     "Nämnden beslutar\n1. att godkänna utkastet,\n2. att kansliet ges i uppdrag att boka hallen, samt"
                     "\n3. att ärendet anmäls till kommunstyrelsen."):
        assert _assignments(decision) == [("kansliet", "boka hallen", None)], decision


def test_a_point_with_its_deadline():
    assert _assignments("Nämnden beslutar:\n1. Utkastet godkänns.\n2. fritidschefen ges i uppdrag att återkomma "
                        "med en plan senast den 15 maj 2025.") == \
        [("fritidschefen", "återkomma med en plan", "2025-05-15")]


def test_a_delegation_in_a_numbered_decision():
    assert _assignments("Nämnden beslutar att\n1. godkänna utkastet\n2. delegera till ordföranden att teckna avtalet.") \
        == [("Ordföranden", "teckna avtalet", None)]
    assert _assignments("Nämnden beslutar att delegera till ordföranden att teckna avtalet.") == \
        [("Ordföranden", "teckna avtalet", None)]


def test_points_without_a_task_give_none():
    assert _assignments("Nämnden beslutar\n1. att godkänna utkastet.\n2. att överlämna ärendet till kommunstyrelsen.") \
        == []
    assert _assignments("Nämnden beslutar att godkänna utkastet enligt bilaga 2. Ärendet anses avslutat.") == []


def _paragraphs(*paragraphs: str) -> list[list[tuple[str, str]]]:
    text = "Protokoll fört vid styrelsens möte 2025-02-04\n\nNärvarande: Lena Wik, Olle Strand\n\n" + \
        "\n\n".join(f"§ {k} {p}" for k, p in enumerate(paragraphs, 1)) + "\n"
    return [[(a.assignee, a.task) for a in i.assignments] for i in parse_text(text, "x.txt").items]


def test_a_paragraph_of_one_sentence_gives_its_task():
    """Boards' short protocols write a paragraph as one sentence, read as the item's title: its task is read as a
    sentence of the body is (a delegation, an office's deed); a title that is no sentence (no full stop) is not."""
    assert _paragraphs("Ordföranden öppnar mötet.",
                       "Styrelsen diskuterar lokalfrågan och delegerar till kassören att begära in offerter.",
                       "Sekreteraren sammanställer medlemsenkäten till årsmötet.",
                       "Föregående protokoll läggs till handlingarna.") == \
        [[], [("Kassören", "begära in offerter")], [("Sekreteraren", "sammanställa medlemsenkäten till årsmötet")],
         []]
    assert _paragraphs("Mötets öppnande", "Sekreteraren sammanställer medlemsenkäten inför årsmötet i mars") == [[], []]
