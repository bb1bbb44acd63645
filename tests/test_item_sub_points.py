"""Numbered sub-points under an item's heading ("6. Frågor" / "6.1 Title" / "6.2 Title") are items of their own,
each keeping its own decision (parse.subpoints); a lone sub-point, points numbered under another item's number, or
points with a gap stay text. Texts invented."""

import pytest

from protokoll.parse import parse_text

HEAD = "PROTOKOLL\nStyrelsen för Norrdalens kommunalförbund\n2023-02-09\n\nOrdförande: Hans Vik\nSekreterare: Maja Lind\n\n"


def _doc(sep: str, style: str, blank: bool, marks=("1", "2")) -> str:
    gap = "\n" if blank else ""
    head = (lambda n, t: f"{n}. {t}\n") if style == "num" else (lambda n, t: f"§ {n} {t}\n")
    return (HEAD + head(5, "Ekonomi") + gap
            + f"5.{marks[0]}{sep} Budgetuppföljning januari\nStyrelsen godkänner uppföljningen.\n" + gap
            + f"5.{marks[1]}{sep} Investeringsplan 2023\nStyrelsen antar investeringsplanen.\n" + gap
            + head(6, "Verksamhet") + gap + "Förbundsdirektören informerar om verksamheten.\n" + gap
            + head(7, "Övriga frågor") + "Inga övriga frågor.\n")


@pytest.mark.parametrize("sep", ["", ".", ")"])
@pytest.mark.parametrize("style", ["num", "para"])
@pytest.mark.parametrize("blank", [True, False])
def test_sub_points_are_items_with_their_own_decisions(sep, style, blank):
    items = parse_text(_doc(sep, style, blank), "t.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("5", "Ekonomi"), ("5.1", "Budgetuppföljning januari"), ("5.2", "Investeringsplan 2023"),
        ("6", "Verksamhet"), ("7", "Övriga frågor")]
    by = {i.number: i for i in items}
    assert by["5"].decisions == []
    assert "godkänner uppföljningen" in " ".join(by["5.1"].decisions)
    assert "antar investeringsplanen" in " ".join(by["5.2"].decisions)


def test_points_with_a_gap_stay_text():
    items = parse_text(_doc("", "num", True, marks=("1", "3")), "t.txt").items
    assert [i.number for i in items] == ["5", "6", "7"]


def test_points_numbered_under_another_item_stay_text():
    text = _doc("", "num", True).replace("5.1 ", "2.1 ").replace("5.2 ", "2.2 ")
    assert [i.number for i in parse_text(text, "t.txt").items] == ["5", "6", "7"]


def test_a_lone_sub_point_stays_text():
    text = (HEAD + "5. Ekonomi\n5.1 Budgetuppföljning januari\nStyrelsen godkänner uppföljningen.\n\n"
            "6. Verksamhet\nInformation.\n\n7. Övriga frågor\nInga.\n")
    assert [i.number for i in parse_text(text, "t.txt").items] == ["5", "6", "7"]
