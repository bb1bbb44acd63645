"""The next meeting is the same body's, decided, with its hours (parse/meetingkind.py, parse/nextmeeting.py,
parse/upcoming.py): a list of coming meetings of several bodies, another body's "nästa styrelsemöte",
dates offered as alternatives, and whole hours written without "kl"."""

from protokoll.parse import parse_text
from protokoll.parse.meetingkind import names_other_body, own_kinds

HEAD = "Minnesanteckningar\n{body}\nDatum: 2023-02-07\n\n1. Budget\nBudgeten diskuterades.\n\n2. {heading}\n"


def _next(tail: str, body: str = "Arbetsgruppen för skolfrågor", heading: str = "Nästa möte"):
    found = parse_text(HEAD.format(body=body, heading=heading) + tail + "\n", "x.txt").next_meeting
    return (found.date, found.start, found.end) if found else None


def test_a_list_of_coming_meetings_gives_the_own_bodys():
    tail = "Medlemsmöte den 20 februari, kaffe ordnas.\nStyrelsemöte den 6 mars\nÅrsmöte den 17 april."
    assert _next(tail, body="Styrelsen", heading="Kommande möten") == ("2023-03-06", None, None)


def test_a_list_naming_only_other_bodies_meetings_gives_none():
    tail = "Medlemsmöte den 20 februari.\nÅrsmöte den 17 april."
    assert _next(tail, body="Styrelsen", heading="Kommande möten") is None


def test_another_bodys_next_meeting_is_not_ours():
    assert _next("Nästa styrelsemöte hålls den 14 mars.") is None
    assert _next("Nästa styrelsemöte hålls den 14 mars.", body="Styrelsen") == ("2023-03-14", None, None)
    assert _next("Nästa arbetsmöte hålls den 14 mars.") == ("2023-03-14", None, None)  # a format, no body


def test_whose_meeting_a_compound_names():
    own = own_kinds("Kommundirektörsgruppen", "Minnesanteckningar")
    assert names_other_body("Styrelsemöte den 6 mars", own)
    assert not names_other_body("Kommundirektörsmöte den 6 mars", own)
    assert not names_other_body("Telefonmöte den 6 mars", own)
    assert not names_other_body("Styrelsemöte den 6 mars", set())  # who meets is unknown: nothing excluded


def test_alternatives_and_proposals_are_no_next_meeting():
    assert _next("Nästa möte: 14 eller 21 mars.") is None
    assert _next("Förslag till nästa möte: 14 mars eller 21 mars.") is None
    assert _next("Nästa möte: tisdag eller onsdag vecka 12, den 21 mars föreslås.") is None
    assert _next("Nästa möte den 14 mars, då förslaget till budget behandlas.") == ("2023-03-14", None, None)
    assert _next("Beslut enligt förslag. Nästa möte den 14 mars.") == ("2023-03-14", None, None)


def test_whole_hours_right_after_the_date():
    assert _next("Nästa träff 5 okt 13–15 i stadshuset.") == ("2023-10-05", "13:00", "15:00")
    assert _next("Nästa möte den 4 maj, 13.00 - 16.30.") == ("2023-05-04", "13:00", "16:30")
    assert _next("Nästa möte den 4 maj, § 3-5 följs upp då.") == ("2023-05-04", None, None)


def test_the_lines_under_a_next_meeting_heading_end_at_the_next_item():
    head = "Protokoll\nArbetsgruppen\nDatum: 2023-02-07\n\n§ 1 Budget\nBudgeten diskuterades.\n\n§ 7 Nästa möte\n"
    rec = parse_text(head + "§ 8 Rapport från konferensen den 12 maj\nRapporten lämnades.\n", "x.txt")
    assert rec.next_meeting is None
    rec = parse_text(head + "Tisdag 14 mars kl 13-15.\n§ 8 Rapport från konferensen den 12 maj\n", "x.txt")
    assert (rec.next_meeting.date, rec.next_meeting.start) == ("2023-03-14", "13:00")


def test_an_extra_meeting_of_another_body_or_with_others_is_not_the_next():
    def found(words: str):
        text = f"Protokoll\nStyrelsen\nDatum: 2023-02-07\n\n1. Budget\nBudgeten diskuterades.\n\n2. Övrigt\n{words}\n"
        return parse_text(text, "x.txt").next_meeting

    assert found("Styrelsen beslutar att hålla ett extrainsatt årsmöte den 4 mars kl 18.") is None
    assert found("Ett nytt möte med förvaltningen bokas den 4 mars.") is None
    assert found("Styrelsen håller ett extra sammanträde den 4 mars kl 18-20.").date == "2023-03-04"


def test_an_undated_document_names_its_next_meeting_only_with_the_year():
    text = "Minnesanteckningar\nArbetsgruppen\n\n1. Budget\nBudgeten diskuterades.\n\n2. Nästa möte\n{}\n"
    assert parse_text(text.format("Nästa möte den 15 januari kl 9-12."), "x.txt").next_meeting is None
    found = parse_text(text.format("Nästa möte den 15 januari 2024 kl 9-12."), "x.txt").next_meeting
    assert (found.date, found.start, found.end) == ("2024-01-15", "09:00", "12:00")


def test_the_next_meeting_of_a_body_named_after_it():
    def found(words: str, body: str = "Arbetsgruppen"):
        return _next(words, body=body, heading="Övrigt")

    assert found("Frågan tas upp på nästa möte i kommunstyrelsen den 14 mars.") is None
    assert found("Nästa möte i arbetsgruppen den 14 mars.") == ("2023-03-14", None, None)
    assert found("Nästa möte i Stadshuset den 14 mars.") == ("2023-03-14", None, None)  # a place, no body
    assert found("Nästa möte i kommunstyrelsen den 14 mars.", body="Kommunstyrelsen") == ("2023-03-14", None, None)


def test_a_members_meeting_word_is_no_other_bodys_meeting():
    from protokoll.parse.meetingkind import names_other_body, own_kinds
    own = own_kinds(None, "Ekonomichefsgruppen")
    assert not names_other_body("Ekonomichefsmöte den 3 mars", own)  # names no kind of body: nothing excluded
    assert names_other_body("Styrelsemöte den 3 mars", own)
    assert "nämnd" in own_kinds(None, "Socialnämndens arbetsutskott")
