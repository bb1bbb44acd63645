"""A member written by the given name and the surname's initial without its period ("Björn L kontaktar ...",
"Lars-Gunnar B presenterade ..."), as network notes name those they list in full under "Närvarande": the one
attendee so written (parse/listedpresenters.resolve), else nothing (a presenter) or as written (an assignee)."""

from pathlib import Path

from protokoll.pipeline import load, process

NOTES = ("Mötesanteckningar från den 4 mars 2025 cykelgruppen i Österby\n\n"
         "Närvarande: Greta Holmqvist, Mats-Olof Brandt, Sune Lindkvist och Rut Ahlgren.\n\n"
         "1. Cykelvägen\nMats-Olof B presenterade kommunens förslag till ny cykelväg längs ån.\n\n"
         "2. Cykelns dag\nSune L kontaktar föreningarna om cykelns dag. Greta H bokar torget.\n\n"
         "3. Skyltar\nPer K kontaktar Trafikverket om skyltarna.\n")


def _items(tmp_path: Path):
    p = tmp_path / "anteckningar.txt"
    p.write_text(NOTES, encoding="utf-8")
    doc, sources = load(p)
    return process(p, doc, sources).record.items


def test_a_presenter_so_written_is_the_attendee(tmp_path):
    assert _items(tmp_path)[0].presenters == ["Mats-Olof Brandt"]


def test_assignees_so_written_are_the_attendees(tmp_path):
    items = _items(tmp_path)
    assert [a.assignee for a in items[1].assignments] == ["Sune Lindkvist", "Greta Holmqvist"]
    assert [a.assignee for a in items[2].assignments] == ["Per K"]  # no attendee so written: as written
