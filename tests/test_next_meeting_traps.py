"""Dates after next-meeting words that are not the next meeting (parse/upcoming.py ``later``, parse/nextmeeting.py
``COMING_ONE``): a date without its year that only a later year fits, more than half a year after the meeting
("Nästa möte 2 mars" in the minutes of 10 March); a deadline's, the justering's or the posting's date in the
sentence before the meeting's; a coming meeting a matter is put off to ("vid kommande sammanträde den ...", the
devset convention). A list of the coming dates gives its first date after the meeting, an earlier date of the
list (no year written) notwithstanding. All names, places and dates are invented."""

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar från Ekbydalens samverkansgrupp\nDatum: 2021-03-10\nPlats: Kommunhuset, Ekby\n"
        "Närvarande: Anna Berg, Per Holm, Karin Lund\n\n1. Mötets öppnande\nAnna Berg öppnade mötet.\n\n"
        "2. Budget\nGruppen diskuterade budgeten.\n\n")


def _next(tail: str, head: str = HEAD):
    found = parse_text(head + tail, "x.txt").next_meeting
    return (found.date, found.start, found.end) if found else None


def test_a_date_only_next_year_fits_a_year_away_is_no_next_meeting():
    assert _next("3. Nästa möte\nNästa möte 2 mars.\n") is None
    assert _next("3. Nästa möte\nNästa möte den 15 januari.\n") is None


def test_a_date_next_year_within_half_a_year_is_the_next_meeting():
    head = HEAD.replace("2021-03-10", "2021-12-08")
    assert _next("3. Nästa möte\nNästa möte den 19 januari kl 13.\n", head) == ("2022-01-19", "13:00", None)


def test_a_date_whose_year_is_written_is_taken_as_written():
    assert _next("3. Nästa möte\nNästa möte den 2 mars 2022.\n") == ("2022-03-02", None, None)


def test_a_plans_first_date_after_the_meeting_when_an_earlier_one_is_listed():
    assert _next("3. Kommande möten\n3 feb, 14 april, 9 juni och 15 sept\n") == ("2021-04-14", None, None)


def test_a_deadline_under_the_heading_is_no_meeting():
    assert _next("3. Nästa möte\nKallelse skickas ut senast den 20 april.\n") is None


def test_the_posting_date_before_the_meeting_is_passed_over():
    assert _next("3. Nästa möte\nAnslaget tas ned den 8 april. Nästa möte 12 maj.\n") == ("2021-05-12", None, None)


def test_the_justering_date_under_the_heading_is_no_meeting():
    assert _next("3. Nästa möte\nProtokollet justeras den 17 mars.\n") is None


def test_a_matter_put_off_to_a_coming_meeting_names_no_next_meeting():
    assert _next("3. Övrigt\nBeslut ska fattas vid kommande sammanträde den 12 maj.\n") is None
    assert _next("3. Övrigt\nÄrendet bordläggs till kommande möte den 12 maj.\n") is None


def test_the_next_meeting_and_the_coming_meetings_keep_their_dates():
    assert _next("3. Övrigt\nFrågan tas upp på nästa möte den 12 maj.\n") == ("2021-05-12", None, None)
    assert _next("3. Kommande möten\nKommande möten: 7 april, 12 maj och 9 juni.\n") == ("2021-04-07", None, None)
    assert _next("3. Nästa möte\nNästa möte den 12 maj. Justering sker den 17 mars.\n") == ("2021-05-12", None, None)


def test_a_plan_under_a_heading_of_new_or_planned_dates():
    assert _next("3. Nya mötesdatum\n16 april kl 08.30, 4 juni kl 13.00\n") == ("2021-04-16", "08:30", None)
    assert _next("3. Planerade möten\n16 april och 4 juni.\n") == ("2021-04-16", None, None)
    assert _next("3. Kommande träffar\n16 april, 4 juni\n") == ("2021-04-16", None, None)


def test_a_plan_of_new_dates_far_from_the_meeting_names_none():
    assert _next("3. Nya mötesdatum\n14 september, 9 november\n") is None


PROTOCOL = "PROTOKOLL Styrelsen 2015-01-14\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"


def test_a_decided_plan_whose_sentence_runs_on_into_its_dates():
    text = (PROTOCOL + "§ 5 Sammanträdesplan 2015\nStyrelsen beslutar att sammanträda följande dagar 2015: 16 april, "
            "10 juni och 23 september.\n")
    assert _next(text, "") == ("2015-04-16", None, None)


