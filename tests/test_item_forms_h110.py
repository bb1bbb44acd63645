"""Items of § protocols and agendas in forms met in fresh real documents (issue 10, h110, session 15).
The documents are written for these tests: names, places and numbers are invented."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.headings import cut_run_on_title

#: a regional assembly's agenda copied flat: each item's numbered proposals ("1. ...") follow its title, the persons
#: to be chosen still written as placeholders
FLAT_AGENDA = (
    "FÖREDRAGNINGSLISTA 1 (9) Organ Regionfullmäktige Plats Sessionssalen, Länshuset, Norrby Tidpunkt Onsdagen den "
    "12 mars 2025, klockan 10.00 1 Sammanträdet öppnas 2 Närvaro Närvaron kontrolleras genom upprop. "
    "3 Val av två justerare att tillsammans med ordföranden justera protokollet 4 Information 1. xxx och yyy "
    "utses att jämte ordföranden justera protokollet fredagen den 21 mars i Länshuset. Information från "
    "regiondirektören om läget i vården. 1. Informationen noteras. 5 Sammanträdesplan 2026 Fullmäktige föreslås "
    "sammanträda sex gånger under året. 1. Sammanträdesplanen fastställs. 6 Anmälningsärenden")


def test_restarted_list_ends_title():
    assert cut_run_on_title("4 Information 1. Eva Lund och Per Ek utses att jämte ordföranden justera") == "4 Information"
    assert cut_run_on_title("Budget 1) Budgeten fastställs enligt förslaget") == "Budget"


def test_restarted_list_keeps_own_number_and_digits():
    assert cut_run_on_title("§ 1. Val av justerare") == "§ 1. Val av justerare"
    assert cut_run_on_title("1. Val av justerare 2. Upprop") == "1. Val av justerare 2. Upprop"
    # a year before "1." is no title word ending: left as it was
    assert cut_run_on_title("3 Budget 2026 1. Budgeten fastställs.") == "3 Budget 2026 1. Budgeten fastställs."


def test_flat_agenda_item_title_before_its_proposals():
    titles = {it.number: it.title for it in parse_text(FLAT_AGENDA, "x.txt").items}
    assert titles.get("4") == "Information"
