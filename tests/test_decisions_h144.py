"""Decisions of this meeting in the forms association and network notes write them (issue 10, session 19): the
annual meeting's answer to its formal questions, elections in the present passive with "om-"/"ny-", a meeting that
"bestämde att" or "valde att bifalla", the meeting deciding at the end of a sentence ("... varpå mötet godkänner
den"), "läggs sedan till handlingarna", and a bare "att ställa sig bakom ..." clause whose label a copy lost. Each
text is written here (invented association, names and matters)."""

from conftest import record_of

HEAD = """Protokoll från årsmöte i Lindvikens Båtklubb
Datum: 2023-03-14
Plats: Klubbstugan
Närvarande: 17 medlemmar

§ 1 Mötets öppnande
Ordföranden Sara Ljung hälsade välkommen.

"""


def _decisions(tmp_path, body: str, number: str = "2") -> list[str]:
    rec = record_of(tmp_path, "arsmote.txt", HEAD + body)
    return next(i.decisions for i in rec.items if i.number == number)


def test_the_answer_to_a_formal_question_is_the_decision(tmp_path):
    # a headingless paragraph's sentence is its title and its decision (parse/headingdecision.py)
    assert _decisions(tmp_path, "§ 2 Fråga om styrelsens ansvarsfrihet för 2022 års förvaltning besvaras med ja.\n") \
        == ["Fråga om styrelsens ansvarsfrihet för 2022 års förvaltning besvaras med ja."]
    assert _decisions(tmp_path, "§ 2 Behörigt utlyst\nFrågan om mötet har utlysts i laga ordning besvarades jakande.\n") \
        == ["Frågan om mötet har utlysts i laga ordning besvarades jakande."]


def test_a_question_answered_no_or_only_asked_decides_nothing(tmp_path):
    assert _decisions(tmp_path, "§ 2 Ansvarsfrihet\nFrågan om ansvarsfrihet togs upp av revisorn Ove Tall.\n") == []


def test_a_heading_sentence_with_a_note_under_it_is_the_title_and_the_decision(tmp_path):
    text = "§ 2 Frågan om mötet blivit stadgeenligt utlyst besvaras med ja.\nKallelsen gick ut med medlemsbladet.\n"
    rec = record_of(tmp_path, "arsmote.txt", HEAD + text)
    item = next(i for i in rec.items if i.number == "2")
    assert item.title == "Frågan om mötet blivit stadgeenligt utlyst besvaras med ja."
    assert item.decisions == [item.title]


def test_a_heading_that_names_a_subject_still_decides_nothing(tmp_path):
    assert _decisions(tmp_path, "§ 2 Val av valberedning\nNamnen lästes upp av Ove Tall.\n") == []


def test_elections_in_the_present_passive_with_a_prefix(tmp_path):
    assert _decisions(tmp_path, "§ 2 Val av ordförande\nTill ordförande omväljs Sara Ljung på ett år.\n") \
        == ["Till ordförande omväljs Sara Ljung på ett år."]
    assert _decisions(tmp_path, "§ 2 Val av revisorer\nTill revisorer nyväljs Ove Tall och Britt Sand.\n") \
        == ["Till revisorer nyväljs Ove Tall och Britt Sand."]


def test_a_report_put_to_the_files_with_an_adverb_between(tmp_path):
    text = "§ 2 Verksamhetsberättelse\nVerksamhetsberättelsen för 2022 gicks igenom och läggs sedan till handlingarna.\n"
    assert _decisions(tmp_path, text) == ["Verksamhetsberättelsen för 2022 gicks igenom och läggs sedan till handlingarna."]


def test_the_meeting_deciding_at_the_end_of_a_sentence(tmp_path):
    text = "§ 2 Verksamhetsberättelse\nBerättelsen läses upp. Ett stavfel rättas varpå mötet godkänner den.\n"
    assert _decisions(tmp_path, text) == ["Ett stavfel rättas varpå mötet godkänner den."]
    text = ("§ 2 Antal ledamöter\nEn kort diskussion förs om antalet och årsmötet beslutar att styrelsen ska ha fem "
            "ledamöter.\n")
    assert _decisions(tmp_path, text) == [("En kort diskussion förs om antalet och årsmötet beslutar att styrelsen "
                                           "ska ha fem ledamöter.")]


