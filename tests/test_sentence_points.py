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
2. Gymnastiksalen. På grund av platsbrist i skolan är salen uthyrd. Föreningen kommer tala med kommunen.
3. Midsommarfirande: Dansbanan blev klar i tid.
"""


def test_a_short_title_sentence_before_text_with_a_present_or_irregular_verb_ends_the_title():
    titles = _titles(SHORT_TITLES)
    assert titles[1:] == ["Gymnastiksalen.", "Midsommarfirande"]


WRAPPED = """Protokoll fört vid årsmöte i Björkvikens fiskevårdsförening 9 mars 2020

§ 1. Förklarade föreningens ordförande Nils Hammar mötet öppnat och hälsade alla välkomna, särskilt Vera Lind.

§ 2. Utsågs undertecknad att föra dagens protokoll, fastställdes utsänd dagordning och genom-

gicks föregående protokoll som lades till handlingarna.

§ 3. Till revisorer för det kommande verksamhetsåret valdes Olle Berg & Gunnar
Sjöö och till ersättare Lisa Dahl.

§ 4. Uppdrogs åt Nils att kontakta länsstyrelsen inför sommarens utsättning av öring i
sjön och tillflödena.

§ 5. Rapporterade Gunnar om arbetet med den nya broschyren om fiskekort och regler i
Björkviken. Tryckningen beräknas vara klar i maj.

§ 6. Övriga frågor
"""


def test_a_sentence_point_wrapped_over_lines_keeps_its_whole_first_sentence():
    titles = _titles(WRAPPED)
    assert titles[:5] == [
        "Förklarade föreningens ordförande Nils Hammar mötet öppnat och hälsade alla välkomna, särskilt Vera Lind.",
        "Utsågs undertecknad att föra dagens protokoll, fastställdes utsänd dagordning och genomgicks föregående "
        "protokoll som lades till handlingarna.",
        "Till revisorer för det kommande verksamhetsåret valdes Olle Berg & Gunnar Sjöö och till ersättare Lisa Dahl.",
        "Uppdrogs åt Nils att kontakta länsstyrelsen inför sommarens utsättning av öring i sjön och tillflödena.",
        "Rapporterade Gunnar om arbetet med den nya broschyren om fiskekort och regler i Björkviken."]


def test_a_title_line_without_a_verb_is_not_joined_to_the_text_below():
    text = WRAPPED.replace("§ 6. Övriga frågor\n", "§ 6. Information om arbetet med den nya hemsidan för föreningen i\n"
                                                     "Björkviken. Webbredaktören visade förslaget.\n")
    assert _titles(text)[5] == "Information om arbetet med den nya hemsidan för föreningen i"  # as before


def test_verb_first_needs_a_passive_or_a_name_after_an_active_past():
    from protokoll.parse.sentencestart import verb_first

    assert verb_first("Uppdrogs åt Nils att ringa".split())
    assert verb_first("Rapporterade Gunnar om arbetet".split())
    assert verb_first("Förklarade föreningens ordförande Nils Hammar mötet öppnat".split())
    assert not verb_first("Reviderade riktlinjer för bostadsanpassning".split())


AGENDA = """Kallelse till möte med Västra Ålidens byaråd 2022-11-14

Ärenden

 1. Mötets öppnande.
 2. Genomgång av anteckningar från förra mötet.
 3. Arbetet med laddstolpar vid bygdegården. Stina Holm och byarnas ombud
 4. Val av ny kassör i byarådet. Byarnas ombud
 5. Godkännande av förra protokollet Protokollet från 2022-10-03 läggs till handlingarna. Ma
 6. Övriga frågor
"""


def test_an_agendas_short_verbless_tail_after_the_titles_full_stop_is_no_title():
    titles = [t.rstrip(".") for t in _titles(AGENDA)]
    assert titles[2:4] == ["Arbetet med laddstolpar vid bygdegården", "Val av ny kassör i byarådet"]


def test_who_tail_needs_a_verbless_title_and_a_verbless_short_tail():
    from protokoll.parse.sentencestart import who_tail

    assert who_tail("Val av ny kassör i byarådet. Byarnas ombud") == len("Val av ny kassör i byarådet.")
    assert who_tail("Protokollet från mötet läggs till handlingarna. Ma") is None  # a sentence before it
    assert who_tail("Budget för året. Förvaltningen har lämnat ett förslag") is None  # a verb in the tail
    assert who_tail("Omhändertagande avlidna. Överenskommelse mellan landstinget och kommunerna i länet") is None


NOTES = """Minnesanteckningar från styrelsemöte i Ekåsens vägförening 5 juni 2023

1. Mötets öppnande.
2. Badplatsen. Olle ordnar bryggan före midsommar.
3. Till kassör omvaldes Mona Lund. Valet gäller två år.
"""


def test_a_short_title_then_a_persons_sentence_in_the_present_ends_at_the_title():
    titles = _titles(NOTES)
    assert titles[1] == "Badplatsen."
    assert titles[2].startswith("Till kassör omvaldes Mona Lund.")  # a sentence point: not cut as a title


def test_who_tail_is_not_cut_inside_a_parenthesis_or_after_an_abbreviation():
    from protokoll.parse.sentencestart import who_tail

    assert who_tail("Årsredovisning 2030 (bil. A-B)") is None
    assert who_tail("Årsredovisning för året (bilaga. Kassören)") is None


def test_a_one_word_title_then_a_sentence_with_a_definite_subject_is_no_person_sentence():
    from protokoll.parse.sentencestart import person_sentence

    assert not person_sentence("Taxor Taxorna fastställdes".split())
    assert not person_sentence("Budget Förvaltningen har lämnat ett förslag".split())
