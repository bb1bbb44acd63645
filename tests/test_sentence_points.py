"""Points written as one sentence about a person (issue 10): "§2. Eva Ek-Holm valdes till justerare." has no
title of its own; its first sentence is the title (judge sets F and G's convention), and no name inside it cuts
the title short."""

from protokoll.parse.assemble import parse_text

MINUTES = """Protokoll fört vid styrelsemöte i Tallbacka bygdeförening 14 april 2021

Närvarande: Saga Lindqvist, Tove Almgren, Jarl Wiklund

§1. Kvällens mötesordförande Saga Lindqvist hälsade alla välkomna och förklarade mötet öppnat.

§2. Tove Almgren valdes till justerare.

§3. Jarl kontaktar Ivar Strand. Ansökan skickas in före sommaren.

§4. Mia-Lena Ståhl Hedin valdes till kassör för året.

§5. Nyttjanderätt Saga Lindqvist informerade om arrendet.
"""


def _titles(text: str) -> list[str]:
    return [item.title for item in parse_text(text, "test.txt").items]


def test_a_sentence_about_a_person_is_the_whole_title():
    titles = _titles(MINUTES)
    assert titles[:4] == ["Kvällens mötesordförande Saga Lindqvist hälsade alla välkomna och förklarade mötet öppnat.",
                          "Tove Almgren valdes till justerare.", "Jarl kontaktar Ivar Strand.",
                          "Mia-Lena Ståhl Hedin valdes till kassör för året."]


def test_a_title_before_a_presenting_person_is_still_cut():
    assert _titles(MINUTES)[4] == "Nyttjanderätt"


def test_person_sentence_needs_name_words_then_a_verb():
    from protokoll.parse.sentencestart import person_sentence

    assert person_sentence("Tove Almgren valdes till justerare.".split())
    assert person_sentence("Jarl kontaktar Ivar Strand.".split())
    assert person_sentence("Styrelsens ordförande Saga Lindqvist öppnade mötet".split())
    assert not person_sentence("Justering Anna Berg utses att justera".split())  # a title, then the person
    assert not person_sentence("Val av justerare".split())
    assert not person_sentence("Budget Norrby 2022".split())


SHORT_TITLES = """Minnesanteckningar från möte i Lövåsens hembygdsförening 3 maj 2022

1. Mötets öppnande.
2. Gymnastiksalen. På grund av platsbrist i skolan är salen uthyrd. Föreningen kommer tala med kommunen om en annan lokal.
3. Midsommarfirande: Dansbanan blev klar i tid.
"""


def test_a_short_title_sentence_before_text_with_a_present_or_irregular_verb_ends_the_title():
    titles = _titles(SHORT_TITLES)
    assert titles[1:] == ["Gymnastiksalen.", "Midsommarfirande"]
