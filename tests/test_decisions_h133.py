"""Decisions of this meeting written in forms the reader missed, and another meeting's told in its notes (issue 10):
"Beslut om att ...", "Vi beslutar om att ...", "Bordläggs.", "Planen antas.", the meeting's proposal to the body
that decides ("Nämnden föreslår kommunfullmäktige besluta att ..."); a task sentence stays an assignment; elections
told from another meeting ("Per Ek rapporterade från förbundets årsmöte. En ny ordförande valdes.") are not this
meeting's. Texts written here."""

from protokoll.parse import parse_text
from protokoll.parse.decisionend import cut_tail

HEAD = "PROTOKOLL\nSocialnämnden\nSammanträdesdatum 2024-04-16\n\n"
NOTES = "Minnesanteckningar\nStyrgruppen för Västra länken\nDatum: 2024-04-16\n\n"


def first(body: str, head: str = HEAD):
    rec = parse_text(head + "§ 14 Lokalplan\n" + body + "\n\n§ 15 Avgifter\nBeslut: Avgifterna fastställs.\n", "t.txt")
    return rec.items[0]


def test_decision_label_run_on_with_om_att():
    assert first("Beslut om att alla ledamöter lämnar synpunkter senast fredag.").decisions == [
        "att alla ledamöter lämnar synpunkter senast fredag."]


def test_a_decision_about_a_decision_made_elsewhere_is_no_label():
    assert first("Beslut om att bygga om skolan fattas av fullmäktige i juni.").decisions == []


def test_the_writers_we_decide_about():
    assert first("Vi beslutar om att flytta mötet till tisdag.", NOTES).decisions == [
        "Vi beslutar om att flytta mötet till tisdag."]


def test_tabled_in_one_word():
    assert first("Frågan diskuterades utan att någon enighet nåddes. Bordläggs.").decisions == ["Bordläggs."]


def test_adopted_in_the_present_passive():
    assert first("Lokalplanen antas.").decisions == ["Lokalplanen antas."]
    assert first("Lokalplanen antas med de ändringar som framfördes.").decisions == [
        "Lokalplanen antas med de ändringar som framfördes."]


def test_assumed_or_later_adoption_is_no_decision():
    assert first("Det antas att kostnaderna ökar under hösten.").decisions == []
    assert first("Lokalplanen kan antas först i juni.").decisions == []
    assert first("Ungefär trettio elever antas.").decisions == []


def test_the_meetings_proposal_to_the_body_that_decides():
    assert first("Socialnämnden föreslår kommunfullmäktige besluta att anta lokalplanen.").decisions == [
        "Socialnämnden föreslår kommunfullmäktige besluta att anta lokalplanen."]
    assert first("Barn- och utbildningsnämnden föreslår kommunstyrelsen att bifalla motionen.").decisions == [
        "Barn- och utbildningsnämnden föreslår kommunstyrelsen att bifalla motionen."]
    assert first("Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta\natt anta lokalplanen.").decisions == [
        "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att anta lokalplanen."]


def test_a_proposal_put_to_the_meeting_or_made_before_is_none():
    assert first("Förvaltningen föreslår nämnden besluta att anta lokalplanen.").decisions == []
    assert first("Kommunstyrelsen föreslog fullmäktige att anta lokalplanen.").decisions == []
    assert first("Lena Ek (S) föreslår att nämnden beslutar att anta lokalplanen.").decisions == []


def test_a_task_sentence_stays_an_assignment_not_a_decision():
    assert first("Kansliet får i uppdrag att boka lokal.", NOTES).decisions == []
    assert first("Styrgruppen ger Olle Berg i uppdrag att boka lokal.", NOTES).decisions == []
    assert first("Kommunstyrelsen gav i mars 2021 förvaltningen i uppdrag att utreda frågan.").decisions == []
    assert first("Nämnden gav tidigare förvaltningen i uppdrag att utreda frågan.").decisions == []


def test_a_motion_answered_a_matter_written_off_information_taken_to_the_minutes():
    assert first("Motionen anses besvarad.").decisions == ["Motionen anses besvarad."]
    assert first("Medborgarförslaget anses vara besvarat med hänvisning till pågående arbete.").decisions == [
        "Medborgarförslaget anses vara besvarat med hänvisning till pågående arbete."]
    assert first("Ärendet avskrivs.").decisions == ["Ärendet avskrivs."]
    assert first("Informationen tas till protokollet.").decisions == ["Informationen tas till protokollet."]
    assert first("Redovisningen godtas.").decisions == ["Redovisningen godtas."]


def test_what_may_be_answered_later_is_none():
    assert first("Förvaltningen anser att motionen ska anses besvarad.").decisions == []
    assert first("Motionen kan anses besvarad när planen är klar.").decisions == []


