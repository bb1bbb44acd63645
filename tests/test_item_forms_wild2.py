"""Item headings and titles in forms met in real web-extracted documents, second pass (issue 10, h10):
agenda lines whose neighbours stand across a section heading or an item's short notes, an item after one
whose title ends in "...beslut", clock times after an opening/closing item, numbers a word counts ("del 1"),
an acronym after a preposition. The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text


def items(text: str):
    return [(it.number, it.title) for it in parse_text(text, "case.txt").items]


WEB_AGENDA = """Sammanträde 2022-03-10

Tid
16:00
Plats
Stadshuset, sal B

1 Val av justerare och tid för protokollets justering

Beslutsärenden

2 Ansökan om bidrag till upprustning av samlingslokalen i Nybyn inför säsongen som börjar i maj

Remiss från kulturförvaltningen
Dnr 2022-0113

Omedelbar justering

3 Yttrande över förslag till regional plan för kollektivtrafiken i länet för perioden fram till år 2030

Remiss från regionen
Dnr 2022-0154

4 Övriga frågor
"""


def test_long_agenda_lines_count_across_a_section_heading_and_short_notes():
    assert [n for n, _ in items(WEB_AGENDA)] == ["1", "2", "3", "4"]


def test_a_long_numbered_line_between_paragraphs_is_still_no_heading():
    text = WEB_AGENDA.replace("\nOmedelbar justering\n", "\nDen ansökan som kom in i januari gäller en ombyggnad av köket "
                              "och nya fönster i den stora salen.\n").replace("\n4 Övriga frågor\n", "\n")
    assert [n for n, _ in items(text)] == ["1", "2"]


FORMALIA = """Protokoll styrelsemöte 2023-04-02

1. Mötets öppnande 18:05
2. Delegationsbeslut
3. Möte med SKR
4. Rapport om internkontroll - del 2
5. Bygglov för Norrby 2:15
6. Mötets avslutande 19.40
"""


def test_formalia_titles_keep_what_belongs_to_them_and_lose_clock_times():
    assert items(FORMALIA) == [("1", "Mötets öppnande"), ("2", "Delegationsbeslut"), ("3", "Möte med SKR"),
                               ("4", "Rapport om internkontroll - del 2"), ("5", "Bygglov för Norrby 2:15"),
                               ("6", "Mötets avslutande")]


def test_a_decision_label_still_opens_a_list_of_clauses_that_are_no_items():
    text = """Protokoll styrelsemöte 2023-04-02

1. Val av justerare
Styrelsen väljer Ola Berg.

2. Budget
Styrelsen beslutade:
1. att anta budgeten
2. att redovisa den på årsmötet
"""
    assert items(text) == [("1", "Val av justerare"), ("2", "Budget")]


def test_a_page_mark_before_an_item_heading_is_no_part_of_it():
    text = """NÄMNDPROTOKOLL 1(12)
Tekniska nämnden
Plats och tid Rådhuset 2023-02-01 kl 18.00

2(12) 1 Godkännande av kallelse
Kallelsen godkänns.

3(12) 2 Fastställande av dagordning
Dagordningen fastställs med ett tillägg.
"""
    assert items(text) == [("1", "Godkännande av kallelse"), ("2", "Fastställande av dagordning")]


LONE_PREFIX = """Tekniska nämnden
Protokoll 2023-02-01

TN 27 Ny hastighetsplan för tätorten
Dnr TN 2022/118
Förvaltningen har tagit fram ett förslag till ny hastighetsplan.
Beslut
Nämnden antar hastighetsplanen.
"""


def test_a_lone_heading_after_a_short_name_counts_when_its_case_number_opens_the_next_line():
    assert items(LONE_PREFIX) == [("27", "Ny hastighetsplan för tätorten")]


def test_a_lone_short_name_and_number_without_an_item_under_it_is_no_heading():
    text = LONE_PREFIX.replace("Dnr TN 2022/118\n", "")
    assert items(text) == []


def test_a_flattened_pages_index_and_running_head_is_no_item_number():
    from protokoll.parse.inline import page_repeat

    assert page_repeat("3 KOMMUNEN PROTOKOLL 3 Ks 41 Dnr 2023/12 Svar på motion")
    assert not page_repeat("3 Val av justerare 3 ledamöter")
    assert not page_repeat("3 Budget 2024")


def test_a_case_descriptions_numbered_points_are_no_items():
    text = """Protokoll
Kulturnämnden 2023-03-01

Information från förvaltningen Ärendebeskrivning

1. Sommarens program
Förvaltningschefen berättade om sommarens program i parken.

2. Nya öppettider på biblioteket
Bibliotekschefen redovisade förslaget till nya öppettider.
"""
    assert items(text) == []
    assert [n for n, _ in items(text.replace(" Ärendebeskrivning\n", "\n"))] == ["1", "2"]


SUBPOINTS = """Styrelsemöte 2023-06-11

1. Mötets öppnande
Mötet öppnades.
2. Sommarfesten
2.1 Inbjudan
Styrelsen beslutar att Sara skickar ut inbjudan.
2.2 Budget
Styrelsen diskuterade kostnaderna.
3. Övriga frågor
Inga övriga frågor.
"""


def test_a_decision_under_a_sub_points_heading_is_read():
    # the numbered sub-points are items of their own (parse.subpoints): the decision stays with its point
    rec = parse_text(SUBPOINTS, "case.txt")
    assert [(it.number, it.decisions) for it in rec.items] == [
        ("1", []), ("2", []), ("2.1", ["Styrelsen beslutar att Sara skickar ut inbjudan."]), ("2.2", []), ("3", [])]


def test_paragraphs_numbered_after_a_short_name_with_their_year_run_on_in_one_line():
    text = ("Kommunstyrelsen Innehåll KS 41/23 Val av justerare KS 42/23 Budget för kommunstyrelsen 2024 "
            "KS 43/23 Motion om fler laddplatser för elbilar i centrum KS 44/23 Anmälan av delegationsbeslut "
            "KS 45/23 Information från kommundirektören om arbetet med den nya översiktsplanen\n")
    assert [n for n, _ in items(text)][-4:] == ["42", "43", "44", "45"]
    assert ("43", "Motion om fler laddplatser för elbilar i centrum") in items(text)


def test_a_case_number_after_a_short_name_is_no_paragraph_number():
    from protokoll.parse.inline import TOKEN

    assert TOKEN.search("Dnr KS 2018/14 Information om läget") is None
    assert TOKEN.search("text KS 41/23 Val av justerare").group("p") == "41"


ANNUAL = """Årsmötesprotokoll 2023-03-18

1. Val av ordförande för mötet
Till ordförande valdes Karin Holm.
2. Kallelsen till mötet godkändes.
3. Beslöts att medlemsavgiften ska vara oförändrad.
4. Verksamhetsberättelse
5. Val av revisor
"""


def test_a_point_written_as_its_decision_sentence_is_its_title_and_decision():
    rec = parse_text(ANNUAL, "case.txt")
    # a heading's decision under it is read; a headingless deciding sentence is the point's title and decision
    assert [(it.number, it.decisions) for it in rec.items] == [
        ("1", ["Till ordförande valdes Karin Holm."]), ("2", ["Kallelsen till mötet godkändes."]),
        ("3", ["Beslöts att medlemsavgiften ska vara oförändrad."]), ("4", []), ("5", [])]
    assert rec.items[1].title == "Kallelsen till mötet godkändes."
