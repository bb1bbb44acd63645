"""The rare item fields checked against the rest of the document (issue 10, session 25): an assignee written by a
double given name is the one attendee so named; a passive after "ska" and an adverb, a body's make-up ("ska bestå
av") and the association itself ("föreningen") give nobody a task; a full name and a verb of doing is a task as
a given name is; a role in general that does not take part in a decision ("Ledamöterna ... deltar inte i
beslutet") is no dissenter; a case paper's proposal reaches the listed item whose title keeps the page range the
list printed. Documents written for these tests."""

from __future__ import annotations

from pathlib import Path

from protokoll.parse import parse_text
from protokoll.pipeline import load, process

HEAD = "PROTOKOLL\nStyrelsen för Föreningen Lönnen\nDatum: 2024-09-18\n\n"


def assignments(body: str) -> list[tuple[str, str]]:
    rec = parse_text(HEAD + "§ 4 Lokalfrågan\n" + body + "\n", "x.txt")
    return [(a.assignee, a.task) for a in rec.items[0].assignments]


NOTES = ("Minnesanteckningar\nStyrgruppen för Ekbygdens hembygdsråd\nDatum: 2024-03-12 kl. 09.00-11.00\n"
         "Plats: Bygdegården, Ekby\n\nNärvarande: Sven-Ingvar Ek, Ekby, Lena Holm, Västby, Per-Erik Strand, Åby\n\n"
         "1. Mötets öppnande\nOrdföranden hälsade välkomna.\n\n2. Jubileumsåret\n{tasks}\n\n"
         "3. Avslutning\nOrdföranden tackade.\n")


def _notes_assignees(tmp_path: Path, tasks: str) -> list[str]:
    p = tmp_path / "anteckningar.txt"
    p.write_text(NOTES.format(tasks=tasks), encoding="utf-8")
    doc, sources = load(p)
    return [a.assignee for i in process(p, doc, sources).record.items for a in i.assignments]


def test_a_double_given_name_is_the_one_attendee_so_named(tmp_path):
    # each part a given name, the double name itself not in the list of given names
    tasks = "Diskuterades jubileet. Sven-Ingvar ska trycka upp affischer till hösten."
    assert _notes_assignees(tmp_path, tasks) == ["Sven-Ingvar Ek"]


def test_a_passive_after_ska_and_an_adverb_is_no_task():
    assert assignments("Förra mötets nämndprotokoll ska återigen justeras innan det läggs till handlingarna.") == []
    assert assignments("Projektgruppen ska också inbjudas till mötet.") == []
    assert assignments("Kansliet ska kontakta banken.") == [("Kansliet", "kontakta banken")]


def test_a_full_name_and_a_verb_of_doing_is_a_task():
    assert assignments("Eva Lindgren tar emot anmälningar till studieresan.") == [
        ("Eva Lindgren", "ta emot anmälningar till studieresan")]
    # a verb that reports is no task
    assert assignments("Eva Lindgren berättar om studieresan.") == []


def test_the_association_itself_and_its_make_up_are_no_assignees():
    assert assignments("Styrelsen beslutade att föreningen ska medverka vid höstmarknaden.") == []
    assert assignments("Årsmötet beslutade att styrelsen ska bestå av fem ordinarie ledamöter.") == []
    assert assignments("Kansliet ska boka lokal till höstmarknaden.") == [("Kansliet", "boka lokal till höstmarknaden")]


PROTOCOL = ("PROTOKOLL\nKommunfullmäktige i Ekby kommun\nDatum: 2024-04-22\n\n"
            "§ 12 Ansvarsfrihet för nämnderna 2023\nRevisorerna tillstyrker ansvarsfrihet.\nJäv\n"
            "Ledamöter i nämnderna deltar inte i beslutet om ansvarsfrihet för den nämnd där de själva ingått.\n"
            "Kommunfullmäktiges beslut\natt bevilja nämnderna ansvarsfrihet för 2023.\n\n"
            "§ 13 Motion om gratis simskola\nKommunfullmäktiges beslut\natt avslå motionen.\n"
            "Lisa Borg (V) reserverar sig mot beslutet.\n")


def test_members_in_general_who_do_not_take_part_are_no_dissenters():
    rec = parse_text(PROTOCOL, "x.txt")
    assert [(i.number, i.dissent) for i in rec.items] == [("12", []), ("13", ["Lisa Borg"])]


def test_a_case_papers_proposal_reaches_the_item_whose_title_kept_its_pages():
    agenda = ("KALLELSE\nKommunfullmäktige\nTid Torsdagen den 22 februari 2024 kl. 17:00\nPlats Kommunhuset\n\n"
              "Ärenden\n1 Val av justerare\n\n2 Avsägelse av uppdrag som ersättare i nämnden 2024/12 2 - 3\n\n"
              "3 Upprop\n\n(2)\n\nTJÄNSTEUTLÅTANDE\n\n2024-02-06 Dnr 2024/12\n\nKansliet Eva Berg\n\n"
              "Avsägelse av uppdrag som ersättare i nämnden\n\nFörslag till beslut\n\n"
              "Kommunfullmäktige godkänner avsägelsen.\n\nAnsvarig\n\nEva Berg\n\nBakgrund\n\n"
              "Ersättaren har begärt entledigande.\n")
    rec = parse_text(agenda, "x.txt")
    assert rec.kind == "agenda"
    found = {i.number: i.proposed_decision for i in rec.items}
    assert found["2"] == "Kommunfullmäktige godkänner avsägelsen."


