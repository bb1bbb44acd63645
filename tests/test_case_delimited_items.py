"""Items whose numbers were lost, read from the case numbers that delimit their titles (parse/casedelimited.py)."""

from protokoll.parse.assemble import parse_text
from protokoll.parse.casedelimited import case_items
from protokoll.parse.headings import Heading
from protokoll.parse.lines import Line


def _items(text: str) -> list[tuple]:
    return [(i.number, i.title) for i in parse_text(text, "t.txt").items]


def test_titles_between_case_numbers_fill_the_numbers_a_flattened_list_lost():
    lines = [Line("8. Bokslut NPR 2016/ Vattenråd 2018 NPR 2018/ Norrådagen 2018 NPR Information/Rapporter", 0),
             Line("11. Skrivelse från länsstyrelsen (muntlig)", 90)]
    heads = [Heading(0, "8", "Bokslut NPR Vattenråd 2018 NPR Norrådagen 2018 NPR Information/Rapporter", "num", 1.0),
             Heading(1, "11", "Skrivelse från länsstyrelsen (muntlig)", "num", 1.0)]
    cut, found = case_items(lines, heads)
    assert [(h.number, h.title) for h in found] == [("8", "Bokslut"), (None, "Vattenråd 2018"),
                                                    (None, "Norrådagen 2018"), ("11", heads[1].title)]
    assert [cut[h.index].text for h in found][1:3] == ["Vattenråd 2018 NPR 2018/",
                                                       "Norrådagen 2018 NPR Information/Rapporter"]


def test_no_more_titles_than_the_numbers_leave_room_for():
    lines = [Line("8. Bokslut NPR 2016/ Vattenråd 2018 NPR 2018/ Norrådagen 2018 NPR Information/Rapporter", 0),
             Line("10. Skrivelse från länsstyrelsen (muntlig)", 90)]
    heads = [Heading(0, "8", "Bokslut", "num", 1.0), Heading(1, "10", "Skrivelse", "num", 1.0)]
    assert case_items(lines, heads) == (lines, heads)


RUN = """Byggnadsnämnden i Storvik
KALLELSE
Tid: onsdagen den 14 mars 2018 kl. 13.00
Plats: Sammanträdesrummet Linden, Kommunhuset

Ärenden
Detaljplan för kvarteret Granen Dnr BN 2018/0112 Ändring av parkeringsnorm Dnr BN 2018/0098 Bygglov för \
förskola i Norrby Dnr BN 2017/0456 Tillsyn av ovårdad tomt Dnr BN 2018/0031 Övriga frågor

Karin Ljung
ordförande
"""


def test_a_run_of_case_numbers_without_item_numbers_is_a_list_of_items():
    assert _items(RUN) == [(None, "Detaljplan för kvarteret Granen"), (None, "Ändring av parkeringsnorm"),
                           (None, "Bygglov för förskola i Norrby"), (None, "Tillsyn av ovårdad tomt")]


ROWS = """Miljönämnden i Lindås
FÖREDRAGNINGSLISTA
Sammanträde tisdagen den 6 februari 2018 kl. 09.00 i Ekensalen

Tillsyn av Lindås avloppsreningsverk          MN 2017/0331
Remiss om vattenskyddsområde för Åsen         MN 2018/0014
Taxa för offentlig kontroll av livsmedel      MN 2017/0412

Eva Strand, ordförande
"""


def test_register_rows_one_a_line_are_items():
    assert _items(ROWS) == [(None, "Tillsyn av Lindås avloppsreningsverk"),
                            (None, "Remiss om vattenskyddsområde för Åsen"),
                            (None, "Taxa för offentlig kontroll av livsmedel")]


