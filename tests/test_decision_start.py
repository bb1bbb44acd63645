"""A point written as one sentence wrapped at the heading line's end: its decision is the whole sentence
(parse/decisionstart.py). Documents written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.decisionstart import whole_sentence

HEAD = "PROTOKOLL\nÅrsstämma i Tallbackens vägförening\nDatum: 2022-04-09\n\n"


def test_the_second_line_alone_is_the_end_of_the_heading_sentence():
    assert whole_sentence("Kassören redovisade årets bokslut och", ["godkändes av stämman."]) == [
        "Kassören redovisade årets bokslut och godkändes av stämman."]
    assert whole_sentence("Revisorernas berättelse lästes upp, vilken", ["lades till handlingarna."]) == [
        "Revisorernas berättelse lästes upp, vilken lades till handlingarna."]


def test_a_finished_heading_or_a_decision_of_its_own_is_left_alone():
    assert whole_sentence("Val av justerare.", ["godkändes."]) == ["godkändes."]
    assert whole_sentence("Bokslut", ["Stämman godkände bokslutet."]) == ["Stämman godkände bokslutet."]
    assert whole_sentence("Bokslut", ["att godkänna bokslutet"]) == ["att godkänna bokslutet"]


def test_in_short_minutes():
    rec = parse_text(HEAD + "§1. Stämman förklarades behörigen utlyst.\n\n"
                            "§2. Kassören Olle Ek redovisade årets intäkter och kostnader, vilket\n"
                            "     godkändes av stämman.\n\n"
                            "§3. Stämman beslutade att ge styrelsen ansvarsfrihet.\n", "x.txt")
    assert rec.items[1].decisions == [
        "Kassören Olle Ek redovisade årets intäkter och kostnader, vilket godkändes av stämman."]
    # a whole deciding sentence on the heading line is the point's title and its decision (parse/headingdecision.py)
    assert rec.items[2].title == "Stämman beslutade att ge styrelsen ansvarsfrihet."
    assert rec.items[2].decisions == [rec.items[2].title]
