"""A company's board minutes name the company in their letterhead ("Ydre Energi AB" alone on the first line) or
after the board's meeting without a preposition ("Styrelsemöte Ydre Energi AB") (issue 10). Written here."""

import pytest

from protokoll.parse import parse_text

ITEMS = "§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n§ 2 Dagordning\nDagordningen godkändes.\n"


@pytest.mark.parametrize("head", [
    "Ydre Energi AB\nProtokoll styrelsemöte 2024-03-12\n",
    "Ydre Energi AB 1 (3)\nProtokoll fört vid sammanträde med styrelsen\nDatum: 2024-03-12\n",
    "Protokoll\nStyrelsemöte Ydre Energi AB\nDatum: 2024-03-12\n",
])
def test_the_company_of_the_letterhead_or_the_board_meeting(head):
    assert parse_text(head + ITEMS, source="x.txt").organization == "Ydre Energi AB"


def test_a_company_named_in_an_item_is_not_the_organisation():
    text = ("Ydre kommun\nKommunstyrelsen\nProtokoll 2024-03-12\n" + ITEMS
            + "§ 3 Ägardirektiv\nYdre Energi AB\nKommunstyrelsen antar ägardirektivet.\n")
    assert parse_text(text, source="x.txt").organization == "Ydre kommun"
