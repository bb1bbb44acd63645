"""The next meeting where minutes move it, call it off, put the meeting off to another day, or name their own body
meeting on a date (parse/upcoming.py ``MOVED_FROM``, ``CALLED_OFF``, ``OTHER_WORDING``, ``own_sitting``). A meeting
moved "från den 14 april till den 20 april" is held on the 20th; one that "ställs in" is held on no day; "Mötet
ajournerades till den 16 april" goes on that day; "Samverkansgruppen sammanträder den 20 april" in the group's own
notes is its next meeting, another body's sitting ("Kommunfullmäktige sammanträder den 20 april") is not. All names,
places and dates are invented."""

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar\nSamverkansgruppen för fritid, Ekby kommun\nDatum: 2015-03-17\nTid: 13.00–15.00\n"
        "Plats: Kommunhuset, rum Linden\n\nNärvarande: Anna Berglund, ordförande; Per Ekholm; Stina Vall\n\n"
        "1. Mötets öppnande\nAnna Berglund hälsade välkomna.\n\n2. Budget 2015\nPer Ekholm redogjorde för budgeten.\n\n")


def _next(tail: str, head: str = HEAD):
    found = parse_text(head + tail, "x.txt").next_meeting
    return (found.date, found.start, found.end) if found else None


def test_a_moved_meeting_is_held_on_the_day_it_is_moved_to():
    assert _next("3. Övrigt\nNästa möte är flyttat från den 14 april till den 20 april.\n") == \
        ("2015-04-20", None, None)
    assert _next("3. Nästa möte\nNästa möte flyttas från 14/4 till 21/4 kl 13.\n") == ("2015-04-21", "13:00", None)


def test_a_meeting_from_one_day_to_the_next_is_not_moved():
    assert _next("3. Nästa möte\nNästa möte hålls från den 14 april till den 15 april i Ekby.\n") == \
        ("2015-04-14", None, None)


def test_a_meeting_called_off_names_no_next_meeting():
    assert _next("3. Övrigt\nNästa möte den 20/4 ställs in.\n") is None
    assert _next("3. Nästa möte\nMötet den 20 april är inställt.\n") is None
    assert _next("3. Nästa möte\nNästa möte den 20 april utgår.\n") is None


def test_a_meeting_put_off_to_another_day_goes_on_that_day():
    assert _next("3. Avslutning\nMötet ajournerades till den 16 april kl 13.00.\n") == ("2015-04-16", "13:00", None)
    assert _next("3. Avslutning\nSammanträdet fortsätter torsdagen den 16 april.\n") == ("2015-04-16", None, None)
    assert _next("3. Avslutning\nMötet ajourneras till kl 14.00.\n") is None


def test_the_own_body_meeting_on_a_date_is_its_next_meeting():
    assert _next("3. Övrigt\nSamverkansgruppen sammanträder den 20 april kl 13.\n") == ("2015-04-20", "13:00", None)
    assert _next("3. Övrigt\nGruppen träffas tisdag 21 april.\n") == ("2015-04-21", None, None)


def test_another_body_meeting_on_a_date_is_not_its_next_meeting():
    assert _next("3. Övrigt\nKommunfullmäktige sammanträder den 20 april.\n") is None
    assert _next("3. Övrigt\nStyrelsen sammanträder den 20 april.\n") is None
    assert _next("3. Övrigt\nSamverkansgruppen sammanträdde den 2 mars.\n") is None


def test_the_own_body_deciding_its_meetings_gives_the_first_later_date():
    assert _next("3. Mötestider\nGruppen beslutar att mötas den 16 april.\n") == ("2015-04-16", None, None)
    assert _next("3. Sammanträdesdagar 2015\nSamverkansgruppen beslutar\n\natt hålla sammanträden 2015 den 16 april, "
                 "26 maj och 13 september.\n") == ("2015-04-16", None, None)
    # a scan that lost the "ä": "sammantraden"
    assert _next("3. Sammantradesdagar\nGruppen beslutar att hålla sammantraden den 16 april och 26 maj.\n") == \
        ("2015-04-16", None, None)


def test_another_body_deciding_its_meetings_or_a_plan_far_off_gives_none():
    assert _next("3. Övrigt\nKommunfullmäktige beslutar att sammanträda den 16 april.\n") is None
    assert _next("3. Mötestider\nStyrelsen beslutar att sammanträda den 16 april kl 13.\n") is None
    assert _next("3. Sammanträdesdagar 2016\nGruppen beslutar att hålla sammanträden 2016 den 10 februari och "
                 "9 mars.\n") is None


BOARD = ("PROTOKOLL\nKommunstyrelsen, Ekby kommun\nSammanträdesdatum 2015-12-09\nPlats och tid: Kommunhuset kl 13.00-15.00\n"
         "Beslutande: Anna Berglund (S), ordförande, Per Ekholm (M)\nSekreterare: Stina Vall\n\n"
         "§ 170 Val av justerare\nPer Ekholm utses att justera.\n\n")


def test_the_own_bodys_meetings_in_the_genitive_give_the_first_later_date():
    assert _next("§ 171 Sammanträdestider 2016\nBeslut\nKommunstyrelsens sammanträden 2016: 13 januari, 10 februari "
                 "och 9 mars.\n", BOARD) == ("2016-01-13", None, None)
    assert _next("§ 171 Sammanträdestider 2016\nBeslut\nKommunfullmäktiges sammanträden 2016: 27 januari, "
                 "24 februari.\n", BOARD) is None


def test_a_matter_put_off_to_the_own_bodys_meeting_names_no_next_meeting():
    assert _next("§ 171 Taxor\nÄrendet behandlas vid kommunstyrelsens sammanträde den 13 januari.\n", BOARD) is None
    assert _next("§ 171 Taxor\nFrågan tas upp på styrelsens möte den 13 januari.\n", BOARD) is None


def test_the_word_gates_pass_every_new_wording():
    from protokoll.parse import ownsitting, upcoming
    from protokoll.parse.features import keyword_fold

    for s in ("Mötet ajournerades till den 16 april", "Sammanträdet fortsätter den 16 april",
              "Mötet återupptas den 16 april"):
        assert upcoming.OTHER_WORDING.search(s) and upcoming.may_name_other(s), s
    for s in ("Gruppen träffas den 20 april", "Nämnden möts den 20 april", "Nämnden SAMMANTRÄDER den 20 april",
              "Gruppen beslutar att mötas den 20 april", "Gruppen beslutar att hålla sammantraden den 20 april",
              "Gruppens möte den 20 april", "Gruppens möten: 20 april", "Nämndens sammanträden 2016: 20 januari"):
        assert any(rx.search(s) for rx in (ownsitting.SITS, ownsitting.DECIDES, ownsitting.OWNED)), s
        assert any(w in keyword_fold(s) for w in ownsitting.GATE_WORDS), s
    assert _next("3. Övrigt\nGruppens möte den 20 april hålls i Ekby.\n") == ("2015-04-20", None, None)
