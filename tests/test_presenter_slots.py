"""Presenters set after an agenda item's title with the item's time slot, in parentheses separated by slashes,
and "Information från <person>" headings (parse.presenterslot). The texts are written here, in the forms
Swedish kallelser, dagordningar and programmes use."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from protokoll.parse import parse_text
from protokoll.parse.presenterslot import slot_presenters, without_label_end
from protokoll.repair import repair_text
from protokoll.pipeline import process

AGENDA = """Kallelse
Socialnämnden
Tid: tisdag 12 mars 2024 kl. 13.00
Plats: Kommunhuset, sal A

Föredragningslista

1. Val av justerare
2. Information om hemtjänsten Petra Holm, verksamhetschef, kl. 13.30-14.00
3. Personalfrågor Eva Strand kl. 14.15
4. Lokalförsörjning Jonas Berg (20 min)
5. Information om digitala tjänster (Karin Lund/Erik Falk)
6. Information från Sofia Lind, kvalitetsstrateg
7. Nya riktlinjer för bistånd Dragande: Lars Nyberg
8. Delårsrapport per 31.08
9. Budgetuppföljning ekonomichef Karin Lund
10. Information om skolan Eva Strand, Jonas Berg
11. Årsredovisning Sofia Lind och Erik Falk
12. Taxor Anna Björk Information
13. Detaljplan Helena Roos, planarkitekt och Ulla Sten, jurist
14. Verksamhetsplan 2025 Karin Lund 14.00
15. Val av ordförande Per Holm
16. Övriga frågor
"""


def items_of(text: str) -> dict[str, dict]:
    data = text.encode("utf-8")
    record = process(Path("kallelse.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    return {it["number"]: it for it in record["items"]}


@pytest.mark.parametrize("layout", ["as written", "one line"])
def test_an_agendas_presenters_with_time_slots_and_slashes(layout: str) -> None:
    text = AGENDA if layout == "as written" else " ".join(AGENDA.split("\n"))
    items = items_of(text)
    got = {n: (it["title"], it["presenters"]) for n, it in items.items()}
    assert got["2"] == ("Information om hemtjänsten", ["Petra Holm"])
    assert got["3"] == ("Personalfrågor", ["Eva Strand"])
    assert got["4"] == ("Lokalförsörjning", ["Jonas Berg"])
    assert got["5"] == ("Information om digitala tjänster", ["Karin Lund", "Erik Falk"])
    assert got["6"] == ("Information från Sofia Lind, kvalitetsstrateg", ["Sofia Lind"])
    assert got["7"] == ("Nya riktlinjer för bistånd", ["Lars Nyberg"])
    assert got["9"] == ("Budgetuppföljning", ["Karin Lund"])
    assert got["10"] == ("Information om skolan", ["Eva Strand", "Jonas Berg"])
    assert got["11"] == ("Årsredovisning", ["Sofia Lind", "Erik Falk"])
    assert got["12"] == ("Taxor", ["Anna Björk"])
    assert got["13"] == ("Detaljplan", ["Helena Roos", "Ulla Sten"])
    assert got["14"] == ("Verksamhetsplan 2025", ["Karin Lund"])
    assert got["15"] == ("Val av ordförande Per Holm", [])  # the one elected: no presenter, the title kept
    assert got["8"] == ("Delårsrapport per 31.08", []) and got["16"][1] == []


@pytest.mark.parametrize("title", [
    "Närvaro Dessa deltog Anna Berg, Per Ek",          # a roll call run on into a heading
    "Information om Anna Berg, Per Ek",                # the names follow a preposition: the item's subject
    "Skolan Budget Anna, Per Ek",                      # no given name opens the first
])
def test_two_names_that_are_no_presenters(title: str) -> None:
    assert slot_presenters(title) == (title, [])


@pytest.mark.parametrize("title", [
    "Delårsrapport per 31.08",                       # a date, no person before it
    "Budget 2025 kl. 13.30",                          # a time slot, no name
    "Information om Norra hamnen (15 min)",           # a place, not a person
    "Rapport från Region Norr",                       # an organisation informs
    "Val av ledamöter (vakant/ersättare)",            # slashes between words that are no names
])
def test_no_person_no_presenter_and_the_title_unchanged(title: str) -> None:
    assert slot_presenters(title) == (title, [])


def test_a_tables_next_column_after_the_name() -> None:
    assert slot_presenters("Taxor 2025 Anna Björk Beslut") == ("Taxor 2025", ["Anna Björk"])
    assert slot_presenters("Taxor 2025 Beslut") == ("Taxor 2025 Beslut", [])


def test_a_case_number_or_an_employer_between_title_and_name() -> None:
    items = items_of(
        "Dagordning\nKommunstyrelsens arbetsutskott\nTid: tisdag 12 mars 2024 kl. 13.00\n\n1. Val av justerare\n"
        "2. Detaljplan Norra hamnen Dnr 2024/33 Per Holm\n3. Trafikfrågor, Erik Falk (Trafikverket)\n"
        "4. Lokalförsörjning. Eva Strand, fastighetschef\n5. Detaljplan Södra kajen Dnr 2024/34\n"
        "6. Avfallsfrågor (Region Norr)\n7. Övriga frågor\n")
    got = {n: (it["title"], it["presenters"]) for n, it in items.items()}
    assert got["2"] == ("Detaljplan Norra hamnen", ["Per Holm"])
    assert got["3"] == ("Trafikfrågor", ["Erik Falk"])
    assert got["4"] == ("Lokalförsörjning", ["Eva Strand"])
    assert got["5"] == ("Detaljplan Södra kajen", [])
    assert got["6"][1] == []


def test_a_label_left_at_the_end_goes_with_its_name() -> None:
    assert without_label_end("Nya riktlinjer Dragande") == "Nya riktlinjer"
    assert without_label_end("Budget – Föredragande:") == "Budget"
    assert without_label_end("Ansvarig") == "Ansvarig"  # nothing would be left: kept


def test_names_in_headings_about_people_are_no_presenters() -> None:
    items = items_of(
        "Kallelse\nKommunfullmäktige\nTid: tisdag 12 mars 2024 kl. 18.00\n\n1. Val av justerare\n"
        "2. Interpellation till kommunstyrelsens ordförande Eva Strand, Jonas Berg\n"
        "3. Val av ersättare efter Erik Falk\n4. Medborgarförslag om lekplats Lars Nyberg och Helena Roos\n"
        "5. Entledigande Ulla Sten, kl. 18.30\n6. Information om lekplatser Lars Nyberg och Helena Roos\n"
        "7. Övriga frågor\n")
    got = {n: it["presenters"] for n, it in items.items()}
    assert got == {"1": [], "2": [], "3": [], "4": [], "5": [], "6": ["Lars Nyberg", "Helena Roos"], "7": []}


def test_a_programmes_speakers_with_employers_and_time_slots() -> None:
    items = items_of(
        "Minnesanteckningar nätverket för ekonomichefer\nDatum: 2024-03-12\n\n1. Inledning\n"
        "Ordföranden hälsade välkommen.\n2. Aktuellt från SKR Per Holm, SKR\nDiskussion om läget.\n"
        "3. Erfarenheter från Norrby kl. 11.15–12.00 Jonas Berg\nGruppen diskuterade erfarenheterna.\n"
        "4. Budget 2025, Region Norr\nGruppen diskuterade budgeten.\n")
    got = {n: (it["title"], it["presenters"]) for n, it in items.items()}
    assert got["2"] == ("Aktuellt från SKR", ["Per Holm"])
    assert got["3"] == ("Erfarenheter från Norrby", ["Jonas Berg"])
    assert got["4"] == ("Budget 2025, Region Norr", [])


@pytest.mark.parametrize("title, expected", [
    ("Budget Kjell-Åke Vretberg", ("Budget", ["Kjell-Åke Vretberg"])),        # each part a given name
    ("Skolan Pirjo Virtanen, Göte Larsson", ("Skolan", ["Pirjo Virtanen", "Göte Larsson"])),
    ("Budget Norra Vägen", ("Budget Norra Vägen", [])),                      # no given name opens it
])
def test_given_names_beyond_the_shared_gazetteer(title: str, expected: tuple[str, list[str]]) -> None:
    from protokoll.parse.presenters import title_presenters
    got = title_presenters(title)
    got = got if got[1] else slot_presenters(title)
    assert got == expected


def test_a_docx_agenda_tables_presenter_column() -> None:
    """A Word agenda whose items are a table's rows (number | title | presenter): the reader joins the cells
    with TABs, the presenter cell is read; a motion's author in that column is not its presenter."""
    import io

    from docx import Document

    doc = Document()
    for text in ["Kallelse", "Kommunstyrelsen", "Tid: tisdag 12 mars 2024 kl. 13.00", "Plats: Kommunhuset",
                 "Föredragningslista"]:
        doc.add_paragraph(text)
    table = doc.add_table(rows=0, cols=3)
    for row in [["Nr", "Ärende", "Föredragande"], ["1", "Val av justerare", ""],
                ["2", "Budget 2025", "Karin Lund, ekonomichef"], ["3", "Detaljplan Norra hamnen", "Planarkitekt Per Holm"],
                ["4", "Information om skolan", "Eva Strand och Jonas Berg"], ["5", "Motion om skolmat", "Sofia Lind (S)"],
                ["6", "Övriga frågor", ""]]:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    buf = io.BytesIO()
    doc.save(buf)
    data = buf.getvalue()
    record = process(Path("kallelse.docx"), data, hashlib.sha256(data).hexdigest()).record.to_dict()
    got = {it["number"]: (it["title"], it["presenters"]) for it in record["items"]}
    assert got == {"1": ("Val av justerare", []), "2": ("Budget 2025", ["Karin Lund"]),
                   "3": ("Detaljplan Norra hamnen", ["Per Holm"]),
                   "4": ("Information om skolan", ["Eva Strand", "Jonas Berg"]),
                   "5": ("Motion om skolmat", []), "6": ("Övriga frågor", [])}


