"""Presenters read in the last item of a contents list whose paragraph pages ran on into it, each page restating
its paragraph's number and title (parse.presenterplaces). The texts are written here."""

from __future__ import annotations

from protokoll.parse.presenterplaces import place_restated_presenters
from protokoll.record import Item

RUN_ON = ("Dnr: - 2 Information från räddningstjänsten Beslut 1. Informationen noteras. Räddningschefen berättar "
          "om övningarna. Dnr: - 3 Information från polisen Beslut 1. Informationen noteras. Rickard Alm visar "
          "statistik över anmälda brott.")


def _items(last_text: str, presenters: list[str]) -> list[Item]:
    return [Item("1", "Godkännande av ärendelistan"), Item("2", "Information från räddningstjänsten"),
            Item("3", "Information från polisen"),
            Item("4", "Uppföljning av trygghetsvandringarna", presenters=presenters, text=last_text)]


def test_presenter_after_a_restated_heading_moves_to_that_item():
    items = _items(RUN_ON, ["Rickard Alm"])
    place_restated_presenters(items)
    assert items[2].presenters == ["Rickard Alm"]
    assert items[3].presenters == []
    assert items[1].presenters == []


def test_presenter_before_any_restated_heading_stays():
    items = _items("Eva Lund redogör för vandringarna. " + RUN_ON, ["Eva Lund"])
    place_restated_presenters(items)
    assert items[3].presenters == ["Eva Lund"]


def test_a_mentioned_number_without_the_whole_title_moves_nothing():
    items = _items("Enligt punkt 3 redogör Rickard Alm för vandringarna.", ["Rickard Alm"])
    place_restated_presenters(items)
    assert items[3].presenters == ["Rickard Alm"]
