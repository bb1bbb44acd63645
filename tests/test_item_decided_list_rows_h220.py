"""A protocol's paragraph that adopts the meeting's list of cases (text invented here): "Kommunstyrelsen beslutar att
arbeta efter den:" and the list under it, one entry a line, the last ones run together where the copy lost the line
breaks (and two of their numbers). The list is the decision's, as a list under a deciding colon is where no line was
flattened: its entries are no items; the paragraph that holds it is."""

from __future__ import annotations

from protokoll.parse import parse_text

ADOPTED = """Kommunstyrelsen (12)
Plats och tid Kommunhuset, Norrby kl 8:30 16:00
Beslutande Se bifogad närvarolista
Sekreterare Eva Lund
Ordförande Per Holm

45 Godkännande av ärendelista
Dnr 2031 KS0007 Ärendelistan har skickats ut. Kommunstyrelsen beslutar att arbeta efter den:

1) Val av justerare

2) Godkännande av ärendelista

3) Budget 2032 för Norrby kommun kl 9:00

4) Revisorernas granskning av investeringarna

5) Information och rapporter kommunstyrelsen ) Meddelanden kommunstyrelsen ) Delegeringsbeslut kommunstyrelsens \
verksamhetsområde 8) Tidplan för budgetarbetet 9) Ansökan om medel ur donationsfonden 10) Försäljning av fastigheten \
Norrby 1:2
"""


def test_a_list_that_a_deciding_colon_opens_under_a_paragraph_numbers_no_item():
    items = parse_text(ADOPTED, source="protokoll.txt").items
    assert [(i.number, i.title) for i in items] == [("45", "Godkännande av ärendelista")]
