"""Assignments in network and association minutes (h126): a task taken on ("X åtar sig att"), asked of a member
("... att be X göra"), the meeting's own offices doing something ("Kansliet skickar ut ..."), two doers' notes in
one sentence, two given names promising one task, a full name under "Till nästa möte:"; and what is no
assignment: an earlier decision recounted with its date, a task reported in the perfect tense, an item's
background part, routine work, "ansvarar för att" with a clause instead of an infinitive."""

from protokoll.parse import parse_text

HEAD = ("Minnesanteckningar\nNätverket för kulturskolor i Björkvalla län\nDatum 9 september 2025\n\n"
        "Närvarande: Tilda Sjöberg, Arvid Norrman, Elsa Wennberg, Malte Rydh\n\n1. Sommarkurser\n")
TAIL = "\n\n2. Nästa möte\nNästa möte 14 oktober 2025.\n"


def _assignments(body: str) -> list[tuple[str, str, str | None]]:
    return [(a.assignee, a.task, a.due) for a in parse_text(HEAD + body + TAIL, "x.txt").items[0].assignments]


def test_a_task_taken_on():
    assert _assignments("Arvid Norrman åtar sig att kontakta musikskolan i Lindhult.") == \
        [("Arvid Norrman", "kontakta musikskolan i Lindhult", None)]
    assert _assignments("Elsa åtar sig att skriva ett utkast till nästa möte.") == \
        [("Elsa Wennberg", "skriva ett utkast", "2025-10-14")]  # the one Elsa present


def test_a_member_asked_by_the_meeting():
    assert _assignments("Gruppen enades om att inför hösten be Malte Rydh boka en större sal.") == \
        [("Malte Rydh", "boka en större sal", None)]
    assert _assignments("Vi vill be Tilda om ursäkt för det sena utskicket.") == []


def test_the_meetings_own_offices_doing_something():
    assert _assignments("Kansliet bjuder in länsmusiken till ett kommande möte.") == \
        [("Kansliet", "bjuda in länsmusiken till ett kommande möte", None)]
    assert _assignments("Sekreteraren fyller i och skickar ansökan om bidrag.") == \
        [("Sekreteraren", "fylla i och skicka ansökan om bidrag", None)]
    # an administration reports its own work: no task from this meeting
    assert _assignments("Förvaltningen ser över rutinerna för uthyrning.") == []


def test_two_doers_notes_in_one_sentence():
    assert _assignments("Tilda bokar lokalen, Arvid skickar ut inbjudan.") == \
        [("Tilda Sjöberg", "boka lokalen", None), ("Arvid Norrman", "skicka ut inbjudan", None)]
    assert _assignments("Kassören sammanställer kostnaderna och sekreteraren skriver kallelsen.") == \
        [("Kassören", "sammanställa kostnaderna", None), ("Sekreteraren", "skriva kallelsen", None)]


def test_routine_work_is_no_task():
    assert _assignments("Kassören sammanställer sedvanlig rapport och sekreteraren skriver kallelsen.") == []
    assert _assignments("Elsa uppdaterar hemsidan kontinuerligt.") == []


def test_two_given_names_promise_one_task():
    assert _assignments("Elsa och Malte kommer att intervjua två tidigare elever.") == \
        [("Elsa Wennberg", "intervjua två tidigare elever", None),
         ("Malte Rydh", "intervjua två tidigare elever", None)]


def test_a_full_name_under_the_next_meeting_label():
    assert _assignments("Till nästa möte: Tilda Sjöberg sammanställer anmälningarna.") == \
        [("Tilda Sjöberg", "sammanställa anmälningarna", "2025-10-14")]


def test_an_earlier_decision_recounted_gives_no_task():
    for text in ("Ärendebeskrivning\nRegionfullmäktige beslutade 2024-03-11 § 28 att ge kulturnämnden i uppdrag att "
                 "ta fram en plan för kulturskolorna. Planen redovisas nu.",
                 "Styrelsen beslutade i maj att ge kansliet i uppdrag att ta fram en enkät. Enkäten är klar."):
        assert _assignments(text) == [], text
    # the meeting's own decision, its deadline dated after the task
    assert _assignments("Mötet beslutade att ge Elsa Wennberg i uppdrag att boka lokal senast den 3 oktober.") == \
        [("Elsa Wennberg", "boka lokal", "2025-10-03")]


def test_a_task_reported_in_the_perfect_or_in_the_background_is_none():
    assert _assignments("Kulturnämnden har fått i uppdrag att samordna sommarkurserna.") == []
    assert _assignments("Ärendebeskrivning\nKulturnämndens beredning ska lämna förslag på kurser till nämnden.") == []


def test_answering_for_a_state_of_things_is_no_task():
    assert _assignments("Regionen ansvarar för att kursutbudet är jämlikt.") == []
    assert _assignments("Kommunerna ansvarar för att alla elever får plats.") == []
    assert _assignments("Arvid Norrman ansvarar för att boka bussen.") == [("Arvid Norrman", "boka bussen", None)]


