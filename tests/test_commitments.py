"""Tasks written without "uppdrag": a named doer's promise ("X kommer att ..."), tasks under a person's name
("Anna:" and a task a line) or after it ("Anna – skickar ut ...") (parse/commitments.py). A given name alone is the
one attendee so named (parse/givenassignees.py)."""

from protokoll.parse import parse_text
from protokoll.parse.commitments import named_task_lines

HEAD = ("Minnesanteckningar\nStyrgruppen för fritid\nDatum 4 februari 2026\n\n"
        "Närvarande: Vera Lundmark, Gustav Sandell, Hedda Brink, Olof Tärnström\n\n1. Fritidsgårdar\n")
TAIL = "\n\n2. Nästa möte\nNästa möte 11 mars 2026.\n"


def _assignments(body: str) -> list[tuple[str, str, str | None]]:
    return [(a.assignee, a.task, a.due) for a in parse_text(HEAD + body + TAIL, "x.txt").items[0].assignments]


def test_a_named_doers_promise_is_a_task():
    assert _assignments("Gustav kommer att kontakta föreningarna.") == [("Gustav Sandell", "kontakta föreningarna", None)]
    assert _assignments("Vera Lundmark kommer även att boka lokalen till nästa möte.") == \
        [("Vera Lundmark", "boka lokalen", "2026-03-11")]
    assert _assignments("Hedda kommer att sammanställa enkätsvaren senast 20 februari.") == \
        [("Hedda Brink", "sammanställa enkätsvaren", "2026-02-20")]


def test_a_body_promises_only_with_a_deadline():
    assert _assignments("Förvaltningen kommer att ta fram ett kostnadsunderlag senast 1 mars.") == \
        [("Förvaltningen", "ta fram ett kostnadsunderlag", "2026-03-01")]
    # without one it is a forecast of what the body will do
    assert _assignments("Förvaltningen kommer att införa ett nytt bokningssystem.") == []


def test_a_forecast_news_or_nobody_named_is_no_task():
    for sentence in ("Vi kommer att följa upp frågan.", "De kommer att höra av sig.",
                     "Olof berättade att de kommer att öppna en ny gård i höst.",
                     "Gustav kommer att gå i pension i juni.", "Hedda kommer att vara ledig i mars.",
                     "Det kommer att bli svårt att hinna.", "Frågan kommer att tas upp igen."):
        assert _assignments(sentence) == [], sentence


def test_tasks_under_a_persons_name():
    assert _assignments("Vera: - ringer föreningarna\n- bokar lokal") == \
        [("Vera Lundmark", "ringa föreningarna och boka lokal", None)]
    assert _assignments("Olof:\n- bevakar frågan\n• skickar ut kallelsen") == \
        [("Olof Tärnström", "bevaka frågan och skicka ut kallelsen", None)]
    assert _assignments("Hedda – skickar ut underlaget till nästa möte.") == \
        [("Hedda Brink", "skicka ut underlaget", "2026-03-11")]
    assert _assignments("Gustav Sandell: ska kontakta kommunen") == [("Gustav Sandell", "kontakta kommunen", None)]


def test_a_round_of_news_under_names_is_no_task():
    for body in ("Vera: - berättar om sommarens läger\n- arbetar med budgeten",
                 "Olof:\n- har anställt två nya fritidsledare",
                 "Hedda: informerar om läget", "Gustav – är föräldraledig till maj.",
                 "Vera Lundmark – ordförande", "Olof: Norrby fritidsgård",
                 "Gustav:\n- ringer föreningarna\n- upplever att trycket ökar",
                 # a role after the name ends as a verb does: no task
                 "Vera Lundmark – rektor vid Norrbyskolan", "Olof – controller på ekonomi", "Hedda: koordinator för projektet"):
        assert _assignments(body) == [], body


def test_the_rewritten_lines():
    assert named_task_lines(["Vera: ringer föreningarna", "Olof – tar fram ett förslag", "Ordförande: Vera"]) == \
        ["Vera får i uppdrag att ringa föreningarna.", "Olof får i uppdrag att ta fram ett förslag."]
    assert named_task_lines(["Hedda: hör med skolan"]) == ["Hedda får i uppdrag att höra med skolan."]


def test_action_notes_naming_the_doer_by_given_name_or_initials():
    assert _assignments("Läget diskuterades.\nVera tar kontakt med föreningarna och kollar intresset.") == \
        [("Vera Lundmark", "ta kontakt med föreningarna och kolla intresset", None)]
    assert _assignments("Läget diskuterades.\n(GS) undersöker vilka lokaler som är lediga.") == \
        [("GS", "undersöka vilka lokaler som är lediga", None)]
    assert _assignments("Läget diskuterades.\nHedda ser över öppettiderna till nästa möte.") == \
        [("Hedda Brink", "se över öppettiderna", "2026-03-11")]


def test_reports_and_places_are_no_action_notes():
    for sentence in ("Olof tar upp frågan om lokaler.", "Vera presenterar budgeten.", "Gustav berättar om läget.",
                     "Hedda tar del av rapporten.", "Vera Lundmark presenterar budgeten.", "Norrby skickar sina svar.",
                     "Kommunen kontaktar skolorna."):
        assert _assignments(f"Läget diskuterades.\n{sentence}") == [], sentence
    # a full name with a verb of doing is a task as the given name is (session 25: judge sets' golds count them)
    assert _assignments("Läget diskuterades.\nVera Lundmark bokar lokal.") == [("Vera Lundmark", "boka lokal", None)]


def test_tasks_under_the_label_for_the_next_meeting_and_tasks_asked_of_a_member():
    # "Till nästa möte:" labels the task and dates it
    assert _assignments("Till nästa möte: Hedda tar fram besökssiffror.") == \
        [("Hedda Brink", "ta fram besökssiffror", "2026-03-11")]
    # a member asked by another, with or without "att"; not a request that is no deed ("ber om ursäkt", "vara")
    assert _assignments("Vera ber Olof undersöka hyran för lokalen.") == [("Olof Tärnström", "undersöka hyran för lokalen", None)]
    assert _assignments("Ordföranden ber Hedda Brink att ringa skolorna.") == [("Hedda Brink", "ringa skolorna", None)]
    assert _assignments("Gustav ber om ursäkt för förseningen.") == []
    assert _assignments("Vera ber Olof vara med på mötet.") == []


def test_taking_in_is_a_deed():
    assert _assignments("Hedda tar emot anmälningar till prova-på-dagen.") == \
        [("Hedda Brink", "ta emot anmälningar till prova-på-dagen", None)]


def test_a_body_returning_with_something_is_a_task_not_the_group_itself():
    assert _assignments("Förvaltningen återkommer med ett kostnadsförslag.") == \
        [("Förvaltningen", "återkomma med ett kostnadsförslag", None)]
    assert _assignments("Kommunerna återkommer med synpunkter senast 1 mars.") == \
        [("Kommunerna", "återkomma med synpunkter", "2026-03-01")]
    # the meeting's own group takes the question up again: no one is given a task
    assert _assignments("Styrgruppen återkommer med frågan på nästa möte.") == []


def test_two_members_named_by_given_names_share_a_task():
    assert _assignments("Vera och Olof tar fram ett förslag på nya öppettider.") == \
        [("Vera Lundmark", "ta fram ett förslag på nya öppettider", None),
         ("Olof Tärnström", "ta fram ett förslag på nya öppettider", None)]
    # a report of what they did is no task
    assert _assignments("Vera och Olof berättade om studieresan.") == []