def test_a_list_of_cited_papers_or_decisions_abstains():
    cited = [Line("Protokoll KS 2017/0012 Bilaga 2 KS 2017/0013 Protokoll 2017-03-01 KS 2017/0014 Skrivelse", 0)]
    assert case_items(cited, []) == (cited, [])
    decided = [Line("Dnr 2016/ Kommunchefens beslut 4 mars om tillstånd. Dnr 2016/ Beslut om bidrag. Dnr 2016/ x", 0)]
    assert case_items(decided, []) == (decided, [])
    seasons = [Line("Säsong 2016/2017 Budget 2017/2018 Plan 2018/19 Avgifter 2019/2020 Taxor", 0)]
    assert case_items(seasons, []) == (seasons, [])


def test_a_gap_with_a_text_that_is_no_title_abstains():
    lines = [Line("3. Budget KS 2018/1 Bilaga a) Utskottets protokoll KS 2018/2 Information om lokaler", 0),
             Line("6. Övriga frågor", 100)]
    heads = [Heading(0, "3", "Budget", "num", 1.0), Heading(1, "6", "Övriga frågor", "num", 1.0)]
    assert case_items(lines, heads) == (lines, heads)


REGISTER = """REGISTER Sida 1(2) Tid: Tisdagen den 5 mars 2019 kl 18.00 Plats: Folkets hus, Ödeby Ärende \
1. Inkomna avsägelser 2. Anmälan av motioner 3. Budgetuppföljning Dnr: KS Taxa för bygglov Dnr: KS Reglemente \
för valnämnden. Dnr: KS Försäljning av tomtmark i Norrby Dnr: KS Lokalprogram för skolan Dnr: KS Översiktsplan för \
Ödeby Dnr: KS Policy för sociala medier Dnr: KS

REGISTER Sida 2(2) Ärende 10. Renhållningsföreskrifter för Ödeby kommun. Dnr: KS Svar på motion om laddstolpar \
Dnr: KS Val av nämndemän Dnr: KS
"""


def test_the_recurring_label_whose_numbers_were_lost_delimits_the_list_after_its_last_number():
    assert _items(REGISTER)[2:] == [
        ("3", "Budgetuppföljning"), (None, "Taxa för bygglov"), (None, "Reglemente för valnämnden"),
        (None, "Försäljning av tomtmark i Norrby"), (None, "Lokalprogram för skolan"),
        (None, "Översiktsplan för Ödeby"),
        (None, "Policy för sociala medier"), ("10", "Renhållningsföreskrifter för Ödeby kommun"),
        (None, "Svar på motion om laddstolpar"), (None, "Val av nämndemän")]


def test_register_rows_after_the_last_number_are_its_items():
    lines = [Line("4. Budget för 2019", 0), Line("Dnr SN 2019/ Lokalförsörjningsplan", 20),
             Line("Dnr SN 2019/ Taxor och avgifter", 60), Line("Dnr SN 2018/ Riktlinjer för bistånd", 90)]
    heads = [Heading(0, "4", "Budget för 2019", "num", 1.0)]
    cut, found = case_items(lines, heads)
    assert [(h.number, h.title) for h in found] == [("4", "Budget för 2019"), (None, "Lokalförsörjningsplan"),
                                                    (None, "Taxor och avgifter"), (None, "Riktlinjer för bistånd")]
    two = lines[:3]
    assert case_items(two, heads) == (two, heads)  # two rows are no run


def test_a_tail_of_sentences_between_case_numbers_abstains():
    lines = [Line("4. Anmälan av delegationsbeslut Dnr: KS Beslut om bidrag till föreningen Dnr: KS Yttrandet "
                  "lämnades den 4 mars Dnr: KS Skrivelse från länsstyrelsen Dnr: KS", 0)]
    heads = [Heading(0, "4", "Anmälan av delegationsbeslut", "num", 1.0)]
    assert case_items(lines, heads) == (lines, heads)


def test_a_gap_whose_text_goes_on_in_lower_case_after_the_last_case_number_abstains():
    lines = [Line("2. Budget NPR 2026/14 Taxor för parkering NPR 2026/15 och svar på en fråga om skolskjuts", 0),
             Line("5. Övrigt", 90)]
    heads = [Heading(0, "2", "Budget", "num", 1.0), Heading(1, "5", "Övrigt", "num", 1.0)]
    assert case_items(lines, heads) == (lines, heads)
