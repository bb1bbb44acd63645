"""A title that lists the matters of a coming meeting ("Lista över ärenden till nämndens sammanträde") names an
agenda (issue 10)."""

from __future__ import annotations

from pathlib import Path

from protokoll.pipeline import load, process


def test_a_list_of_matters_to_a_meeting_is_an_agenda(tmp_path: Path) -> None:
    path = tmp_path / "lista.txt"
    path.write_text("Lista över ärenden till kulturnämndens sammanträde onsdagen den 9 april 2025\n\n"
                    "1. Val av justerare\n2. Bidrag till studieförbunden\n3. Biblioteksplan 2026\n", encoding="utf-8")
    doc, source = load(path)
    assert process(path, doc, source).record.kind == "agenda"


def test_a_protocols_item_on_a_list_of_matters_keeps_its_kind(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.txt"
    path.write_text("Protokoll fört vid kulturnämndens sammanträde den 9 april 2025\n\n"
                    "§ 1 Val av justerare\nNämnden utsåg Eva Lind att justera protokollet.\n\n"
                    "§ 2 Lista över ärenden till nästa sammanträde\nNämnden godkände listan.\n", encoding="utf-8")
    doc, source = load(path)
    assert process(path, doc, source).record.kind == "protocol"
