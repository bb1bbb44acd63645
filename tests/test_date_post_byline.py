"""A web post's own date (when it was posted or written: "Postat den ...", "Skrivet ...", or a date that opens its
line with only its author after it, "10 mars, 2021 av admin") is not the meeting's (issue 10: a wrong date is worse
than none). A title's date with "av" and an organisation after it is still the meeting's. Invented documents."""

import pytest

from protokoll.parse import parse_text

BODY = "Närvarande: Lisa Holm, Per Ek\n1. Mötets öppnande\nLisa Holm öppnade mötet.\n"


@pytest.mark.parametrize("head", [
    "10 mars, 2021 av admin\nProtokoll styrelsemöte 4 mars\n",
    "2021-03-10 av Lisa Holm\nProtokoll från styrelsemötet\n",
    "Postat den 10 mars 2021\nProtokoll från styrelsemötet\n",
    "Protokoll styrelsemöte\nSkrivet 2021-03-10 av Lisa\n",
    "Inlagd 10 mars 2021 kl 12.00\nProtokoll från styrelsemötet\n",
    "Reviderad 2021-03-10\nProtokoll styrelsemöte\n",
])
def test_a_posts_date_is_not_the_meetings(head):
    rec = parse_text(head + BODY, source="x.txt")
    assert rec.date != "2021-03-10"


def test_the_titles_date_stands():
    assert parse_text("Protokoll från styrelsemötet\n2021-03-04\n" + BODY, source="x.txt").date == "2021-03-04"
    assert parse_text("Protokoll från styrelsemötet 2021-03-04 av Ekbackens båtklubb\n" + BODY,
                      source="x.txt").date == "2021-03-04"
