"""A signature block run on after its head in one line: "Underskrifter. Anna Berg (S), ordförande. Per Holm,
sekreterare." (parse/signatures.py). The documents are written here."""

from protokoll.parse import parse_text
from protokoll.parse.persons import is_person
from protokoll.parse.signatures import _run_on

RUN_ON = """1 Ärendeförteckning 12 Val av justerare 13 Budget 14 Övriga frågor

2 Plats och tid Norrby kommunhus ande Övriga närvarande Utses att justera Lisa Holm (C) Olle Berg (S) Stina Lund (M) Karl Ek, förvaltningschef Lisa Holm (C) Underskrifter. Olle Berg (S), ordförande. Maja Sten, sekreterare. Lisa Holm (C), justerare ANSLAG / BEVIS Justering av nämndens protokoll
12 Val av justerare
Lisa Holm utses att justera protokollet.
13 Budget
Nämnden godkänner budgeten.
"""


def test_the_chair_signing_in_a_run_on_block():
    rec = parse_text(RUN_ON, "t")
    assert (rec.chair, rec.secretary) == ("Olle Berg", "Maja Sten")


def test_the_run_ends_at_an_entry_that_is_no_signer():
    text = "Underskrifter: Eva Ek (S), ordförande, Protokollet justerat, sekreterare. Per Holm, justerare"
    assert _run_on(text, is_person) == [("Eva Ek", "ordförande")]
    assert _run_on("Underskrifter Anna Berg Per Holm", is_person) == []


RUN_ON_PARAGRAPHS = """1 Valnämnden Sammanträdesprotokoll Plats och tid: Norrby hus, kl. 17:00-18:30 ande ledamöter: Eva Sten (M) Olle Ahl (S) Per Ek (C) Övriga närvarande: Lisa Berg, valsamordnare Underskrifter: Lisa Berg, sekreterare Paragrafer 1-6 Eva Sten (M), ordförande Olle Ahl (S), justerande Anslag/bevis Organ: Datum:
"""


def test_a_run_on_block_split_at_its_paragraphs_label():
    rec = parse_text(RUN_ON_PARAGRAPHS, "t")
    assert (rec.chair, rec.secretary) == ("Eva Sten", "Lisa Berg")


def test_a_chair_of_another_body_in_the_run_signs_nothing():
    text = "Underskrifter: Lisa Berg, sekreterare Per Holm, ordförande i Förbundet Norr"
    assert _run_on(text, is_person) == [("Lisa Berg", "sekreterare")]
