"""A title that lists the matters of a coming meeting ("Lista över ärenden till nämndens sammanträde") names an
agenda (issue 10)."""

from __future__ import annotations

from pathlib import Path

from conftest import record_of


def test_a_list_of_matters_to_a_meeting_is_an_agenda(tmp_path: Path) -> None:
    text = ("Lista över ärenden till kulturnämndens sammanträde onsdagen den 9 april 2025\n\n"
            "1. Val av justerare\n2. Bidrag till studieförbunden\n3. Biblioteksplan 2026\n")
    assert record_of(tmp_path, "lista.txt", text).kind == "agenda"


def test_a_protocols_item_on_a_list_of_matters_keeps_its_kind(tmp_path: Path) -> None:
    text = ("Protokoll fört vid kulturnämndens sammanträde den 9 april 2025\n\n"
            "§ 1 Val av justerare\nNämnden utsåg Eva Lind att justera protokollet.\n\n"
            "§ 2 Lista över ärenden till nästa sammanträde\nNämnden godkände listan.\n")
    assert record_of(tmp_path, "protokoll.txt", text).kind == "protocol"


def test_a_prose_invitation_to_a_conference_is_an_agenda(tmp_path: Path) -> None:
    text = ("Vårkonferensen den 14-15 maj 2026\n\nKära medlemmar!\n"
            "Styrelsen önskar er varmt välkomna till vårkonferensen, två dagar om kompetensförsörjning i Örebro.\n"
            "Vi ses i maj!\nMaria Holm\nOrdförande\n")
    assert record_of(tmp_path, "inbjudan.txt", text).kind == "agenda"


def test_prose_that_tells_a_conference_as_held_is_no_invitation(tmp_path: Path) -> None:
    text = ("Rapport från vårkonferensen den 14-15 maj 2026\n\nDeltagarna välkomnades till konferensen av "
            "Maria Holm. Välkommen till konferensen, sa hon, och därefter diskuterades kompetensförsörjning.\n")
    assert record_of(tmp_path, "referat.txt", text).kind != "agenda"
