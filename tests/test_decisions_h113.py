"""Decisions of this meeting, not of an earlier one (parse/reported.py), and forms of an association's minutes the
decision reader did not read (parse/decidedforms.py). Documents written for these tests (invented names)."""

from __future__ import annotations

from datetime import date

from protokoll.parse import parse_text
from protokoll.parse.decided import unlabelled
from protokoll.parse.reported import reported

HEAD = "PROTOKOLL\nStyrelsen för Vägföreningen Lillmyren\nDatum: 2022-04-11\n\n"


def items(text: str):
    return parse_text(HEAD + text, "x.txt").items


def test_a_meeting_named_with_its_date_before_the_verb_tells_an_earlier_decision():
    meeting = date(2022, 4, 11)
    assert reported("Vid styrelsens möte den 9 mars 2021 beslutades att vägen grusas.", meeting)
    assert reported("Vid sammanträdet 2021-03-09 beslöt nämnden att remittera ärendet.", meeting)
    # this meeting's own day, or no date to tell it from: kept
    assert not reported("Vid mötet den 11 april beslutades att vägen grusas.", meeting)
    assert not reported("Vid styrelsens möte den 9 mars beslutades att vägen grusas.", None)
    # another protocol's paragraph names an earlier decision whatever the date
    assert reported("Vid styrelsens möte den 9 mars, § 4, beslutades följande:", None)
    assert reported("Nämnden beslöt KS § 17 att remittera ärendet.", meeting)
    assert not reported("Nämnden beslöt att remittera ärendet.", meeting)


def test_an_items_background_that_quotes_an_earlier_meetings_list_gives_no_decision():
    got = items("§ 12 Val av justerare\n\nBakgrund\n\nVid styrelsens möte den 9 mars 2021, § 4, beslutades följande:\n"
                "1. Vägen grusas före midsommar,\n2. Kassören begär in anbud.\n\n"
                "§ 13 Bryggan\n\nStyrelsen beslöt VS § 9 att bygga en ny brygga. Styrelsen beslutar att begära in "
                "nya anbud.\n")
    assert got[0].decisions == []
    assert got[1].decisions == ["Styrelsen beslutar att begära in nya anbud."]


def test_the_meeting_found_duly_called_is_a_decision():
    assert unlabelled("Mötet förklarades behörigen utlyst.") == "Mötet förklarades behörigen utlyst."
    assert unlabelled("Stämman befanns vara stadgeenligt kallad.")
    assert unlabelled("Mötet beslutades vara i laga ordning utlyst.")
    assert unlabelled("Frågan om mötet ansågs behörigt utlyst diskuterades.") is None
    assert unlabelled("Mötet förklarades öppnat.") is None


def test_a_numbered_point_that_finds_the_meeting_duly_called_is_its_title_and_decision():
    got = items("1. Ordföranden Lena Holm öppnade mötet.\n2. Till sekreterare valdes Per Ek.\n"
                "3. Mötet förklarades behörigen utlyst.\n4. Dagordningen godkändes.\n")
    # each point is one sentence with no heading: the sentence is its title and, when it decides, its decision
    assert [it.title for it in got][2:] == ["Mötet förklarades behörigen utlyst.", "Dagordningen godkändes."]
    assert [it.decisions for it in got] == [[], ["Till sekreterare valdes Per Ek."],
                                            ["Mötet förklarades behörigen utlyst."], ["Dagordningen godkändes."]]


def test_a_clause_whose_lead_in_the_copy_lost_is_the_decision():
    # "Nämnden beslutar att" set apart from the text and lost: the clause opens in lower case after the report
    assert unlabelled("Kassören redogjorde för läget i kassan. godkänna redovisningen.") == "godkänna redovisningen."
    assert unlabelled("godkänna redovisningen.") == "godkänna redovisningen."
    # an abbreviation's full stop starts no clause, and a verb inside a sentence is none
    assert unlabelled("Styrelsen diskuterade bl.a. anta en ny plan.") is None
    assert unlabelled("Vi vill anta utmaningen.") is None


def test_a_clause_after_a_case_number_whose_digits_were_stripped_ends_where_the_next_sentence_begins():
    assert unlabelled("Dnr VF/ att godkänna kvartalsrapporten Det samlade resultatet är 4 tkr.") == \
        "att godkänna kvartalsrapporten"
    flat = ("PROTOKOLL Styrelsen för Vägföreningen Lillmyren Datum: 2022-04-11\n\n"
            "§ 7 Kassörens rapport\nKassören redogjorde för läget i kassan. godkänna redovisningen.\n\n"
            "§ 8 Kvartalsrapport\nDnr VF/ att godkänna kvartalsrapporten Det samlade resultatet är 4 tkr.\n")
    got = parse_text(flat, "x.txt").items
    assert [(it.number, it.decisions) for it in got] == [("7", ["godkänna redovisningen."]),
                                                         ("8", ["att godkänna kvartalsrapporten"])]


def test_the_chairs_finding_that_the_body_refuses_is_the_decision():
    got = items("§ 4 Motion om ny brygga\nYrkanden\nPer Ek yrkar bifall till motionen.\nLena Holm yrkar avslag.\n\n"
                "Propositionsordning\nOrdföranden ställer proposition på yrkandena och finner att stämman avslår "
                "motionen.\n")
    assert got[0].decisions == ["Stämman avslår motionen."]


def test_a_beslut_label_run_on_after_a_sentence_of_the_same_line():
    got = items("§ 4 Ekonomi\nKassören redogjorde för läget. Beslut: Rapporten godkänns.\n\n"
                "§ 5 Förslag\nBeslut är inte fattat ännu i frågan om bryggan.\n")
    assert got[0].decisions == ["Rapporten godkänns."]
    assert got[1].decisions == []


def test_a_points_sentence_wrapped_onto_the_next_line_is_its_decision_whole():
    got = items("1. Ordföranden Lena Holm öppnade mötet.\n"
                "2. Kassörens rapport redovisades av Per Ek och godkändes. Revisionsberättelsen\n"
                "   lästes upp av Eva Lind och godkändes.\n3. Dagordningen godkändes.\n")
    assert got[1].decisions == ["Kassörens rapport redovisades av Per Ek och godkändes. Revisionsberättelsen lästes "
                                "upp av Eva Lind och godkändes."]
