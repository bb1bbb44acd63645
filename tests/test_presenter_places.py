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


PROTOCOL = """PROTOKOLL
Trygghetsrådet
Datum: 2015-03-10
Närvarande: Lena Holm, ordförande, Per Nyberg, Uno Berglund, försäkringskassan, Jennie Falk, polisen

§ 1 Information från försäkringskassan
Uno från försäkringskassan informerar om ohälsotalen.

§ 2 Information från polisen
Jennie informerar om brottsutvecklingen.

§ 3 Information från kommunen
Per från Ekby kommun informerar om budgeten.
"""


def test_a_given_name_with_its_employer_is_the_attendee_of_that_name():
    import hashlib
    from pathlib import Path

    from protokoll.pipeline import process

    data = PROTOCOL.encode("utf-8")
    items = process(Path("protokoll.txt"), data, hashlib.sha256(data).hexdigest()).record.to_dict()["items"]
    assert [i["presenters"] for i in items] == [["Uno Berglund"], ["Jennie Falk"], ["Per Nyberg"]]
