"""A network's dagordning with its time column before each point's number and the presenters under the title,
each with the organisation they come from (text invented here)."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.presenterslot import name_line_presenters

AGENDA = """Norrbygdens samverkan
Chefsnätverk socialtjänst

DAGORDNING

Datum: Tisdag 4 november 2031
Tid: 13.00–16.00
Plats: Kommunhuset, Norrby

13.00–13.10   1. Inledning och godkännande av dagordning
13.10–13.50   2. Gemensam jourverksamhet – uppföljning
              Lea Holmberg, Region Norrbygd
              Förslag till beslut: Nätverket godkänner uppföljningen.
13.50–14.30   3. Plan för kompetensförsörjning
              Oskar Nyman, Norrby kommun, och Vera Ek, Norrbygdens samverkan (bilaga 2)
14.30–14.45   Paus
14.45–15.30   4. Aktuellt från kommunerna
15.30–16.00   5. Övriga frågor
"""


def test_the_time_before_the_number_leaves_each_point_an_item():
    items = parse_text(AGENDA, source="dagordning.docx").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Inledning och godkännande av dagordning"), ("2", "Gemensam jourverksamhet – uppföljning"),
        ("3", "Plan för kompetensförsörjning"), ("4", "Aktuellt från kommunerna"), ("5", "Övriga frågor")]
    assert items[1].proposed_decision == "Nätverket godkänner uppföljningen."
    assert items[2].attachments == ["bilaga 2"]


def test_presenters_with_their_organisations_under_the_title():
    items = parse_text(AGENDA, source="dagordning.docx").items
    assert [i.presenters for i in items] == [[], ["Lea Holmberg"], ["Oskar Nyman", "Vera Ek"], [], []]


def test_a_line_of_other_words_is_no_presenters_line():
    assert name_line_presenters(["Lea Holmberg, ansvarig för uppföljningen av jouren"], "Jour") == []
    assert name_line_presenters(["Region Norrbygd och Norrby kommun"], "Jour") == []