NAME_LINES = ("{kind}\nKommunstyrelsen\nTid: tisdag 12 mars 2024 kl. 13.00\n\n1. Val av justerare\nKarin Lund\n\n"
              "2. Budget 2025\nKarin Lund\n\n3. Skolan\nEva Strand (rektor)\n\n4. Lokaler\nFastighetschef Jonas Berg\n\n"
              "5. Taxor\nSofia Lind, Erik Falk\n\n6. Övriga frågor\n")


def test_an_agenda_items_first_line_of_names() -> None:
    got = {n: it["presenters"] for n, it in items_of(NAME_LINES.format(kind="Kallelse")).items()}
    assert got == {"1": [], "2": ["Karin Lund"], "3": ["Eva Strand"], "4": ["Jonas Berg"],
                   "5": ["Sofia Lind", "Erik Falk"], "6": []}


def test_a_presenter_label_naming_no_person_gives_none() -> None:
    text = ("Kallelse\nSocialnämnden\nTid: tisdag 12 mars 2024 kl. 13.00\n\n1. Budget 2025\nFöredragande: Ekonomichefen\n\n"
            "2. Detaljplan\nFöredragande: Förvaltningen\n\n3. Skolan\nFöredragande: Socialchef\n\n4. Taxor\n"
            "Föredragande: Karin\n\n5. IT\nFöredragande: Per Holm\n")
    got = {n: it["presenters"] for n, it in items_of(text).items()}
    assert got == {"1": [], "2": [], "3": [], "4": [], "5": ["Per Holm"]}


