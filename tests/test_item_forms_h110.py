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


#: a federation's agenda copied flat, some item numbers lost: a note on the papers ("Handlingar delas ut ...")
#: follows a title and is no title of its own, and a title may end in a noun compounded with an acronym
NOTED_AGENDA = (
    "KALLELSE/FÖREDRAGNINGSLISTA 4 Direktionen för Norrby Vårdförbund Ärenden Sid 1. Justering - 2. Val av presidium "
    "för direktionen i Norrby Vårdförbund 3. Överlåtelse av huvudmannaskapet för vårdprogrammet Upphandlingsunderlag, "
    "köp av tjänster inom vårdutbildning Handlingar delas ut under sammanträdet 5. Styrgrupp för LYFT-projektet "
    "Upphandlingsunderlag, köp av konsulttjänster till EU-projektet Handlingar delas ut under sammanträdet "
    "7. Budgetuppföljning per april 8. Övriga frågor")


def test_a_papers_note_is_no_title_where_a_number_was_lost():
    items = [(it.number, it.title) for it in parse_text(NOTED_AGENDA, "x.txt").items]
    assert ("4", "Upphandlingsunderlag, köp av tjänster inom vårdutbildning") in items
    assert ("3", "Överlåtelse av huvudmannaskapet för vårdprogrammet") in items
    assert ("5", "Styrgrupp för LYFT-projektet") in items
    assert ("6", "Upphandlingsunderlag, köp av konsulttjänster till EU-projektet") in items


#: a protocol's first page copied flat: its one numbered paragraph run on after the opening, the body's decision
#: right after its title
LONE_PARAGRAPH = (
    "PROTOKOLL 3/2025 Direktionen Räddningstjänsten Norrby Plats: Brandstationen, Norrby Beslutande: Eva Lund (S) "
    "ordförande Per Ek (M)\n\n"
    "Sekreterare: Lisa Holm Ordförande: Eva Lund Justerande: Per Ek\n\n"
    "4 av 18 Mötet öppnas. Ordföranden hälsar alla välkomna och förklarar mötet öppnat. 22. Val av justerare samt "
    "tid för justering. Direktionen beslutar: Utse Per Ek att justera dagens protokoll. Justering sker på "
    "brandstationen den 14 maj.\n")


def test_a_lone_numbered_paragraph_opened_by_the_body_decision_is_an_item():
    items = [(it.number, it.title.rstrip(".")) for it in parse_text(LONE_PARAGRAPH, "x.txt").items]
    assert items == [("22", "Val av justerare samt tid för justering")]


def test_a_lone_numbered_line_without_a_decision_is_still_no_item():
    text = LONE_PARAGRAPH.replace("Direktionen beslutar: Utse", "Vi talade om att utse")
    assert parse_text(text, "x.txt").items == []


#: a committee's agenda whose copy lost some item numbers: item 7's title joined item 6's line, item 11's
#: line is there but read as no heading, and item 4 is left out of the list on purpose (no title on its line)
LOST_NUMBERS = """KALLELSE TILL SOCIALNÄMNDEN
Socialnämnden kallas till sammanträde torsdagen den 4 december 2025 kl 14:00 i Ekesalen, Norrby kommunhus.

Föredragningslista
1. Val av justerare
2. Tid och plats för justeringen
3. Budgetuppföljning
5. Försörjningsstöd
6. Ungdomsgruppen kl Förebyggande arbete
8. Ensamkommande barn
9. Riktlinjer avseende boendestöd
10. Öppet hus i juni kl Beslutsärenden
11 Arbetsordning för nämnden m fl fram till årsskiftet 2026 Utsändes -Arbetsordning -Delegation -Attest -Rapportering -Arkiv -Lokaler -Ekonomi
12. Tillsynsplan för Norrby kommun
"""


def test_a_title_whose_number_was_lost_is_cut_from_the_line_before_the_gap():
    items = [(it.number, it.title) for it in parse_text(LOST_NUMBERS, "x.txt").items]
    assert ("6", "Ungdomsgruppen") in items
    assert ("7", "Förebyggande arbete") in items
    assert ("8", "Ensamkommande barn") in items


def test_no_title_is_cut_where_the_gap_has_no_single_title_start_or_its_number_is_written():
    items = [(it.number, it.title) for it in parse_text(LOST_NUMBERS, "x.txt").items]
    assert not any(n == "4" for n, _ in items)  # "3. Budgetuppföljning": no second title on its line
    assert ("11", "Beslutsärenden") not in items  # "11 Arbetsordning ..." is written between 10 and 12


def test_an_address_after_the_title_before_a_gap_is_no_lost_title():
    text = LOST_NUMBERS.replace("6. Ungdomsgruppen kl Förebyggande arbete", "6. Bygglov för tillbyggnad Storgatan 5")
    items = [(it.number, it.title) for it in parse_text(text, "x.txt").items]
    assert not any(n == "7" for n, _ in items)
