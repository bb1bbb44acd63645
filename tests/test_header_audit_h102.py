"""Header values from the h102 precision audit (issue 10): a place that is the organisation whose meeting it was,
a body named inside a sentence's that-clause, a flattened header's body name glued before the place, and a venue
whose second word looks like a surname. Invented text only."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.placeforms import refine


def reasons(rec, path: str) -> list[str]:
    return [e.rule for e in rec.evidence if e.path == path]


def test_the_association_a_title_sentence_names_is_no_place():
    text = ("Protokoll från konstituerande styrelsemöte i Åsby Boulesällskap 2025-03-14.\n\n"
            "Närvarande: Anna Berg, Olle Holm, Kim Lind\n\n§ 1 Mötets öppnande\nAnna Berg öppnade mötet.\n")
    rec = parse_text(text, "boule.txt")
    assert rec.place is None
    assert any("whose meeting it was" in r for r in reasons(rec, "place"))


def test_a_federation_and_its_short_name_in_the_title_sentence_is_no_place():
    text = ("Protokoll fört vid förbundsstyrelsemöte i Sveriges kägelspelsförbund, Skäf\n"
            "Datum: 2025-04-02\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert parse_text(text, "skaf.txt").place is None


def test_a_place_in_the_title_sentence_is_still_read():
    text = ("Protokoll från styrgruppens möte den 1 april 2025 i Folkets hus, Åsby\n\n"
            "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n")
    assert parse_text(text, "sg.txt").place == "Folkets hus, Åsby"
    from protokoll.parse.placeforms import title_organisation
    assert title_organisation("Protokoll från styrelsemöte i Regionförbundet, Storgatan 4, Åsby") is None
    assert title_organisation("Protokoll från årsmöte i Åsby hembygdsförening 2025-03-01") == "Åsby hembygdsförening"


def test_a_body_inside_a_that_clause_of_a_sentence_is_not_the_meeting_s_body():
    text = ("Ordföranden hälsar välkommen och öppnar sammanträdet.\n\n"
            "Sekreteraren påminner om att arbetsordningen är antagen i Landstingsfullmäktige, vilket gäller tills vidare.\n"
            "Inga synpunkter framförs.\n\nEn diskussion förs om samverkan.\n")
    assert parse_text(text, "forum.txt").body is None


def test_a_title_that_names_the_body_is_still_read():
    text = "Protokoll från Landstingsfullmäktiges sammanträde 2025-02-11\n\n§ 1 Val av justerare\nAnna Berg utses.\n"
    assert parse_text(text, "lf.txt").body == "Landstingsfullmäktige"


def test_an_owned_body_glued_before_the_place_is_not_part_of_the_place():
    assert refine("Förbundets arbetsutskott Kommunförbundet i Åsby län") == "Kommunförbundet i Åsby län"
    assert refine("Socialnämnden Stadshuset, rum 4") == "Stadshuset, rum 4"


def test_a_venue_noun_after_a_given_name_is_no_person_ending_the_place():
    assert refine("Borgholm City Konferens, Lilla salen") == "Borgholm City Konferens, Lilla salen"
    assert refine("Stadshuset, rum 4 Anna Berg, Åsby kommun") == "Stadshuset, rum 4"


def test_a_town_first_that_is_no_given_name_is_no_person_ending_the_place():
    assert refine("Norrland Invest Stockholm Office, Storgatan 9, Stockholm") == \
        "Norrland Invest Stockholm Office, Storgatan 9, Stockholm"


def test_the_chair_s_role_in_a_roster_written_name_comma_party_role_is_no_label():
    text = ("Bygg- och miljönämnden Sammanträdesprotokoll Sida 1 (12)\nPlats och tid KS-salen, 13:15-15:45 Beslutande "
            "Karin Ek, (S) Ledamot Olle Holm, (MP) Ledamot Per Lund, (S) Vice ordförande Anna Berg, (M) Ordförande "
            "Kim Sjö, (KD) Ledamot\nÖvriga Lisa Ås, sekreterare\n\n§ 1 Val av justerare\nKim Sjö utses.\n")
    rec = parse_text(text, "bmn.txt")
    assert rec.chair == "Anna Berg"
    assert [(a.name, a.role) for a in rec.attendees if a.name in ("Anna Berg", "Kim Sjö")] == [
        ("Anna Berg", "ordförande"), ("Kim Sjö", "ledamot")]


SIGNED = ("Socialnämnden Sammanträdesprotokoll 1 (9)\nPlats och tid Kommunhuset, kl 13.00-15.00 Beslutande Anna Berg (S), "
          "ordförande Olle Holm (M) Karin Ek (C) Utses att justera Kim Sjö Justeringens plats och tid Kommunhuset "
          "2025-03-10 {} ANSLAG/BEVIS Protokollet är justerat. Organ Socialnämnden Underskrift Lisa Ås\n\n"
          "§ 1 Val av justerare\nKim Sjö utses.\n")


def test_signers_after_role_labels_in_a_row_are_read_up_to_the_anslag_box():
    rec = parse_text(SIGNED.format("Underskrifter Sekreterare Ordförande Justerande Lisa Ås Anna Berg Kim Sjö"), "sn.txt")
    assert (rec.secretary, rec.chair) == ("Lisa Ås", "Anna Berg")


def test_more_signers_than_role_labels_leave_the_secretary_open():
    rec = parse_text(SIGNED.format("Sekreterare Ordförande Justerare Lisa Ås Anna Berg Kim Sjö Per Lund"), "sn.txt")
    assert rec.secretary is None


TAIL = ("\nPlats och tid Stadshuset, kl 13.00-15.00\nBeslutande Anna Berg (S), ordförande Olle Holm (M)\n\n"
        "§ 1 Val av justerare\nOlle Holm utses.\n")


def test_the_municipality_s_board_named_with_its_place_names_the_municipality():
    rec = parse_text("Protokoll från Kommunstyrelsen i Åsele 2025-03-04" + TAIL, "ks.txt")
    assert (rec.organization, rec.body) == ("Åsele kommun", "Kommunstyrelsen")
    rec = parse_text("Protokoll från kommunstyrelsens arbetsutskott i Vännäs 2025-03-04" + TAIL, "ksau.txt")
    assert rec.organization == "Vännäs kommun"


def test_a_county_named_with_a_group_is_no_organisation():
    assert parse_text("Minnesanteckningar\nKommundirektörsgruppen i Västernorrland\n2025-03-04" + TAIL,
                      "kdg.txt").organization is None


def test_a_purpose_ends_before_the_municipality_it_is_in():
    rec = parse_text("Protokoll fört vid sammanträde med Nämnden för teknik i Lycksele kommun 2025-03-04" + TAIL, "n.txt")
    assert (rec.body, rec.organization) == ("Nämnden för teknik", "Lycksele kommun")


def test_an_indefinite_committee_with_its_purpose_heads_the_title():
    assert parse_text("Nämnd för arbete, näringsliv och kultur\nPROTOKOLL 1(6)" + TAIL,
                      "n.txt").body == "Nämnd för arbete, näringsliv och kultur"
    assert parse_text("Protokoll Nämnd för teknik och service 2025-03-04" + TAIL, "n.txt").body == \
        "Nämnd för teknik och service"


def test_the_title_s_meeting_date_beats_a_letterhead_s_date_before_it():
    text = ("Folkhälsocentrum 2025-01-07 Anna Berg Minnesanteckningar från Hälsoberedningens möte den 19 december 2024 "
            "Närvarande Olle Holm (S) ordförande Kim Sjö (M) 1. Mötets öppnande Olle Holm hälsade välkommen.\n")
    assert parse_text(text, "hb.txt").date == "2024-12-19"


def test_a_previous_meeting_s_date_in_the_title_is_not_the_meeting_s():
    text = ("Folkhälsocentrum 2025-01-07 Anna Berg Minnesanteckningar från föregående möte den 19 december 2024 "
            "Närvarande Olle Holm (S) ordförande Kim Sjö (M) 1. Mötets öppnande Olle Holm hälsade välkommen.\n")
    assert parse_text(text, "hb.txt").date == "2025-01-07"


def test_a_federation_s_name_of_three_words_is_read_whole_before_its_body():
    text = ("Datum av 12 Kommunalförbundet Räddningstjänsten Norra Sjöland Direktionen Sammanträdesprotokoll 2/ Plats och tid: "
            "Brandstationen Åsby, kl. 13:00 Beslutande: Anna Berg (S), ordförande Olle Holm (M)\n\n§ 1 Val av justerare\n"
            "Olle Holm utses.\n")
    rec = parse_text(text, "rtn.txt")
    assert (rec.organization, rec.body) == ("Kommunalförbundet Räddningstjänsten Norra Sjöland", "Direktionen")
