"""Sentences that look like a task given but are none (parse/assignguards.py): the assignment reader abstains.
Each case beside the certain wording it must still read. Documents written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.assignguards import dangling_subject, inverted_subject, without_trailing_join

HEAD = "PROTOKOLL\nStyrelsen för Föreningen Lönnen\nDatum: 2024-09-18\n\n"


def assignments(body: str) -> list[tuple[str, str]]:
    rec = parse_text(HEAD + "§ 4 Lokalfrågan\n" + body + "\n", "x.txt")
    return [(a.assignee, a.task) for a in rec.items[0].assignments]


def test_an_adverbial_before_the_verb_is_no_assignee():
    # V2: "Enligt stadgarna ska det ..." has its subject after the verb
    assert assignments("Enligt förbundsordningen ska det eftersträvas att medlemmarna är företrädda.") == []
    assert assignments("Beslut\nEnligt förbundsordningen ska det eftersträvas att medlemmarna är företrädda.") == []
    assert inverted_subject("Efter mötet") and not inverted_subject("Kassören")


def test_a_pronoun_after_ska_is_no_task():
    assert assignments("Beslut\nEnligt planen ska vi ordna en städdag.") == []
    # the certain wording is still read
    assert assignments("Kansliet ska ordna en städdag.") == [("Kansliet", "ordna en städdag")]


def test_a_subject_that_ends_in_a_preposition_means_a_misread_verb():
    assert assignments("Beslut\nFörvaltningens skrivelse antas som svar på revisorernas rapport.") == []
    assert dangling_subject("Skrivelsen antas som") and not dangling_subject("Peter I")


def test_an_initial_is_not_a_preposition():
    assert assignments("Peter I fick i uppdrag att påminna om skrivelsen.") == [("Peter I", "påminna om skrivelsen")]


def test_a_capitalised_word_in_a_heading_run_is_no_verb():
    assert assignments("STYRELSENS BESLUT Preliminär budget fastställs som slutlig budget.") == []


def test_a_forecast_of_someone_else_giving_a_task_is_none():
    assert assignments("Efter flytten kommer kommunen att lämna huset och ge bolaget i uppdrag att hyra ut det.") == []
    # given by the meeting: read
    assert assignments("Styrelsen beslutar att ge kassören i uppdrag att hyra ut huset.") == [
        ("kassören", "hyra ut huset")]


def test_the_body_alone_acting_in_the_present_is_its_decision():
    assert assignments("Beslut\nNämnden avstyrker ansökan.") == []
    assert assignments("Beslut\nStyrelsen yttrar sig enligt kansliets förslag.") == []
    # an agenda's proposal written the same way
    rec = parse_text("KALLELSE\nMiljönämnden\nTid: 2024-09-18 kl. 18.00\n\nÄrenden\n\n1. Yttrande om vindkraft\n"
                     "Förslag till beslut: Nämnden avstyrker ansökan.\n", "x.txt")
    assert rec.items[0].proposed_decision and rec.items[0].assignments == []


def test_a_task_cut_at_a_line_break_loses_its_dangling_conjunction():
    assert without_trailing_join("göra ändringarna samt") == "göra ändringarna"
    assert without_trailing_join("läsa och skriva") == "läsa och skriva"
    assert assignments("Beslut att uppdra åt sekreteraren att göra ändringarna samt") == [
        ("sekreteraren", "göra ändringarna")]


def test_the_object_first_and_the_one_asked_after_the_verb_is_no_certain_task():
    # "Planen ombeds arbetsgruppen ..." would be read with the plan as the assignee: abstain
    assert assignments("Årsplanen ombeds Arbetsgruppen skicka till kassören senast 1 mars.") == []
    assert assignments("Arbetsgruppen ombeds skicka årsplanen till kassören.") == [
        ("Arbetsgruppen", "skicka årsplanen till kassören")]


def test_a_task_cut_off_mid_phrase_is_no_certain_task():
    assert assignments("Styrelsen gav Lisa i uppdrag att vid lämpligt tillfälle i") == []
    assert assignments("Styrelsen gav Lisa i uppdrag att vid lämpligt tillfälle boka lokalen.") == [
        ("Lisa", "vid lämpligt tillfälle boka lokalen")]


def test_an_abbreviations_full_stop_does_not_end_the_task():
    assert assignments("Kansliet får i uppdrag att ansöka om s.k. statsbidrag hos länsstyrelsen. Beslutet gäller direkt.") == [
        ("Kansliet", "ansöka om s.k. statsbidrag hos länsstyrelsen")]
