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


def _notes(label: str, bullet: str = "• ") -> str:
    return ("Nätverket för skolchefer i länet\n\nAnteckningar från nätverksträffen 12 mars 2025\n\n"
            f"{label}\n\n{bullet}Välkomna - Ida Holm, ordförande\n{bullet}Läget i kommunerna\n"
            f"{bullet}Gemensam fortbildning\n{bullet}Övriga frågor\n\nFlera kommuner berättade om sitt arbete.\n")


@pytest.mark.parametrize("label", ["Agenda", "Agenda:", "Agendan var:", "Program"])
def test_a_bulleted_agenda_under_an_agenda_label(label):
    titles = [i.title for i in parse_text(_notes(label), "x.txt").items]
    assert titles == ["Välkomna", "Läget i kommunerna", "Gemensam fortbildning", "Övriga frågor"]


def test_an_agenda_label_over_lines_without_bullets_gives_no_list():
    assert parse_text(_notes("Agenda:", bullet=""), "x.txt").items == []


def test_a_bulleted_programme_inside_an_item_is_its_text_not_items():
    text = ("Protokoll\nStyrelsen\nDatum: 2025-03-12\n\n§ 1 Konferens i maj\nProgram\n• Inledning\n• Workshop\n"
            "• Avslutning\nStyrelsen beslutar att delta.\n\n§ 2 Övriga frågor\nInga övriga frågor.\n")
    assert [i.title for i in parse_text(text, "x.txt").items] == ["Konferens i maj", "Övriga frågor"]
