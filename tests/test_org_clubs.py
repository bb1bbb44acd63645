"""A club, society or village association names itself with its form word as an association does ("Ekbackens
Golfklubb", "Ekbackens Jaktsällskap"): its letterhead or the title's "styrelsemöte i X" names the organisation
(issue 10, recall where the page is certain). Invented documents."""

import pytest

from protokoll.parse import parse_text

REST = "\nDatum: 2021-03-04\nNärvarande: Lisa Holm, Per Ek\n1. Mötets öppnande\n"


@pytest.mark.parametrize("head,org", [
    ("Protokoll från styrelsemöte i Ekbackens Golfklubb", "Ekbackens Golfklubb"),
    ("Ekbackens Golfklubb\nProtokoll styrelsemöte", "Ekbackens Golfklubb"),
    ("EKBACKENS GOLFKLUBB\nStyrelseprotokoll", "Ekbackens Golfklubb"),
    ("Protokoll från årsmöte i Ekbackens konstnärsklubb", "Ekbackens konstnärsklubb"),
    ("Styrelsemöte\nEkbackens Jaktsällskap", "Ekbackens Jaktsällskap"),
])
def test_a_clubs_name_names_the_organisation(head, org):
    assert parse_text(head + REST, source="x.txt").organization == org


def test_a_club_an_attendee_comes_from_is_not_the_organisation():
    rec = parse_text("Protokoll styrelsemöte\nNärvarande: Lisa Holm (Ekbackens golfklubb), Per Ek" + REST,
                     source="x.txt")
    assert rec.organization is None