def test_the_chairs_question_the_body_answers():
    assert first("Ordföranden frågar om nämnden kan bifalla förslaget och finner att så sker.").decisions == [
        "Nämnden bifaller förslaget."]
    assert first("Ordföranden frågar om nämnden beslutar enligt förvaltningens förslag och finner att så är "
                 "fallet.").decisions == ["Nämnden beslutar enligt förvaltningens förslag."]


def test_a_question_without_the_answer_is_none():
    assert first("Ordföranden frågar om nämnden kan bifalla förslaget.").decisions == []


def test_a_flattened_pages_signature_box_and_routing_are_no_part_of_the_decision():
    doc = ("SAMMANTRÄDESPROTOKOLL\nKulturnämnden\nSammanträdesdatum 2024-04-16\n\n"
           "§ 21 Motion om konstgräs Motionären föreslår en ny plan. Beslut Motionen anses besvarad. Justerandes sign "
           "Utdragsbestyrkande\n\n"
           "§ 22 Bidrag Beslut Ansökan avslås. Expedieras Sökanden Justerandes signatur\n")
    rec = parse_text(doc, "flat.txt")
    assert [i.decisions for i in rec.items] == [["Motionen anses besvarad."], ["Ansökan avslås."]]
    assert cut_tail("Taxan antas. Exp: Ekonomienheten") == "Taxan antas."
    assert cut_tail("Taxan antas. Kopia till: Ekonomienheten") == "Taxan antas."
    assert cut_tail("Taxan antas. Expeditionen stänger i juli.") == "Taxan antas. Expeditionen stänger i juli."


def test_the_decision_that_follows_a_proposal_as_proposed():
    doc = ("PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2024-04-16\n\n§ 6 Föreningsbidrag\nFörvaltningens förslag\n"
           "Att bevilja bidrag med 4 000 kronor.\nBeslut\nEnligt förvaltningens förslag.\n")
    assert parse_text(doc, "t.txt").items[0].decisions == ["Enligt förvaltningens förslag."]


def test_a_decision_run_on_after_a_flattened_proposal():
    doc = ("PROTOKOLL\nKulturnämnden\nSammanträdesdatum 2024-04-16\n\n"
           "§ 8 Bidrag Förvaltningens förslag Att bevilja bidrag med 4 000 kronor. Beslut Nämnden beviljar bidraget.\n\n"
           "§ 9 Taxa Arbetsutskottets förslag Nämnden antar taxan. Kulturnämndens beslut Nämnden antar taxan.\n\n"
           "§ 10 Plan Förvaltningens förslag Att anta planen. Beslutet skickas till kommunstyrelsen.\n")
    rec = parse_text(doc, "t.txt")
    assert [i.decisions for i in rec.items] == [["Nämnden beviljar bidraget."], ["Nämnden antar taxan."], []]


def test_a_one_word_formality_run_on_after_the_heading():
    doc = ("Minnesanteckningar\nNätverket för friluftsliv\n2024-04-16\n\n1. Inledning Ordföranden hälsade välkommen.\n"
           "2. Föregående minnesanteckningar Godkändes.\n3. Ekonomi Noterades.\n4. Nästa möte i maj.\n")
    assert [i.decisions for i in parse_text(doc, "t.txt").items] == [[], ["Godkändes."], ["Noterades."], []]


def test_a_decision_label_after_a_sentence_with_its_clause_ending_the_line():
    doc = ("Protokoll\nStyrelsen för Hembygdsföreningen\n2024-04-16\n\n§ 5 Ekonomi: Kassören redovisade. Beslut: att "
           "godkänna rapporten\n§ 6 Övrigt: Inga frågor.\n")
    assert parse_text(doc, "t.txt").items[0].decisions == ["att godkänna rapporten"]


def test_a_decision_of_an_earlier_meeting_named_relatively_is_background():
    assert first("Styrelsen beslutade vid förra mötet att utreda frågan. Utredningen redovisas nu.").decisions == []
    assert first("Vid föregående sammanträde beslöt nämnden att återremittera ärendet.").decisions == []
    assert first("Kommunfullmäktige beslutade förra året att bygga en ny skola.").decisions == []
    assert first("Vid förra mötet beslutades att frågan skulle utredas. Nämnden beslutar att anta "
                 "utredningen.").decisions == ["Nämnden beslutar att anta utredningen."]


def test_this_meetings_decision_on_the_earlier_one_is_kept():
    assert first("Protokollet från förra mötet godkändes.").decisions == ["Protokollet från förra mötet godkändes."]
    assert first("Vid mötet beslöts att anta planen.").decisions == ["Vid mötet beslöts att anta planen."]
