"""Minutes whose line breaks were lost run a heading on into its papers' label and its first sentence:
"Föregående möte Bilagor: mars_anteckn Anteckningarna från mars gicks igenom.". The papers' label with its colon
ends the heading, and the passives minutes are written with ("gicks igenom", "behandlades", "lämnades",
"framfördes", "konstaterades") open a sentence that is cut off the heading (runon ``PAPERS``, ``VERBS``)."""

from protokoll.parse import parse_text
from protokoll.parse.runon import split_sentence


def test_the_papers_label_ends_the_heading():
    assert split_sentence("Föregående möte Bilagor: mars_anteckn Anteckningarna godkändes.")[0] == "Föregående möte"
    assert split_sentence("Sammanträdesplan 2026 Bilaga: Förslag till plan")[0] == "Sammanträdesplan 2026"
    assert split_sentence("Bilagor till protokollet")[0] == "Bilagor till protokollet"


def test_a_passive_opens_the_sentence_after_the_heading():
    assert split_sentence("Föregående protokoll Föregående protokoll gicks igenom och lades till handlingarna") == (
        "Föregående protokoll", "Föregående protokoll gicks igenom och lades till handlingarna")
    assert split_sentence("Remissvar Remissen behandlades kort")[0] == "Remissvar"
    assert split_sentence("Information om budget")[0] == "Information om budget"


def test_in_flattened_minutes():
    text = ("Minnesanteckningar Regionrådet i Västerdal Dag tisdagen den 12 juni 2012 Närvarande Ingemar Lindholm, "
            "Ekby Dagmar Sjöholm, Norrby 1. Mötet öppnas Mötet öppnades av ordförande Ingemar Lindholm. 2. Föregående "
            "möte Bilagor: RR_anteckn_maj Minnesanteckningar från föregående möte gicks igenom. Anteckningarna "
            "godkändes. 3. Info Bemanning kansliet Föredragande: Dagmar Sjöholm Dagmar Sjöholm informerade om läget.")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert items["2"].title == "Föregående möte"
    assert items["3"].presenters == ["Dagmar Sjöholm"]
