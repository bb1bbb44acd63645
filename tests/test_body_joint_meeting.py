"""A title naming a joint meeting of two groups ("Gemensamt sammanträde för Socialnämnden och ..."), a meeting
between groups ("Möte mellan X och Y") or a dialogue with another ("Dialogmöte med Kommunstyrelsen") names no one
body that met: abstain rather than take one of them (issue 10: a wrong body is worse than none). The standard
"sammanträde med Kommunstyrelsen" still names the body. Invented documents."""

import pytest

from protokoll.parse import parse_text

REST = "\nDatum: 2021-03-04\nNärvarande: Lisa Holm, Per Ek\n§ 1 Val av justerare\n"


@pytest.mark.parametrize("head", [
    "Protokoll\nGemensamt sammanträde för Socialnämnden och Barn- och utbildningsnämnden",
    "Minnesanteckningar\nMöte mellan Socialnämndens presidium och Pensionärsrådet",
    "Minnesanteckningar från dialogmöte med Kommunstyrelsen",
])
def test_a_joint_or_counterpart_meeting_names_no_body(head):
    assert parse_text(head + REST, source="x.txt").body is None


def test_a_sitting_with_the_body_names_it():
    assert parse_text("Protokoll fört vid sammanträde med Kommunstyrelsen" + REST,
                      source="x.txt").body == "Kommunstyrelsen"