def test_an_agenda_with_its_line_breaks_lost() -> None:
    got = {n: (it["title"], it["presenters"]) for n, it in items_of(" ".join(NAME_LINES.format(kind="Kallelse").split("\n"))).items()}
    assert got["2"] == ("Budget 2025", ["Karin Lund"]) and got["3"] == ("Skolan", ["Eva Strand"])
    assert got["5"] == ("Taxor", ["Sofia Lind", "Erik Falk"]) and got["1"][1] == []


def test_a_party_code_in_parentheses_is_no_employer():
    assert slot_presenters("Valärenden med en särskild fråga Bo Lindqvist (KD)") == (
        "Valärenden med en särskild fråga Bo Lindqvist (KD)", [])
    assert slot_presenters("Budget för nästa år Anna Berg (Trafikverket)")[1] == ["Anna Berg"]


def test_the_chairs_signature_run_on_into_the_last_heading_is_no_presenter():
    text = ("KALLELSE\nKultur- och fritidsnämndens arbetsutskott\nÄrenden\n\n1. Bibliotekets öppettider\n\n"
            "2. Valärenden med en särskild fråga Bo Lindqvist (KD)\nOrdförande Eva Ek\nSekreterare Tel: E-post:\n")
    record = parse_text(repair_text(text)[0], source="t.txt").to_dict()
    assert record["items"] and all(not item["presenters"] for item in record["items"])


def test_the_person_elected_at_a_headings_end_is_no_presenter():
    from protokoll.parse.presenters import title_presenters
    for title in ("Till sekreterare valdes Eva Ek.", "Till ordförande för mötet valdes Per Holm",
                  "Som revisor omvaldes Lisa Ek"):
        assert title_presenters(title) == (title, [])
    assert title_presenters("Budget för nästa år Anna Berg") == ("Budget för nästa år", ["Anna Berg"])
    text = ("Protokoll fört vid årsmöte i Norrby kör 2021-09-07\n\nÄRENDEN:\n\n1. Mötet öppnades.\n"
            "2. Till sekreterare valdes Eva Ek.\n3. Verksamhetsberättelsen godkändes.\n")
    record = parse_text(repair_text(text)[0], source="t.txt").to_dict()
    assert not any(item["presenters"] for item in record["items"])