def test_another_bodys_plan_run_on_into_its_dates_is_not_read():
    text = (PROTOCOL + "§ 5 Sammanträdesplan 2015\nKommunfullmäktige sammanträder följande dagar: 16 april, "
            "10 juni och 23 september.\n")
    assert _next(text, "") is None


def _protocol_of(body: str, sentence: str):
    text = (f"PROTOKOLL\n{body}\nSammanträdesdatum 2021-03-10\nPlats och tid: Kommunhuset, Ekby, kl 13.00-15.00\n"
            f"Beslutande: Anna Berg (S), ordförande, Per Holm (M)\n\n§ 1 Val av justerare\nPer Holm utses att justera."
            f"\n\n§ 2 Övrigt\n{sentence}\n")
    return _next(text, "")


def test_the_bodys_own_kind_named_after_next_with_a_date():
    assert _protocol_of("Kommunstyrelsens arbetsutskott", "Nästa arbetsutskott 12 maj.") == ("2021-05-12", None, None)
    assert _protocol_of("Socialnämnden", "Ärendet återkommer till nästa nämnd den 12 maj.") == \
        ("2021-05-12", None, None)


def test_another_kind_of_body_named_after_next_is_its_meeting():
    assert _protocol_of("Kommunstyrelsens arbetsutskott", "Ärendet tas upp i nästa kommunstyrelse den 12 maj.") is None
    assert _protocol_of("Socialnämnden", "Ärendet går till nästa kommunfullmäktige 12 maj.") is None


def test_a_day_and_month_written_with_a_full_stop():
    assert _next("3. Nästa möte\nNästa möte 16.4 kl 13.00.\n") == ("2021-04-16", "13:00", None)
    assert _next("3. Nästa möte\nNästa möte torsdag 15.4. kl. 13-15 i Ekby.\n") == ("2021-04-15", "13:00", "15:00")


def test_a_clock_time_or_a_paragraph_with_a_full_stop_is_no_date():
    assert _next("3. Nästa möte\nNästa möte kl. 10.05 i Ekby, datum meddelas senare.\n") is None
    assert _next("3. Nästa möte\nNästa möte enligt § 4.2 i arbetsordningen.\n") is None
    assert _next("3. Nästa möte\nNästa möte 12 maj 10.05 i Ekby.\n") == ("2021-05-12", "10:05", None)


PAGED = ("EKBY KOMMUN\nFOLKHÄLSORÅD\nMINNESANTECKNINGAR\nSammanträdesdatum\n2015-01-14\nPlats och tid:\n"
         "Kommunhuset kl 13.00–14.30\nOrdinarie ledamöter\nAnna Berg, (m), ordförande\nPer Holm, (s)\n"
         "1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Budget\nRådet diskuterade budgeten.\n3. Nästa möte\n"
         "EKBY KOMMUN\nFOLKHÄLSORÅD\nMINNESANTECKNINGAR\nSammanträdesdatum\n2015-01-14\nSida\n2 (2)\n")


def test_the_date_under_the_heading_after_the_next_pages_head():
    assert _next(PAGED + "Torsdag 16 april kl 08.30 i kommunhuset.\n4. Mötets avslutande\n", "") == \
        ("2015-04-16", "08:30", None)


def test_after_the_pages_head_the_next_items_heading_still_ends_the_search():
    assert _next(PAGED + "4. Mötets avslutande\nNästa år planeras en resa den 16 april.\n", "") is None


def test_headings_of_the_next_meetings_date_or_time_and_place():
    assert _next("3. Nästa mötesdatum\n12 maj\n") == ("2021-05-12", None, None)
    assert _next("3. Tid och plats för nästa möte\n11 maj kl 13, Kommunhuset\n") == ("2021-05-11", "13:00", None)
    assert _next("3. Nästa mötesdatum\nDatum meddelas senare.\n") is None


def test_the_hours_on_a_labelled_line_under_the_date():
    assert _next("3. Nästa möte\nDatum: tisdag 11 maj\nTid: 13.00-15.00\n") == ("2021-05-11", "13:00", "15:00")
    assert _next("3. Nästa möte\nDatum: tisdag 11 maj\nPlats: Ekbysalen 2\n") == ("2021-05-11", None, None)