def test_another_body_deciding_earlier_in_a_sentence_is_no_decision_here(tmp_path):
    text = "§ 2 Hamnavgifter\nFrågan bereddes av kommunen och nämnden beslutade i maj om nya taxor.\n"
    assert _decisions(tmp_path, text) == []


def test_what_the_meeting_settled_or_chose(tmp_path):
    assert _decisions(tmp_path, "§ 2 Avgift\nMedlemsmötet bestämde att avgiften ska vara oförändrad.\n") \
        == ["Medlemsmötet bestämde att avgiften ska vara oförändrad."]
    assert _decisions(tmp_path, "§ 2 Styrelsens förslag\nStämman valde att bifalla styrelsens förslag om ny brygga.\n") \
        == ["Stämman valde att bifalla styrelsens förslag om ny brygga."]
    assert _decisions(tmp_path, "§ 2 Motion om sjösättning\nÅrsmötet biföll motionen.\n") == ["Årsmötet biföll motionen."]
    assert _decisions(tmp_path, "§ 2 Ordningsregler\nStyrelsen tog beslut om nya ordningsregler för hamnen.\n") \
        == ["Styrelsen tog beslut om nya ordningsregler för hamnen."]


def test_another_body_that_settled_something_is_no_decision_here(tmp_path):
    text = "§ 2 Förbundet\nSara berättade att förbundets kongress bestämde att avgiften höjs.\n"
    assert _decisions(tmp_path, text) == []


def test_a_bare_clause_of_support_in_a_flattened_protocol(tmp_path):
    text = ("§ 2 Verksamhetsplan 2024 Ett förslag till verksamhetsplan har skickats ut inför mötet. att ställa sig "
            "bakom förslaget till verksamhetsplan för 2024.\n")
    assert _decisions(tmp_path, text) == ["att ställa sig bakom förslaget till verksamhetsplan för 2024."]


def test_a_task_after_the_att_clauses_is_no_part_of_the_last_clause(tmp_path):
    text = ("§ 2 Stadgar\nStyrelsen beslutar:\natt föra beslutsprotokoll.\natt anta stadgerevisionen med ändringarna.\n"
            "Styrelsen uppdrar Ove att skicka ut de nya stadgarna.\n")
    assert _decisions(tmp_path, text) == ["att föra beslutsprotokoll.", "att anta stadgerevisionen med ändringarna."]


def test_the_body_electing_in_the_present(tmp_path):
    text = "§ 2 Val av mötesfunktionärer\nStyrelsen väljer Ove Tall som mötesordförande.\n"
    assert _decisions(tmp_path, text) == ["Styrelsen väljer Ove Tall som mötesordförande."]
    text = "§ 2 Val av sekreterare\nNämnden väljer Britt Sand till sekreterare för mötet.\n"
    assert _decisions(tmp_path, text) == ["Nämnden väljer Britt Sand till sekreterare för mötet."]


def test_each_new_form_has_the_word_its_gate_asks_for():
    from regex_parts import alternatives

    from protokoll.parse import decidedforms

    for alt in alternatives(decidedforms.SETTLED_BY.pattern):
        assert any(w in alt for w in ("estäm", "valde", "beslut")), alt
    for alt in alternatives(decidedforms.MEETING_AFTER.pattern):
        assert any(w in alt for w in ("varpå", "varefter", "mötet", "stämman")), alt
    assert "besvara" in decidedforms.ANSWERED_YES.pattern


def test_a_report_heading_with_its_text_under_it_decides_nothing(tmp_path):
    text = "§ 2 Information om att bygglovet för klubbstugan beviljades.\nSara berättade om bygget.\n"
    assert _decisions(tmp_path, text) == []