def test_a_paper_handed_out_at_the_meeting_is_no_proposal():
    from protokoll.parse.laterproposal import announced_later

    assert announced_later("Handling delas ut vid sammanträdet.")
    assert announced_later("Underlaget lämnas på mötet.")
    assert not announced_later("Nämnden beslutar att handlingen delas ut vid sammanträdet i maj.")


CHAIRED = ("Protokoll styrelsemöte\nFiskevårdsföreningen Ekån\nDatum: Tisdagen den 4 juni 2024 Tid: 18:00 "
           "Plats: Klubbstugan\n\n1 Mötets öppnande\nOrdförande Gunnel Viklund öppnar mötet.\n\n"
           "2 Fiskevården\n{task}\n\n3 Mötets avslutande\nOrdföranden avslutar mötet.\n")


def test_a_given_name_is_the_chair_the_header_names_when_no_attendees_are_listed():
    rec = parse_text(CHAIRED.format(task="Gunnel får i uppdrag att kontakta länsstyrelsen om utsättningen."), "x.txt")
    assert rec.attendees == [] and rec.chair == "Gunnel Viklund"
    assert [(a.assignee, a.task) for i in rec.items for a in i.assignments] == [
        ("Gunnel Viklund", "kontakta länsstyrelsen om utsättningen")]


def test_the_task_in_its_definite_form_and_an_office_in_its_bare_form():
    assert assignments("Diskuterades utsättningen. Kansliet får uppdraget att beställa fisk.") == [
        ("Kansliet", "beställa fisk")]
    assert assignments("Diskuterades resan.\nOrdförande utreder frågan vidare.") == [
        ("Ordförande", "utreda frågan vidare")]


def test_a_share_of_a_count_and_a_bracketed_reference_are_no_meeting_number():
    from protokoll.parse.meetingnumber import read_number
    from protokoll.parse.lines import Line

    def number(text: str) -> str | None:
        return read_number([Line(t, k) for k, t in enumerate(text.split("\n"))])

    assert number("På mötet i Ekby hade vi 17/31 rådsmedlemmar och 5/8 styrelsemedlemmar") is None
    assert number("Protokoll Kommunstyrelsen att nu gällande arbetsordning (KF 77/2014) upphävs") is None
    # the number in its year as a title line writes it is still read
    assert number("Styrgruppen 4/97\nDatum 1997-05-12") == "4/97"
    assert number("Protokoll fört vid Nr 2/2004 sammanträde") == "2/2004"


PARAGRAPHS = ("Protokoll fört vid styrelsemöte i Fiskeklubben Braxen\nDatum: 2024-03-04\n"
              "Närvarande: Ebbe Strömgren ordf., Tord Lindqvist, Gudmund Sahlin\n\n"
              "1. Förklarade ordföranden mötet öppnat.\n\n"
              "2. Uppdrogs åt Ebbe att beställa nya skyltar till fiskevattnet.\n\n"
              "3. Tord Lindqvist och Gudmund Sahlin får i uppdrag att fullfölja upphandlingen av båtplatser.\n\n"
              "4. Förklarade ordföranden mötet avslutat.\n")


def test_a_numbered_paragraph_whose_first_sentence_gives_a_task():
    rec = parse_text(PARAGRAPHS, "x.txt")
    found = [(a.assignee, a.task) for i in rec.items for a in i.assignments]
    # "Uppdrogs åt" (the past passive) and a given name the gazetteer lacks, written in full in the attendee list
    assert ("Ebbe Strömgren", "beställa nya skyltar till fiskevattnet") in found
    assert ("Tord Lindqvist", "fullfölja upphandlingen av båtplatser") in found
    assert ("Gudmund Sahlin", "fullfölja upphandlingen av båtplatser") in found


def test_the_past_tense_giving_verb_in_a_decision():
    assert assignments("Årsmötet beslutade att bifalla motionen och uppdrog åt valberedningen att föreslå arvoden.") \
        == [("valberedningen", "föreslå arvoden")]


def test_two_municipalities_given_a_task_each():
    notes = ("Minnesanteckningar\nKommundirektörsgruppen i Ekdala\nDatum: 2024-03-14\n\n"
             "1. Kontaktpersoner\nSju kommuner har utsett kontaktpersoner.\n"
             "Beslut: Eksjö och Tranemo meddelar sina kontaktpersoner till kansliet senast den 22 mars.\n")
    rec = parse_text(notes, "x.txt")
    assert [(a.assignee, a.due) for i in rec.items for a in i.assignments] == [
        ("Eksjö", "2024-03-22"), ("Tranemo", "2024-03-22")]
