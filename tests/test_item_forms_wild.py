"""Item headings written in forms met in real web-extracted documents (issue 10): paragraphs numbered with
their year ("§ 63/20"), agenda lines that end in a full stop, titles in quotation marks. The documents are
written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text


def items(text: str):
    return [(it.number, it.title) for it in parse_text(text, "case.txt").items]


PARA_YEAR = """PROTOKOLL
Kultur- och fritidsnämnden
Datum: 2021-03-15

§ 14/21 Val av justerare

Nämnden utser Eva Lind att justera protokollet.

§ 15/21 Budgetuppföljning februari

Beslut
att godkänna uppföljningen.

§ 16/2021 Ny bibliotekslokal i Norrby

Beslut
att ge förvaltningen i uppdrag att ta fram ett förslag.
"""


def test_paragraphs_numbered_with_their_year_are_items_numbered_without_it():
    assert items(PARA_YEAR) == [("14", "Val av justerare"), ("15", "Budgetuppföljning februari"),
                                ("16", "Ny bibliotekslokal i Norrby")]


def test_a_case_number_after_the_sign_is_no_paragraph_number():
    text = PARA_YEAR.replace("§ 15/21 Budgetuppföljning", "§ 2019/45 Budgetuppföljning")
    assert items(text) == [("14", "Val av justerare"), ("16", "Ny bibliotekslokal i Norrby")]


AGENDA_FULL_STOP = """Föredragningslista
Omsorgsnämnden
Sammanträde 2024-05-21

1 Information om nya trygghetslarm.

Omsorgsnämndens förslag till beslut
- Informationen noteras.

2 Uppföljning av hemtjänstens kvalitet.

Dnr 2024/ON 0101

Omsorgsnämndens förslag till beslut
1. Uppföljningen noteras.
2. Förvaltningen återrapporterar i september.

3 "Trygg hemma" - svar på medborgarförslag

Dnr 2024/ON 0093
"""


def test_agenda_lines_ending_in_a_full_stop_are_items_when_an_item_opens_under_them():
    assert items(AGENDA_FULL_STOP) == [("1", "Information om nya trygghetslarm"),
                                       ("2", "Uppföljning av hemtjänstens kvalitet"),
                                       ("3", '"Trygg hemma" - svar på medborgarförslag')]


def test_a_numbered_sentence_without_an_item_opening_under_it_stays_text():
    text = ("Minnesanteckningar\nStyrgruppen\nDatum: 2024-05-21\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            "2. Ekonomi\nKassören redogjorde för läget.\n3 personer har anmält intresse för kursen.\n"
            "Gruppen noterade informationen.\n")
    assert items(text) == [("1", "Mötets öppnande"), ("2", "Ekonomi")]


CONTENTS_WITH_LEADERS = """PROTOKOLL
Tekniska nämnden
Datum: 2022-04-04

Ärendelista
12 Dnr TN 2022/14 Information... 3
13 Dnr TN 2022/20 Årsredovisning för tekniska nämnden 2021... 4
14 Dnr TN 2022/31 Ny taxa för parkering .... 7-8
"""


def test_a_contents_list_dot_leader_and_page_number_are_not_part_of_the_title():
    assert [t for _, t in items(CONTENTS_WITH_LEADERS)] == [
        "Information", "Årsredovisning för tekniska nämnden 2021", "Ny taxa för parkering"]


def test_a_decision_label_run_on_into_its_sentence_is_not_part_of_the_decision():
    text = ("Protokoll\nKommunstyrelsen\nDatum: 2014-09-09\n\n§ 88 Val till kommunala uppdrag Beslut Nedanstående "
            "avsägelser godkänns: Per Eks (M) avsägelse som ledamot i rådet att gälla från 1 oktober\n")
    decisions = parse_text(text, "case.txt").items[0].decisions
    assert decisions == ["Nedanstående avsägelser godkänns: Per Eks (M) avsägelse som ledamot i rådet att gälla från 1 oktober"]


AGENDA_RUN_ON = """Kallelse
Barn- och utbildningsnämnden
Sammanträde 2024-03-20

1 Information från förvaltningen Diarienummer 2024/BUN 0011
Barn- och utbildningsnämndens förslag till beslut - Informationen noteras.

2 Ansökan om att starta en fristående förskola med inriktning mot natur och friluftsliv Diarienummer 2024/BUN 0020
Barn- och utbildningsnämndens förslag till beslut - Ansökan tillstyrks. Beskrivning av ärendet En huvudman har ansökt.