def test_the_next_meeting_as_deadline_in_other_words():
    for when in ("inför nästa möte", "på nästa möte", "vid nästa träff", "till nästa träff", "till kommande möte"):
        got = _assignments(f"Malte Rydh får i uppdrag att redovisa kursutbudet {when}.")
        assert [(a, d) for a, _, d in got] == [("Malte Rydh", "2025-10-14")], when
    # "ett kommande möte" is some later meeting: no date
    assert [d for _, _, d in _assignments("Malte Rydh får i uppdrag att redovisa kursutbudet till ett kommande möte.")] \
        == [None]


def test_a_claim_a_motion_or_a_reservation_gives_no_task():
    for text in ("Yrkanden\nTilda Sjöberg (C) yrkar att nätverket ger kansliet i uppdrag att utreda avgifterna.",
                 "Motionären föreslår att regionen ger kulturnämnden i uppdrag att bygga en konsertsal.",
                 "I medborgarförslaget föreslås att kommunen får i uppdrag att starta en kör.",
                 "Arvid Norrman (L) yrkade att ge kansliet i uppdrag att utreda frågan. Yrkandet avslogs.",
                 "Reservation\nElsa Wennberg (V) reserverar sig till förmån för eget yrkande att ge kansliet i uppdrag "
                 "att utreda frågan."):
        assert _assignments(text) == [], text
    assert _assignments("Kansliet får i uppdrag att utreda avgifterna.") == [("Kansliet", "utreda avgifterna", None)]


def test_labelled_tasks_of_an_office():
    assert _assignments("Uppdrag till kansliet: ta fram en sammanställning av avgifterna.") == \
        [("kansliet", "ta fram en sammanställning av avgifterna", None)]
    assert _assignments("Åtgärd: Kansliet skickar ut en enkät.") == [("Kansliet", "skicka ut en enkät", None)]


def test_two_full_names_share_a_dated_task():
    assert _assignments("Tilda Sjöberg och Arvid Norrman tar fram ett förslag till nästa möte.") == \
        [("Tilda Sjöberg", "ta fram ett förslag", "2025-10-14"), ("Arvid Norrman", "ta fram ett förslag", "2025-10-14")]


def test_names_each_with_a_municipality():
    for text in ("Tilda Sjöberg, Lindhult, och Arvid Norrman, Ekeby, får i uppdrag att ta fram ett förslag.",
                 "Tilda Sjöberg, Lindhults kommun, och Arvid Norrman, Ekeby kommun, får i uppdrag att ta fram ett "
                 "förslag."):
        assert [a for a, _, _ in _assignments(text)] == ["Tilda Sjöberg", "Arvid Norrman"], text


def test_an_agreement_that_someone_does_something():
    assert _assignments("Gruppen enades om att Malte Rydh tar kontakt med länsmusiken.") == \
        [("Malte Rydh", "ta kontakt med länsmusiken", None)]
    assert _assignments("Det beslutades att kansliet tar fram ett underlag.") == \
        [("Kansliet", "ta fram ett underlag", None)]
    assert _assignments("Gruppen enades om att kommunerna fortsätter samarbetet.") == []


def test_a_right_given_is_no_task():
    assert _assignments("Vi beslutar att Tilda Sjöberg och Arvid Norrman får fullmakt att företräda nätverket.") == []
    assert _assignments("Mötet beslutade att Elsa Wennberg ska ha rätt att attestera fakturor.") == []


def test_a_given_name_and_a_surname_like_a_place_name():
    # a surname that reads as a place ("-stad"): the given name before it tells a person promises or is asked
    assert _assignments("Arvid Lindstad kommer att boka bussen till utflykten.") == \
        [("Arvid Lindstad", "boka bussen till utflykten", None)]
    assert _assignments("Gruppen enades om att inför våren be Arvid Lindstad göra ett nytt utskick.") == \
        [("Arvid Lindstad", "göra ett nytt utskick", None)]


def test_an_action_point_under_the_labels_what_who_when():
    assert _assignments("Vem: Elsa Wennberg\nVad: Boka bussen\nNär: 2025-10-01") == \
        [("Elsa Wennberg", "boka bussen", "2025-10-01")]
    assert _assignments("Vad: Skicka ut kursprogrammet\nVem: Kansliet\nNär: till nästa möte") == \
        [("Kansliet", "skicka ut kursprogrammet", "2025-10-14")]
    assert _assignments("Vi diskuterade vem som gör vad. Vem: oklart.") == []


def test_a_deadline_in_the_sentence_after_the_task():
    assert _assignments("Malte Rydh får i uppdrag att ta fram en kursplan. Uppdraget ska redovisas senast den "
                        "30 november 2025.") == [("Malte Rydh", "ta fram en kursplan", "2025-11-30")]
    assert _assignments("Beslut\n1. Kansliet får i uppdrag att utreda avgifterna.\n2. Uppdraget ska återrapporteras "
                        "vid nästa möte.") == [("Kansliet", "utreda avgifterna", "2025-10-14")]
    # a deadline of its own is kept
    assert _assignments("Kansliet får i uppdrag att utreda avgifterna senast den 1 oktober. Uppdraget ska redovisas "
                        "vid nästa möte.") == [("Kansliet", "utreda avgifterna", "2025-10-01")]
