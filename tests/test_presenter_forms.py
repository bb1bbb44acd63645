"""Presenters written in ways beyond a clean "Föredragande:" line (parse.presenterrun, parse.partlabels):
values that ran on into the next words, qualifiers after the label, talk headings that open with the speaker.
The texts are written here, in the forms Swedish agendas and minutes use."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from protokoll.parse.presenterrun import leading_people, speaker_heading, trim_repeated_given_name
from protokoll.pipeline import process

AGENDA = """Kallelse
Kommunstyrelsen
Tid: Tisdagen den 12 mars 2024 kl. 13.00
Plats: Kommunhuset, sessionssalen

Föredragningslista

1. Val av justerare

2. Budget 2025
Föredragande: ekonomichef Lena Holm
Förslag till beslut
Kommunstyrelsen föreslås besluta att godkänna budgeten.

3. Detaljplan för Norra hamnen
Föredragande tjänsteperson: Erik Sund
Förvaltningens förslag till beslut
Kommunstyrelsen föreslår kommunfullmäktige att anta detaljplanen.

4. Rapport från förvaltningen
Karin Åberg, förvaltningschef, föredrar ärendet.
"""

LAYOUTS = {
    "as written": lambda t: t,
    "paragraphs joined": lambda t: re.sub(r"(?<!\n)\n(?!\n)", " ", t),
    "one line": lambda t: re.sub(r"\s*\n\s*", " ", t),
}


def items_of(text: str) -> dict[str, dict]:
    data = text.encode("utf-8")
    record = process(Path("kallelse.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    return {it["number"]: it for it in record["items"]}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_presenters_and_proposals_survive_lost_line_breaks(layout):
    items = items_of(LAYOUTS[layout](AGENDA))
    assert items["2"]["title"] == "Budget 2025"
    assert items["2"]["presenters"] == ["Lena Holm"]
    assert items["2"]["proposed_decision"] == "Kommunstyrelsen föreslås besluta att godkänna budgeten."
    assert items["3"]["title"] == "Detaljplan för Norra hamnen"
    assert items["3"]["presenters"] == ["Erik Sund"]
    assert items["3"]["proposed_decision"] == "Kommunstyrelsen föreslår kommunfullmäktige att anta detaljplanen."
    assert items["4"]["presenters"] == ["Karin Åberg"]


@pytest.mark.parametrize("value, people", [
    ("Erik Sund Förvaltningens förslag till beslut", ["Erik Sund"]),
    ("tjänsteperson: Erik Sund", ["Erik Sund"]),
    ("ekonomichef Lena Holm Förslag till beslut", ["Lena Holm"]),
    ("Anna Berg, ekonom, och Per Ek, jurist Beslutsunderlag", ["Anna Berg", "Per Ek"]),
    ("Anna Berg (S) informerar", ["Anna Berg"]),
    ("Ann Christin Lövgård Ann Christin informerade om arbetet", ["Ann Christin Lövgård"]),
    ("Tove Ramsten Tallgren, bitr. näringslivschef", ["Tove Ramsten Tallgren"]),
    ("Förvaltningen redovisar ärendet", []),
    ("ekonomichefen", []),
])
def test_leading_people_are_the_names_before_the_run_on(value, people):
    assert leading_people(value) == people


def test_a_given_name_repeated_after_the_name_is_the_next_sentence():
    assert trim_repeated_given_name("Ann Christin Lövgård Ann") == "Ann Christin Lövgård"
    assert trim_repeated_given_name("Anna Berg") == "Anna Berg"


@pytest.mark.parametrize("title, topic, who", [
    ("Anna Berg om budgetläget 2025", "budgetläget 2025", ["Anna Berg"]),
    ("Erik Sund om; Skolans digitalisering", "Skolans digitalisering", ["Erik Sund"]),
    ("Lena Holm: Ny översiktsplan", "Ny översiktsplan", ["Lena Holm"]),
    ("Information om budgeten", "Information om budgeten", []),  # no speaker
    ("Region Skåne om kollektivtrafiken", "Region Skåne om kollektivtrafiken", []),  # an organisation speaks
])
def test_a_talk_heading_that_opens_with_its_speaker(title, topic, who):
    assert speaker_heading(title) == (topic, who)


MINUTES = """Minnesanteckningar
Nätverket för ekonomichefer
Datum: 2024-03-12
Plats: Regionhuset

1. Budgetläget
Anna Berg (S) informerar om budgetläget.

2. Lokalförsörjning
Dragning: Erik Sund, fastighetschef

3. Digitalisering
Information från Maria Ask, IT-chef, om läget.

4. Sommarjobb (föredragande Nils Ek)

5. Lägesrapport
Lägesrapport av Nils Ek.

6. Kollektivtrafik
Information från Region Norr om trafiken.
"""


def test_presenters_named_by_other_labels_and_with_party_codes():
    items = items_of(MINUTES)
    assert items["1"]["presenters"] == ["Anna Berg"]
    assert items["2"]["presenters"] == ["Erik Sund"]
    assert items["3"]["presenters"] == ["Maria Ask"]
    assert (items["4"]["title"], items["4"]["presenters"]) == ("Sommarjobb", ["Nils Ek"])
    assert items["5"]["presenters"] == ["Nils Ek"]
    assert items["6"]["presenters"] == []  # an organisation informs: no presenter


def test_an_initial_is_no_end_of_a_name():
    assert leading_people("Stig A. Tornvall") == []
    assert leading_people("Nils Ek.") == ["Nils Ek"]


@pytest.mark.parametrize("title, expected", [
    ("Kommunikationsplan – Anna Berg och Per Ek", ("Kommunikationsplan", ["Anna Berg", "Per Ek"])),
    ("Nationell utblick (Lisa Holm, SKR)", ("Nationell utblick", ["Lisa Holm"])),
    ("Detaljplan - ny förskola i Norrby Kungörelse", ("Detaljplan - ny förskola i Norrby Kungörelse", [])),
    ("Budget (preliminär)", ("Budget (preliminär)", [])),
])
def test_names_marked_off_after_a_heading(title, expected):
    from protokoll.parse.presenterrun import marked_presenters

    assert marked_presenters(title) == expected


def test_in_an_agenda_who_is_responsible_presents_and_in_minutes_is_given_a_task():
    agenda = ("Dagordning\nStyrgruppen för e-hälsa\nDatum: 2024-03-12\n\n1. Budget 2025\nAnsvarig: Anna Berg, ekonom\n\n"
              "2. Lägesrapport\nAnsv: Per Ek\n")
    items = items_of(agenda)
    assert items["1"]["presenters"] == ["Anna Berg"] and items["2"]["presenters"] == ["Per Ek"]
    minutes = ("Minnesanteckningar\nStyrgruppen för e-hälsa\nDatum: 2024-03-12\n\n1. Budget 2025\n"
               "Åtgärd: Revidera budgeten. Ansvarig: Anna Berg.\n")
    item = items_of(minutes)["1"]
    assert item["presenters"] == [] and [a["assignee"] for a in item["assignments"]] == ["Anna Berg"]


@pytest.mark.parametrize("sentence, people", [
    ("Ärendet föredras av ekonomichef Anna Berg.", ["Anna Berg"]),
    ("Rapporten presenterades av Anna Berg och Per Ek.", ["Anna Berg", "Per Ek"]),
    ("Ärendet föredras av förvaltningen.", []),
    ("Anna Berg föredras av ingen.", []),  # not the item as subject
])
def test_the_agent_of_a_passive_presenting_sentence(sentence, people):
    from protokoll.parse.presenterrun import passive_presenters

    assert passive_presenters([sentence]) == people
