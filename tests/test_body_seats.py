"""A body or organisation named as the seat someone is elected or sent to ("valdes till ersättare i Socialnämnden i
Norrby kommun", "Ledamot i distriktets styrgrupp", "representanter till Samrådsgruppen") is another group than the
one that meets; so is a group a sentence speaks of with an indefinite article ("inrättade en arbetsgrupp") or as
the subject of a verb in the past tense ("Styrelsen presenterade ..."). Every text here is invented for these
tests."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.bodybounds import SEAT_IN
from protokoll.parse.orgmentions import among_people

MEMBERS = """Medlemsmötet 12 mars 2021

Sammanfattning

Valärenden

Olle Grahn blev fyllnadsvald till ersättare i Kulturnämnden i Sjöviks kommun.

Därutöver fanns två vakanta uppdrag:
  • Ledamot i distriktets styrgrupp
  • Kassör för avdelningen

Övrigt

Medlemmarna diskuterade budgeten. Styrelsen presenterade planerna för hösten för diskussion.
"""

REPORT = """Mötesreferat
Mötesreferat för styrelsens möte 7/2022
Plats: Gamla skolan, sal 3
Tid: 14.04.2022 kl. 17:00
Närvarande:
Petra Lind, Jonas Ek, Mira Holm
Mötet öppnades kl. 17:05 av ordförande Lind
 • Mira Holm valdes som elevrepresentant (ordinarie) till Skolrådet.
 • Jonas Ek valdes som elevrepresentant (suppleant) till Skolrådet.
"""

ANNUAL = """Protokoll från Årliga mötet 2019
Här är protokollet från årliga mötet 14/2 då föreningarna i nätverket samlades för att planera året och välja nya representanter till Samrådsgruppen som företräder dem mellan mötena.
Nya i Samrådsgruppen är Eva Strand och Leif Moberg.
Årliga mötet inrättade en arbetsgrupp för att se över stadgarna.
"""


@pytest.mark.parametrize("before", [
    "Olle Grahn blev fyllnadsvald till ersättare i Kulturnämnden i ",
    "Ledamot i distriktets ",
    "välja nya representanter till ",
    "Mira Holm valdes som elevrepresentant (ordinarie) till ",
    "Nya i ",
])
def test_a_seat_someone_is_elected_to_is_read_before_the_name(before):
    assert SEAT_IN.search(before + "X") is None
    assert SEAT_IN.search(before) is not None


@pytest.mark.parametrize("before", ["Protokoll fört vid sammanträde med ", "Kallelse till ", "Sammanträde med "])
def test_a_title_before_the_body_is_no_seat(before):
    assert SEAT_IN.search(before) is None


def test_the_municipality_of_a_seat_is_not_the_organisation_that_meets():
    line = "Olle Grahn blev fyllnadsvald till ersättare i Kulturnämnden i Sjöviks kommun."
    assert among_people(line, line.index("Sjöviks"))
    rec = parse_text(MEMBERS, source="x.txt")
    assert rec.organization is None


def test_a_members_meeting_reads_no_body_from_its_seats_or_a_subject_in_the_past_tense():
    assert parse_text(MEMBERS, source="x.txt").body is None


def test_the_council_students_are_elected_to_is_not_the_body_that_meets():
    assert parse_text(REPORT, source="x.txt").body != "Skolrådet"


def test_a_group_people_are_elected_to_or_set_up_is_not_the_body_that_meets():
    assert parse_text(ANNUAL, source="x.txt").body not in ("Samrådsgruppen", "Arbetsgruppen")


def test_a_board_that_met_in_a_sentence_is_still_the_body():
    text = "Referat från styrelsemöte den 3 mars 2020\nStyrelsen sammanträdde den 3 mars 2020. Följande beslutades:\n" \
           "  1. Styrelsen beslutade att anta budgeten.\n"
    assert parse_text(text, source="x.txt").body == "Styrelsen"
