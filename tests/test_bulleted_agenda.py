"""A bulleted agenda without numbers under "Dagordning" / "Föredragningslista": each bullet is an item without a
number, and the list ends where its bullets end (parse/contents.py)."""

import pytest

from protokoll.parse import parse_text

BULLETS = ["• ", "- ", "– "]


def _agenda(bullet: str, after: str) -> str:
    titles = ["Mötets öppnande", "Val av protokolljusterare", "Ekonomisk uppföljning april",
              "Information från förbundsdirektören", "Övriga frågor", "Mötets avslutande"]
    listed = "\n".join(bullet + t for t in titles)
    return f"Styrelsen för Kustförbundet\nKallelse till styrelsemöte 2025-05-20\nFöredragningslista\n{listed}\n{after}"


@pytest.mark.parametrize("bullet", BULLETS)
def test_each_bullet_is_an_unnumbered_item(bullet):
    rec = parse_text(_agenda(bullet, ""), "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        (None, "Mötets öppnande"), (None, "Val av protokolljusterare"), (None, "Ekonomisk uppföljning april"),
        (None, "Information från förbundsdirektören"), (None, "Övriga frågor"), (None, "Mötets avslutande")]


@pytest.mark.parametrize("bullet", BULLETS)
def test_the_lines_under_the_bullets_are_no_items(bullet):
    rec = parse_text(_agenda(bullet, "Välkomna!\nMaja Ek, ordförande\n"), "x.txt")
    assert [i.title for i in rec.items][-1] == "Mötets avslutande"
    assert len(rec.items) == 6
