"""Sentences worded like a decision that decide nothing (parse/tentative.py), re-elections, and a point's
sentence that is its title and its decision (parse/headingdecision.py). Documents written
for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.decided import unlabelled
from protokoll.parse.tentative import tentative

HEAD = "PROTOKOLL\nStyrelsen för Bygdegårdsföreningen Ekbacken\nDatum: 2023-03-02\n\n"


def items(text: str):
    return parse_text(HEAD + text, "x.txt").items


def test_what_may_or_will_be_decided_later_is_no_decision():
    assert tentative("Eventuellt kommer en ny kassör att utses senare.")
    assert tentative("Det kan noteras att lokalen är uthyrd hela sommaren.")
    assert tentative("Frågan bör fastställas av nästa stämma.")
    assert unlabelled("Eventuellt kommer en ny kassör att utses senare.") is None
    # decided now: a past or present passive, or a decision that itself says what shall be done
    assert not tentative("Till kassör utsågs Berit Lund.")
    assert not tentative("Stämman beslutade att styrelsen ska väljas på två år.")
    assert unlabelled("Till kassör utsågs Berit Lund.")


def test_a_note_of_some_facts_among_others_sums_up_a_report():
    assert tentative("Det noteras bl.a. att medlemsavgifterna har kommit in.")
    assert tentative("Noterades bland annat att taket behöver ses över.")
    assert not tentative("Det antecknades att mötet utlysts i laga ordning.")


def test_re_elections_are_decisions():
    assert unlabelled("Berit Lund och Olle Ek omvaldes.")
    assert unlabelled("Som sekreterare återvaldes Olle Ek.")
    assert unlabelled("Kerstin Alm, Olle Ek och Berit Lund omvaldes som revisorer, ingen suppleant utsågs.")


def test_an_item_keeps_its_re_election_and_drops_the_plan_for_later():
    got = items("1 Val av kassör\nBerit Lund omvaldes. Eventuellt kommer en biträdande kassör att utses senare.\n\n"
                "2 Rapporter\nKassören redogjorde för läget. Det noteras bl.a. att elräkningen har stigit.\n")
    assert got[0].decisions == ["Berit Lund omvaldes."]
    assert got[1].decisions == []


def test_a_numbered_point_that_is_one_deciding_sentence_is_its_title_and_decision():
    got = items("§1. Dagordningen fastställdes.\n\n§2. Till justerare valdes Olle Ek.\n\n§3. Verksamhetsplanen\n"
                "Planen för året presenterades.\n")
    assert [g.title for g in got[:2]] == ["Dagordningen fastställdes.", "Till justerare valdes Olle Ek."]
    assert got[0].decisions == ["Dagordningen fastställdes."]  # title and decision (parse/headingdecision.py)
    assert got[1].decisions == ["Till justerare valdes Olle Ek."]
    assert got[2].decisions == []


def test_the_unlabelled_readers_reject_a_tentative_sentence_themselves():
    """The check sits in the mechanism, not in its callers: a sentence each reader's pattern matches is no
    decision when it only says what may be decided or sums up a report; one decided before the modal is."""
    from protokoll.parse import decided, unlabelled
    from protokoll.parse.headingdecision import heading_decision
    for s in ("Noteras att en ny ledamot kan utses senare.", "Det antecknas bland annat att budgeten godkändes."):
        assert unlabelled.UNLABELLED.match(s)
        assert unlabelled.unlabelled(s) is None and unlabelled.opening(s) is None
        assert decided.PASSIVE.match(s) and decided.unlabelled(s) is None
        assert heading_decision(s, []) == []
    s = "Beslutas att en ny ledamot kommer att utses senare."
    assert unlabelled.unlabelled(s) and unlabelled.opening(s) and decided.unlabelled(s) == s
    assert heading_decision(s, []) == [s]  # decided now: a whole sentence on the heading line is title and decision
