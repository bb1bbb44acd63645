"""An agenda's proposed decisions written without their label (parse.agendaproposal): an agenda decides
nothing, so its decision formulae are proposals. The texts are written here."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from protokoll.parse.agendaproposal import (complete, decisions_as_proposal, heading_run_on, opening_proposal,
                                            whole)
from protokoll.pipeline import process

AGENDA = """Föredragningslista
Kommunstyrelsen
Tid: Måndagen den 5 februari 2024, kl 10:00
Plats: Kommunhuset

1. Godkännande av föredragningslista
godkänna den utsända föredragningslistan.

2. Kommunens organisation
Kommunfullmäktige beslutar att från den 1 januari 2025 ska nämnderna vara sex.

3. Information om budgetläget
Ekonomichefen informerar.
"""

PROTOCOL = AGENDA.replace("Föredragningslista", "Protokoll", 1)


def items_of(text: str, name: str) -> dict[str, dict]:
    data = text.encode("utf-8")
    record = process(Path(name), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    return {it["number"]: it for it in record["items"]}


def test_an_agenda_proposes_what_it_would_decide():
    items = items_of(AGENDA, "kallelse.txt")
    assert items["1"]["proposed_decision"] == "godkänna den utsända föredragningslistan."
    assert items["2"]["proposed_decision"] == ("Kommunfullmäktige beslutar att från den 1 januari 2025 ska "
                                               "nämnderna vara sex.")
    assert items["2"]["decisions"] == []
    assert items["3"]["proposed_decision"] is None


def test_a_protocol_decides_what_it_says_it_decides():
    items = items_of(PROTOCOL, "protokoll.txt")
    assert items["2"]["proposed_decision"] is None
    assert items["2"]["decisions"]


@pytest.mark.parametrize("title, expected", [
    ("Justering utse Anna Berg att jämte ordföranden justera protokollet.",
     ("Justering", "utse Anna Berg att jämte ordföranden justera protokollet.")),
    ("Justering utse", ("Justering", "utse")),
    ("Rätt att lämna synpunkter på planen.", ("Rätt att lämna synpunkter på planen.", None)),
    ("Motion om att anta en ny policy.", ("Motion om att anta en ny policy.", None)),
    ("Budget 2025", ("Budget 2025", None)),
])
def test_a_heading_run_on_into_its_proposal(title, expected):
    assert heading_run_on(title) == expected


def test_a_proposal_whose_first_word_ran_into_the_heading_is_completed():
    assert complete("utse", ["Anna Berg att justera protokollet."]) == "utse Anna Berg att justera protokollet."
    assert complete("utse", ["och mer"]) is None
    assert complete(None, ["Anna Berg"]) is None


def test_opening_proposals_and_formulae():
    assert opening_proposal(["att godkänna rapporten."]) == "att godkänna rapporten."
    assert opening_proposal(["Ekonomichefen informerar."]) is None
    assert decisions_as_proposal(["Nämnden föreslås besluta att anta planen."]) == \
        "Nämnden föreslås besluta att anta planen."
    assert decisions_as_proposal(["Informationen noteras."]) is None


def test_a_proposal_cut_before_its_list_is_no_proposal():
    assert whole("Kommunfullmäktige beslutar att följande ska gälla:") is None
    assert whole("Planen antas.") == "Planen antas."


LABELLED = """Kallelse till sammanträde med socialnämnden
Tid: 2024-03-12 kl. 13.00
Plats: Socialkontoret

1. Riktlinjer för bistånd
Arbetsutskottets förslag till beslut
Socialnämnden antar riktlinjerna.

2. Internkontrollplan
Förslag till socialnämnden
att anta internkontrollplanen för 2024.

3. Budget 2025
Kommunstyrelsens arbetsutskotts förslag
Kommunstyrelsen föreslår kommunfullmäktige besluta att fastställa budgeten.
"""


@pytest.mark.parametrize("layout", ["as written", "paragraphs joined"])
def test_proposal_labels_naming_who_proposes_or_to_whom(layout):
    import re

    text = LABELLED if layout == "as written" else re.sub(r"(?<!\n)\n(?!\n)", " ", LABELLED)
    items = items_of(text, "kallelse.txt")
    assert items["1"]["proposed_decision"] == "Socialnämnden antar riktlinjerna."
    assert items["2"]["proposed_decision"] == "att anta internkontrollplanen för 2024."
    assert items["3"]["proposed_decision"] == ("Kommunstyrelsen föreslår kommunfullmäktige besluta att fastställa "
                                               "budgeten.")


LABELLED_PROTOCOL = """Protokoll
Kommunstyrelsen
Tid: Måndagen den 5 februari 2024, kl 10:00
Plats: Kommunhuset
Justerare: Per Holm

§ 4 Taxa för bygglov
Förslag till beslut
Kommunstyrelsen föreslår fullmäktige att anta taxan.
Beslut
Kommunstyrelsen beslutar att föreslå fullmäktige att anta taxan.
"""


def test_minutes_and_protocols_hold_no_proposal_the_spec_keeps_it_for_agendas():
    protocol = items_of(LABELLED_PROTOCOL, "ks-protokoll.txt")
    assert protocol["4"]["decisions"] and protocol["4"]["proposed_decision"] is None
    agenda = items_of(LABELLED_PROTOCOL.replace("Protokoll", "Kallelse", 1).replace("Justerare: Per Holm\n", "")
                      .replace("Beslut\nKommunstyrelsen beslutar att föreslå fullmäktige att anta taxan.\n", ""),
                      "ks-kallelse.txt")
    assert agenda["4"]["proposed_decision"] == "Kommunstyrelsen föreslår fullmäktige att anta taxan."
