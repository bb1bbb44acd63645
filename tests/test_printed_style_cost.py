"""How a document prints its item numbers (issue 12): where every number stands after its "§", the numbers opening a
line are not looked for (no other style can count more); a mixed document is still read by the counts."""

from protokoll.swedish import minutes
from regex_parts import Spy

PROTOCOL = "§ 14 Val av justerare\nEva Holm utses.\n\n§ 15 Budget\n1. Bakgrund\nText.\n\n§ 16 Avslutning\n"


def test_numbers_all_after_their_sign_need_no_scan_of_line_openings(monkeypatch):
    spy = Spy(minutes._AFTER_SPACE)
    monkeypatch.setattr(minutes, "_AFTER_SPACE", spy)
    assert minutes.printed_style(PROTOCOL, ["14", "15", "16"]) == minutes.SECTION
    assert spy.calls == 0


def test_a_document_not_all_after_its_sign_is_read_by_the_counts():
    text = "§ 14 Val av justerare\n\n15. Budget\n\n16. Avslutning\n"
    assert minutes.printed_style(text, ["14", "15", "16"]) == minutes.PERIOD
    assert minutes.printed_style("§ 14 Val\n\n§ 15 Budget\n\n16. Avslutning\n", ["14", "15", "16"]) == minutes.SECTION
    assert minutes.printed_style("Val\n\nBudget\n", ["1", "2"]) == minutes.BARE