3 Tillsyn av två förskolor i Norrby Diarienummer 2024/BUN 0031
Barn- och utbildningsnämndens förslag till beslut 1. Tillsynsrapporterna noteras 2. Ekbacken redovisar sina rutiner
"""


def test_long_agenda_headings_with_their_case_number_and_a_run_on_proposal_under_them():
    record = parse_text(AGENDA_RUN_ON, "case.txt")
    assert [(it.number, it.title) for it in record.items] == [
        ("1", "Information från förvaltningen"),
        ("2", "Ansökan om att starta en fristående förskola med inriktning mot natur och friluftsliv"),
        ("3", "Tillsyn av två förskolor i Norrby")]
    assert [it.proposed_decision for it in record.items] == [
        "Informationen noteras.", "Ansökan tillstyrks.",  # the description after it is no part of it
        "1. Tillsynsrapporterna noteras 2. Ekbacken redovisar sina rutiner"]
    assert all(it.decisions == [] for it in record.items)


ONE_LINE = ("Protokoll Miljönämnden Datum: 2024-03-20 Plats: Rådhuset Ärenden 1. Val av justerare Anna Berg utses att "
            "justera protokollet. 2. Tillsyn av avlopp i Norrby Nämndens förslag till beslut 1. Rapporten noteras "
            "2. Förvaltningen följer upp tillsynen 3. Uppföljningen redovisas i juni. Beslut Nämnden beslutar "
            "enligt förslaget. 3. Taxa för livsmedelskontroll Nämnden beslutar att anta taxan. 4. Övriga frågor "
            "Inga övriga frågor anmäldes.\n")


PLAIN_ITEMS_DOTTED_CLAUSES = (
    "Protokoll Miljönämnden Datum: 2024-03-20 Plats: Rådhuset Ärenden 1 Val av justerare Anna Berg utses att "
    "justera protokollet. 2 Tillsyn av avlopp i Norrby Nämndens förslag till beslut 1. Rapporten noteras "
    "2. Förvaltningen följer upp tillsynen 3. Uppföljningen redovisas i juni. Beslut Nämnden beslutar "
    "enligt förslaget. 3 Taxa för livsmedelskontroll Nämnden beslutar att anta taxan.\n")


def test_in_a_flattened_text_the_numbered_clauses_after_a_proposal_label_are_no_items():
    from protokoll.parse.inline import split_inline
    from protokoll.parse.lines import split_lines

    _, marks = split_inline(split_lines(PLAIN_ITEMS_DOTTED_CLAUSES))
    assert list(marks.values()) == [("1", "Val av justerare"), ("2", "Tillsyn av avlopp i Norrby"),
                                    ("3", "Taxa för livsmedelskontroll")]


def test_a_title_run_on_into_the_proposal_label_ends_before_it():
    record = parse_text(ONE_LINE, "case.txt")
    assert [(it.number, it.title) for it in record.items] == [
        ("1", "Val av justerare"), ("2", "Tillsyn av avlopp i Norrby"), ("3", "Taxa för livsmedelskontroll"),
        ("4", "Övriga frågor")]


FLAT_PAGES = ("Transkript 1 Protokoll Sida 1 (3) Plats och tid Stadshuset kl. 18.00-19.30 Beslutande Anna Berg (S) "
              "ordförande Per Ek (M) Utses att justera Per Ek "
              "2 Protokoll Sida 2 (3) Ärenden 7 Val av justerare Per Ek utses att justera protokollet. "
              "8 Budgetuppföljning Nämnden godkänner uppföljningen. "
              "3 Protokoll Sida 3 (3) 9 Lokalfrågor Nämnden beslutar att ge förvaltningen i uppdrag att utreda "
              "lokalbehovet.\n")


def test_a_flattened_pages_index_before_its_running_head_is_no_item_number():
    assert items(FLAT_PAGES) == [("7", "Val av justerare"), ("8", "Budgetuppföljning"), ("9", "Lokalfrågor")]


LONG_AGENDA = """Kallelse
Kommunfullmäktige
Sammanträde 2024-04-08

4 Svar på interpellation nr 2024:12 av Karin Holm (V) om tillgången till simundervisning för elever i årskurs tre. R2

5 Svar på interpellation nr 2024:15 av Olof Berg (S) om kommunens arbete med vägbelysning på landsbygden i norr. R4

6 Svar på interpellation nr 2024:17 av Lena Ström (C) om handläggningstiderna för bygglov i de mindre tätorterna. R1
"""


def test_long_agenda_lines_numbered_one_after_another_are_items():
    assert [n for n, _ in items(LONG_AGENDA)] == ["4", "5", "6"]


def test_a_long_numbered_line_alone_stays_text():
    text = LONG_AGENDA.split("\n5 ")[0] + "\n"
    assert items(text) == []


def decisions_of(sentence: str) -> list[str]:
    text = ("Protokoll\nStyrelsen\nDatum: 2024-05-02\n\n§ 5 Ärendet\nKansliet redogjorde för ärendet.\n" + sentence
            + "\n\n§ 6 Övrigt\nInga övriga frågor.\n")
    return parse_text(text, "case.txt").items[0].decisions


def test_decisions_written_as_a_body_decides_with_a_colon_or_a_passive_note():
    assert decisions_of("Direktionen beslutar: Utse Per Ek till justerare.") == ["Utse Per Ek till justerare."]
    assert decisions_of("Kommunstyrelsens arbetsutskott beslutar: Ärendet återremitteras.") == [
        "Ärendet återremitteras."]
    assert decisions_of("Noterades att kansliet har skickat ut enkäten.") == [
        "Noterades att kansliet har skickat ut enkäten."]
    assert decisions_of("Styrelsen fastställde dagordningen.") == ["Styrelsen fastställde dagordningen."]
    # the body's choice of who checks the minutes is its decision, as the present passive's is ("Till att justera
    # protokollet utses X", tests/test_formal_decisions.py) and as bench/varied's hand-made records write it (h174)
    assert decisions_of("Styrelsen utser Per Ek att justera protokollet.") == [
        "Styrelsen utser Per Ek att justera protokollet."]


def test_a_sentence_that_only_reports_is_no_decision():
    assert decisions_of("Ordföranden konstaterade att kansliet har bytt lokaler.") == []
    assert decisions_of("Rådet tog del av informationen om lokalerna.") == []


def test_a_line_break_tag_left_in_a_web_agenda_ends_the_title():
    text = ("Sammanträde 2024-06-12\n\n4 Ny förskola i Norrby<br>Genomförandebeslut\n\nDnr: 2.6-299-2024\n\n"
            "5 Revisionsberättelse för 2023<br />Yttrande till revisorerna\n\nDnr: 1.4-207-2024\n")
    assert items(text) == [("4", "Ny förskola i Norrby"), ("5", "Revisionsberättelse för 2023")]
