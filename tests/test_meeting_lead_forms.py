"""The meeting's chair given the lead of the annual meeting's proceedings ("Per Holm valdes att leda
årsmötesförhandlingarna") chairs it, not the association's chairman who opened it. Every text here is invented
for these tests."""

import pytest

from protokoll.parse import parse_text
from protokoll.parse.meetingchair import elected_chair

ANNUAL = """NORRBY BYALAG

PROTOKOLL FÖRT VID 2015 ÅRS ÅRSMÖTE 150322

 1. Årsmötets öppnande
Föreningens ordförande Karin Dahl öppnade mötet och hälsade alla välkomna.

 2. Val av ordförande och sekreterare för årsmötet
Olle Sand valdes att leda årsmötesförhandlingarna och Lena Ek att föra protokollet.

 3. Val av två justeringspersoner
Per Lund och Eva Strand valdes att justera protokollet.
"""


@pytest.mark.parametrize("sentence", [
    "Olle Sand valdes att leda årsmötesförhandlingarna.",
    "Olle Sand valdes att leda mötesförhandlingarna.",
    "Olle Sand valdes att leda förhandlingarna.",
])
def test_the_lead_of_the_proceedings_names_the_meetings_chair(sentence):
    assert elected_chair(sentence)[0] == "Olle Sand"


def test_the_elected_lead_chairs_the_annual_meeting_not_the_opener():
    assert parse_text(ANNUAL, source="x.txt").chair == "Olle Sand"
