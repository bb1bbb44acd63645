"""Action points in minutes' running text (parse.actionpoints): dated present-tense tasks, "ansvarar för att",
labelled "Åtgärd / Ansvarig / Klart" points and "Uppdrag till X att". The texts are written here."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from protokoll.parse.actionpoints import action_sentences, labelled_actions

MINUTES = """Minnesanteckningar
Nätverket för socialchefer
Datum: 2024-03-12
Plats: Regionhuset

1. Samverkan kring placeringar
Gruppen diskuterade placeringar. Anna Berg återkommer med ett förslag.

2. Statistik
Kansliet ansvarar för att sammanställa statistiken till den 30 april.

3. Handlingsplan
Åtgärd: Revidera handlingsplanen. Ansvarig: Karin Ek. Klart: 2024-05-01.

4. Enkät
Respektive kommun skickar in sina svar senast den 15 april.

5. Projekt
Uppdrag till Erik Sund att kontakta regionen.

6. Rapport från regionen
Regionen tar fram en ny plan för kollektivtrafiken. Regionen ansvarar för färdtjänsten.
"""


def items_of(text: str) -> dict[str, dict]:
    from protokoll.pipeline import process

    data = text.encode("utf-8")
    record = process(Path("anteckningar.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    return {it["number"]: it for it in record["items"]}


def test_action_points_of_minutes_are_assignments():
    items = items_of(MINUTES)
    got = {n: [(a["assignee"], a["due"]) for a in it["assignments"]] for n, it in items.items()}
    assert got["2"] == [("Kansliet", "2024-04-30")]
    assert got["3"] == [("Karin Ek", "2024-05-01")]
    assert items["3"]["assignments"][0]["task"] == "revidera handlingsplanen"
    assert got["4"] == [("Respektive kommun", "2024-04-15")]
    assert got["5"] == [("Erik Sund", None)]
    assert got["6"] == []  # what someone does anyway, no deadline; a standing responsibility


@pytest.mark.parametrize("sentence, kept", [
    ("Anna Berg tar fram ett underlag till nästa möte.", True),
    ("Sekretariatet sammanställer synpunkterna inför nästa möte.", True),
    ("Kommunerna meddelar sina kontaktpersoner senast den 22 mars.", True),
    ("Anna Berg tar fram ett underlag.", False),  # no deadline
    ("Regionen ansvarar för kollektivtrafiken.", False),
    ("Förvaltningen ansvarar för att uppdatera rutinen.", True),
])
def test_which_sentences_are_read_for_tasks(sentence, kept):
    assert (sentence in action_sentences([sentence], sentence)) is kept


def test_labelled_action_points_become_sentences():
    text = "Åtgärd: Boka lokal. Ansvarig: Per Ek. Klart: 15 maj. Övrigt diskuterades."
    assert labelled_actions(text) == ["Per Ek ska boka lokal senast 15 maj."]
    assert labelled_actions("Uppdrag åt kansliet att boka lokal.") == ["kansliet ska boka lokal."]
    assert labelled_actions("Ansvarig för frågan är Per Ek.") == []


def test_each_task_clause_of_a_run_on_decision_is_read():
    from protokoll.parse.actionpoints import task_clauses

    sentence = ("Kommunstyrelsen beslutar att ge socialförvaltningen i uppdrag att utreda behovet, samt att uppdra "
                "till tekniska förvaltningen att ta fram en plan.")
    assert task_clauses([sentence]) == ["att ge socialförvaltningen i uppdrag att utreda behovet",
                                        "att uppdra till tekniska förvaltningen att ta fram en plan."]
    assert task_clauses(["Nämnden ger förvaltningen i uppdrag att utreda behovet."]) == []
    text = ("Protokoll\nKommunstyrelsen\nDatum: 2024-03-12\n\n§ 1 Lokaler\nBeslut\n" + sentence + "\n")
    items = items_of(text)
    assert [a["assignee"] for a in items["1"]["assignments"]] == ["socialförvaltningen", "tekniska förvaltningen"]


def test_a_task_after_a_fronted_deadline():
    from protokoll.parse.actionpoints import fronted_tasks

    assert fronted_tasks(["Till nästa möte tar Per Ek fram ett underlag om lokalerna."]) == \
        ["Per Ek tar fram ett underlag om lokalerna till nästa möte."]
    assert fronted_tasks(["Inför nästa sammanträde sammanställer kansliet synpunkterna."]) == \
        ["Kansliet sammanställer synpunkterna inför nästa sammanträde."]
    assert fronted_tasks(["Till nästa möte var det inget mer."]) == []
