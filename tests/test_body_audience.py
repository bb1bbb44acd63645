"""A programme's or invitation's "Målgrupp" heading says whom it is for (its audience), never the group that meets."""

from protokoll.parse import parse_text

PROGRAMME = """Kallelse till nätverksträff om äldreomsorg

Målgrupp

Träffen vänder sig till chefer och utvecklingsledare i länets kommuner.

Program

09.00 – 09.15 Välkomna
Karin Ekdal, samordnare

09.15 – 10.00 Nya arbetssätt i hemtjänsten
"""


def test_an_audience_heading_is_no_body():
    assert parse_text(PROGRAMME, "programme.txt").body is None


def test_a_group_that_meets_is_still_read():
    text = PROGRAMME.replace("Kallelse till nätverksträff om äldreomsorg", "Kallelse till Referensgruppen för äldreomsorg")
    assert parse_text(text, "programme.txt").body == "Referensgruppen för äldreomsorg"
