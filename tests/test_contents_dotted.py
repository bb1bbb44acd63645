"""parse.contentsdots: an agenda or contents list whose item numbers were stripped to their dots (". Val av
justerare . Budget") gives its items, numberless where the number was lost; prose, names, dates and a menu give
none."""

from protokoll.parse import parse_text

KALLELSE = "Kallelse Fritidsnämnden 2031-04-08 kl. 14.00 Plats: Kommunhuset, Norrvik\n\n"
PROTOKOLL = "Protokoll Miljönämnden Sammanträdesdatum 2031-04-08\n\n"


def _items(text: str) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in parse_text(text, "t.txt").items]


def test_an_agenda_with_its_numbers_stripped_to_dots_gives_its_items():
    text = KALLELSE + ("Dagordning . Sammanträdets öppnande . Val av protokolljusterare . Fastställande av dagordning "
                       ". Verksamhetsplan 2032 för nämnden . Bidrag till Norrviks skidklubb . Övriga frågor\n")
    assert _items(text) == [(None, "Sammanträdets öppnande"), (None, "Val av protokolljusterare"),
                            (None, "Fastställande av dagordning"), (None, "Verksamhetsplan 2032 för nämnden"),
                            (None, "Bidrag till Norrviks skidklubb"), (None, "Övriga frågor")]


def test_a_run_of_dotted_titles_without_a_label_gives_its_items():
    text = KALLELSE + (". Val av protokolljusterare . Tillsynsplan för badplatser 2032 . Ekonomisk rapport mars "
                       ". Delegationsbeslut . Meddelanden\n")
    assert [t for _, t in _items(text)] == ["Val av protokolljusterare", "Tillsynsplan för badplatser 2032",
                                            "Ekonomisk rapport mars", "Delegationsbeslut", "Meddelanden"]


def test_kept_numbers_stay_and_stripped_ones_are_null():
    text = PROTOKOLL + ("Innehållsförteckning 1. Val av protokolljusterare . Godkännande av dagordning "
                        ". Budgetuppföljning . Taxa för strandskydd 5. Övriga frågor\n")
    assert _items(text) == [("1", "Val av protokolljusterare"), (None, "Godkännande av dagordning"),
                            (None, "Budgetuppföljning"), (None, "Taxa för strandskydd"), ("5", "Övriga frågor")]


def test_a_listed_title_that_has_its_own_section_is_read_once():
    text = PROTOKOLL + ("Dagordning . Val av protokolljusterare . Verksamhetsplan 2032 . Delegationsbeslut "
                        ". Meddelanden\n\n§ 1 Val av protokolljusterare\nKarin Ås utses att justera protokollet.\n")
    titles = [t for _, t in _items(text)]
    assert titles.count("Val av protokolljusterare") == 1
    assert {"Verksamhetsplan 2032", "Delegationsbeslut", "Meddelanden"} <= set(titles)


def test_prose_names_dates_and_a_menu_with_dots_give_no_items():
    for run in (". Nämnden diskuterade frågan länge. Beslut fattas senare . Ärendet bordläggs . Mötet avslutas här",
                "Närvarande . Karin Ås . Pelle Strand . Lotta Myr . Olle Björk (S)",
                ". Måndag 3 maj kl 10 . Tisdag 4 maj kl 10 . Onsdag 5 maj kl 10 . Torsdag 6 maj",
                "Dagordning . Karin Ås . Pelle Strand . Lotta Myr . Olle Björk . Stina Ek",
                ". Hem . Om föreningen . Styrelsens protokoll och kallelser . Kontakt . Bli medlem"):
        assert _items(PROTOKOLL + run + "\n") == [], run


def test_a_title_ending_in_a_hyphenated_compound_ends_before_the_next_title():
    text = PROTOKOLL + ("Ärendelista 12. Val av protokolljusterare Upphandling av IT-tjänster Riktlinjer för "
                        "föreningsbidrag Rapport om EU-medel Delegationsbeslut\n")
    assert _items(text) == [("12", "Val av protokolljusterare"), (None, "Upphandling av IT-tjänster"),
                            (None, "Riktlinjer för föreningsbidrag"), (None, "Rapport om EU-medel"),
                            (None, "Delegationsbeslut")]


def test_the_case_number_and_page_columns_end_a_title_and_are_no_part_of_it():
    text = PROTOKOLL + ("Ärenden Dnr Sid Val av protokolljusterare Dnr 2031/12 Sid Godkännande av dagordning Dnr "
                        "2031/13 Sid Budgetuppföljning februari Dnr KS / Sid Taxor för fritidsgårdar Dnr KS / Sid\n")
    assert _items(text) == [(None, "Val av protokolljusterare"), (None, "Godkännande av dagordning"),
                            (None, "Budgetuppföljning februari"), (None, "Taxor för fritidsgårdar")]


def test_stripped_case_numbers_left_as_year_and_slash_end_titles():
    text = PROTOKOLL + ("Innehållsförteckning 4 Val av protokolljusterare 2031/ Information från förvaltningen "
                        "2031/ Motion om solpaneler på Norrviks skola 2030/ / Genomförandeplan med budget / "
                        "Timplan för grundskolan\n")
    assert _items(text) == [("4", "Val av protokolljusterare"), (None, "Information från förvaltningen"),
                            (None, "Motion om solpaneler på Norrviks skola"), (None, "Genomförandeplan med budget"),
                            (None, "Timplan för grundskolan")]


def test_a_slash_between_words_stays_inside_a_title_without_case_number_rests():
    text = PROTOKOLL + ("Ärendelista Val av protokolljusterare Ansökan om bidrag / Stöd till föreningar "
                        "Budgetuppföljning februari Delegationsbeslut\n")
    titles = [t for _, t in _items(text)]
    assert len(titles) == 4 and "Stöd till föreningar" not in titles


def test_the_last_dotted_title_ends_where_the_text_after_the_list_begins():
    for tail in (" Karin Ås ordförande Pelle Strand sekreterare", " Välkomna! Karin Ås"):
        text = KALLELSE + "Dagordning . Val av protokolljusterare . Taxor för kulturskolan . Övriga frågor" + tail + "\n"
        assert _items(text) == [(None, "Val av protokolljusterare"), (None, "Taxor för kulturskolan"),
                                (None, "Övriga frågor")], tail


def test_an_unlabelled_dotted_run_may_keep_its_first_number():
    text = KALLELSE + ("1. Val av protokolljusterare . Godkännande av dagordning . Budgetuppföljning mars "
                       ". Taxa för tillsyn 2032 5. Motion om cykelbanor i Ekby\n")
    assert _items(text) == [("1", "Val av protokolljusterare"), (None, "Godkännande av dagordning"),
                            (None, "Budgetuppföljning mars"), (None, "Taxa för tillsyn 2032"),
                            ("5", "Motion om cykelbanor i Ekby")]
