"""Presenters named in the sentences of minutes with the body as receiver ("Nämnden får information från ..."),
in the passive ("Nämnden informeras av ...") and after the presenter's arrival ("... hälsas välkommen och
informerar om ..."); parse.presenterclauses. The texts are written here, in the forms Swedish minutes use."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from protokoll.parse.presenterclauses import clause_presenters
from protokoll.pipeline import process

MINUTES = """Protokoll
Socialnämnden
Datum: 2024-03-12

§ 21 Budgetuppföljning
Nämnden får information från ekonomichef Karin Lund om budgetläget.
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 22 Lokalförsörjning
Nämnden informeras av fastighetschef Per Holm om lokalbehovet.
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 23 Hemtjänsten
Eva Strand hälsas välkommen och informerar om hemtjänstens arbete.
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 24 Samverkan med regionen
Jonas Berg, Region Norr, presenterar sig och berättar om samverkansavtalet.
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 25 Digitalisering
Styrelsen får en kort dragning av Erik Falk och Sofia Lind om digitaliseringsarbetet.
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 26 Kvalitetsarbete
Kvalitetsstrateg Lars Nyberg deltar under ärendet och redogör för kvalitetsberättelsen.
Socialnämnden beslutar att godkänna kvalitetsberättelsen.

§ 27 Riktlinjer
Som föredragande närvarar Anna Björk.
Socialnämnden beslutar att anta riktlinjerna.

§ 28 Vägfrågor
Företrädare för Trafikverket, projektledare Helena Roos m.fl., och för

Region Norr, planerare Ulla Sten, informerar nämnden om vägplanen.
Socialnämnden beslutar att lägga informationen till handlingarna.

§ 29 Ekonomin
Nämnden får information från förvaltningen om det ekonomiska läget.
Socialnämnden beslutar att lägga informationen till handlingarna.
"""


def items_of(text: str) -> dict[str, dict]:
    data = text.encode("utf-8")
    record = process(Path("protokoll.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    return {it["number"]: it for it in record["items"]}


def test_minutes_name_their_presenters_in_these_forms() -> None:
    got = {n: it["presenters"] for n, it in items_of(MINUTES).items()}
    assert got == {"21": ["Karin Lund"], "22": ["Per Holm"], "23": ["Eva Strand"], "24": ["Jonas Berg"],
                   "25": ["Erik Falk", "Sofia Lind"], "26": ["Lars Nyberg"], "27": ["Anna Björk"],
                   "28": ["Helena Roos", "Ulla Sten"], "29": []}


@pytest.mark.parametrize("sentence", [
    "Nämnden får information från förvaltningen om läget.",          # an office, not a person
    "Ordföranden hälsar alla välkomna och informerar om dagordningen.",  # a role, not a name
    "Styrelsen informeras av ordföranden om inkomna skrivelser.",
    "Nämnden får information om budgeten.",                          # nobody named
    "Anna Berg och Per Ek deltar i mötet.",                          # attending, not presenting
    "Företrädare för Trafikverket informerar om vägplanen.",         # representatives, none named
])
def test_no_person_named_as_giver_names_nobody(sentence: str) -> None:
    assert clause_presenters([sentence]) == []


def test_the_same_minutes_with_their_line_breaks_lost() -> None:
    """Flattened onto one line (a web page's text), the headings run on into the first sentences; the
    presenters are read all the same and the headings keep none of their words."""
    items = items_of(" ".join(MINUTES.split("\n")))
    got = {n: it["presenters"] for n, it in items.items()}
    assert got == {"21": ["Karin Lund"], "22": ["Per Holm"], "23": ["Eva Strand"], "24": ["Jonas Berg"],
                   "25": ["Erik Falk", "Sofia Lind"], "26": ["Lars Nyberg"], "27": ["Anna Björk"],
                   "28": ["Helena Roos", "Ulla Sten"], "29": []}
    assert items["23"]["title"] == "Hemtjänsten" and items["27"]["title"] == "Riktlinjer"


def test_a_heading_cut_before_its_presenters_name() -> None:
    from protokoll.parse.presenterrunon import run_on_presenters

    assert run_on_presenters("Budget Ärendet föredras av ekonomichef", "Anna Berg.") == ("Budget", ["Anna Berg"])
    assert run_on_presenters("Information av förvaltningschef", "Anna Berg. Nämnden beslutar att notera.") \
        == ("Information av förvaltningschef", ["Anna Berg"])
    assert run_on_presenters("Hemtjänsten Anna", "Berg hälsas välkommen och informerar om arbetet.") \
        == ("Hemtjänsten", ["Anna Berg"])
    assert run_on_presenters("Budget", "Anna Berg.") == ("Budget", [])  # no presenting phrase: no presenter
    assert run_on_presenters("Hemtjänsten Anna", "Berg deltar i mötet.") == ("Hemtjänsten Anna", [])


def test_a_run_on_attending_phrase_reads_every_attending_verb() -> None:
    # "Som föredragande närvarar / deltar / medverkar": one list of attending verbs (presenterclauses.ATTENDING)
    from protokoll.parse.presenterrunon import run_on_presenters

    for verb in ("närvarar", "deltog", "medverkar"):
        assert run_on_presenters(f"Budget Som föredragande {verb}", "Anna Berg.") == ("Budget", ["Anna Berg"])
