"""The organisation a heading names as the owner of the meeting it titles (issue 10): an association's board or
annual meeting titled "styrelsemöte för/med/i <name>", "<NAME>S STYRELSESAMMANTRÄDE", "<name> STYRELSEMÖTE", the name
an association's (a form word: -lag, -samfällighet, -råd, -förening ...). Main read none of these; where the heading's
words do not make the name an association's, or the name's end is uncertain, the organisation stays null.

The documents are written for these tests (made-up associations and people).
"""

from __future__ import annotations

import pytest

from protokoll.parse import parse_text

BODY = """Närvarande: Anna Berg, ordf., Per Holm, Eva Lind och Olle Ek.

§ 1 Mötets öppnande
Anna Berg hälsade välkommen och förklarade mötet öppnat.

§ 2 Val av justerare
Till att justera protokollet valdes Per Holm.

§ 3 Föregående protokoll
Lades till handlingarna.

Vid protokollet: Eva Lind
"""


@pytest.mark.parametrize(("heading", "org", "body"), [
    ("Protokoll fört vid styrelsemöte för Norrby Hembygdslag torsdagen den 12 mars 2015 kl 19 i Skolan",
     "Norrby Hembygdslag", "Styrelsen"),
    ("EXTRA STYRELSEMÖTE MED SJÖBY SOCKENRÅD I BYGDEGÅRDEN 2014-05-11", "Sjöby Sockenråd", "Styrelsen"),
    ("PROTOKOLL FÖRT VID SJÖBY SOCKENRÅDS STYRELSESAMMANTRÄDE HOS OLLE EK 2014-05-11", "Sjöby Sockenråd",
     "Styrelsen"),
    ("Norrbygderådet Ådalen STYRELSEMÖTE Sida 1(3)", "Norrbygderådet Ådalen", "Styrelsen"),
    ("Styrelsesammanträde med Tallby Vägsamfällighet", "Tallby Vägsamfällighet", "Styrelsen"),
    ("Protokoll från årsstämma i Ekviks vägsamfällighet för verksamhetsåret 2019 – 2020", "Ekviks vägsamfällighet",
     "Årsstämman"),
    ("Styrelsemötesprotokoll Norrby Tekniska Studenternas Ideella Förening Datum: 2019-04-28",
     "Norrby Tekniska Studenternas Ideella Förening", "Styrelsen"),
    ("Ekby bygdegårdsförening Årsmöte 10/2 2019", "Ekby bygdegårdsförening", "Årsmötet"),
])
def test_the_titled_meetings_owner_is_the_organisation(heading, org, body):
    rec = parse_text(f"{heading}\n\n{BODY}", "protokoll.txt")
    assert (rec.organization, rec.body) == (org, body)
    assert any(e.path == "organization" and e.rule.startswith("headingowner") for e in rec.evidence)


def test_a_name_hyphenated_over_two_lines_is_joined():
    text = ("PROTOKOLL fört vid sammanträde med Styrelsen inom Norrsjöns Fiskevårdsom-\n\n"
            "rådesförening 4 mars 2015 Strandgården.\n\n" + BODY)
    assert parse_text(text, "protokoll.txt").organization == "Norrsjöns Fiskevårdsområdesförening"


@pytest.mark.parametrize("heading", [
    "Protokoll fört vid styrelsemöte nr 5 onsdagen den 2 maj kl. 16 i Hembygdsmuseet",  # a house, no form word
    "Styrelsemöte i Föreningsgården den 3 maj 2019",  # a house named after the association
    "Styrelsemöte i Norrby Hembygdsförenings lokal 2019-05-03",  # a genitive: the association's house
    "Protokoll Vägföreningens årsmöte 25 augusti 2018",  # the kind in the definite form, no name
    "Styrelsemöte hos Norrby Idrottsklubb Anna Berg 2019-05-03",  # a person's name runs on
    "Styrelsemöte i Norrala den 13 augusti 2011",  # a place
    "Protokoll från nästa styrelsemöte i Norrby Byalag",  # another meeting
])
def test_no_owner_where_the_heading_does_not_make_one(heading):
    assert parse_text(f"{heading}\n\n{BODY}", "protokoll.txt").organization is None


def test_a_body_of_another_kind_beside_it_keeps_the_organisation_null():
    from protokoll.parse import headingowner
    from protokoll.record import MeetingRecord
    text = "Styrelsemöte med Norrby Hembygdslag 2019-05-03\n\n" + BODY
    rec = MeetingRecord(source="p.txt", body="Kulturnämnden")  # a nämnd met: the association is one it met with
    headingowner.read(rec, text)
    assert rec.organization is None
    rec = MeetingRecord(source="p.txt", body="Styrelsen")
    headingowner.read(rec, text)
    assert rec.organization == "Norrby Hembygdslag"


def test_a_meeting_heading_in_capitals_is_no_letterhead_name():
    text = "STYRELSEMÖTE I NORRBY BYFÖRENING\nHOS ANNA BERG onsdagen den 12 augusti 2015\n\n" + BODY
    assert parse_text(text, "protokoll.txt").organization == "Norrby Byförening"


def test_the_letterhead_below_a_kind_in_the_definite_form_names_the_association():
    text = ("Årsmötesprotokoll\n\nProtokoll Vägföreningens årsmöte 25 augusti\n\nNorrby Ekeby samfällighetsförening\n\n"
            + BODY)
    assert parse_text(text, "protokoll.txt").organization == "Norrby Ekeby samfällighetsförening"


def test_a_meeting_of_no_named_kind_needs_the_genitive():
    rec = parse_text("PROTOKOLL FRÅN TALLBY BYALAGS MÖTE 2013-01-17\n\n" + BODY, "protokoll.txt")
    assert (rec.organization, rec.body) == ("Tallby Byalag", None)
    assert parse_text("Protokoll från Tallby Byalag möte 2013-01-17\n\n" + BODY, "protokoll.txt").organization is None


@pytest.mark.parametrize("word", ["styrelsemöte", "STYRELSEMOTE", "Styrelsesammanträde", "styrelseprotokoll",
                                  "Årsmöte", "ÅRSMÖTESPROTOKOLL", "årsstämma", "Föreningsstämma", "medlemsmöte",
                                  "styrelsen för", "NORRBY BYALAGS MÖTE", "Styrelsemötesprotokoll"])
def test_every_meeting_word_passes_the_gate(word):
    from protokoll.parse import headingowner
    assert headingowner._cheap(f"Protokoll {word} Norrby Byalag")
