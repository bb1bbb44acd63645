"""Items and decisions in forms met in real web-extracted documents, fifth pass (issue 10, h4): an agenda's
"Anm." column and section headings run on into its titles, sub-points after a decision, decisions written as
bare "att"-clauses whose label was lost. The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.decided import unlabelled
from protokoll.parse.titles import clean_title

AGENDA = ("Kallelse Styrelsen för Mälarens Renhållning AB sammanträder tisdagen den 14 mars 2023 kl 13.00 "
          "Plats: Sammanträdesrummet 1 Mötets öppnande 2 Val av justerare Informationsärenden "
          "3 Verksamhetsrapport januari Utsändes 4 Rapport från ägarsamrådet Beslutsärenden "
          "5 Taxa för slamtömning 2024 Bifogas 6 Budget 2024 Utsändes senare 7 Övriga frågor 8 Mötets avslutande")


def test_an_agendas_section_headings_and_sent_out_notes_are_no_part_of_the_titles():
    titles = [(it.number, it.title) for it in parse_text(AGENDA, "x.txt").items]
    assert titles == [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Verksamhetsrapport januari"),
                      ("4", "Rapport från ägarsamrådet"), ("5", "Taxa för slamtömning 2024"),
                      ("6", "Budget 2024"), ("7", "Övriga frågor"), ("8", "Mötets avslutande")]


def test_the_words_stay_where_they_are_the_title_or_inside_it():
    assert clean_title("Beslutsärenden") == "Beslutsärenden"
    assert clean_title("Information om utsändes av kallelser") == "Information om utsändes av kallelser"
    assert clean_title("Rapport om informationsdel i webbsändningen") == "Rapport om informationsdel i webbsändningen"


SUBPOINTS = """Minnesanteckningar styrgruppen 2023-04-02

1. Mötet öppnas
2. Frågor
2.1. Sommarmötet Förslaget är att mötet hålls i juni. Beslut: att skicka ut två förslag på datum.
2.2. Ny mall för anteckningar från våra möten? Beslut: att använda den nya mallen från hösten.
3. Mötet avslutas
"""


def test_a_sub_points_line_ends_the_decision_before_it():
    # the numbered sub-points are items of their own (parse.subpoints): each keeps its own decision
    by = {it.number: it for it in parse_text(SUBPOINTS, "x.txt").items}
    assert by["2"].decisions == []
    assert by["2.1"].decisions == ["att skicka ut två förslag på datum."]
    assert by["2.2"].decisions == ["att använda den nya mallen från hösten."]


FLAT_MINUTES = ("Protokoll fört vid styrelsemöte i Bostads AB Linden 2023-02-10 "
                "12 Föregående protokoll VD gick igenom protokollet från förra mötet. Inga frågor kvarstod. "
                "att lägga protokollet till handlingarna. "
                "13 Uthyrning VD informerade om två nya hyresgäster i centrum. "
                "att lägga informationen till handlingarna. "
                "14 Underhåll VD redogjorde för planen. Arbetet ska vara klart i maj.")


def test_a_bare_att_clause_after_the_items_text_is_its_decision():
    items = {it.number: it.decisions for it in parse_text(FLAT_MINUTES, "x.txt").items}
    assert items["12"] == ["att lägga protokollet till handlingarna."]
    assert items["13"] == ["att lägga informationen till handlingarna."]
    assert items["14"] == []


def test_an_att_clause_inside_a_sentence_or_without_a_deciding_verb_is_no_decision():
    assert unlabelled("Förvaltningen föreslår att lägga ärendet till handlingarna.") is None
    assert unlabelled("Det finns skäl. att vänta med frågan är klokt") is None
    assert unlabelled("Texten lästes upp. att godkänna texten.") == "att godkänna texten."


CONTENTS = """PROTOKOLL Sida 2(12)
Socialnämndens arbetsutskott

Innehållsförteckning

§ 41/22 Fastställande av dagordning

§ 42/22 Riktlinjer för färdtjänst

§ 43/22 Uppföljning av hemtjänsten § 44/22 Övriga informationsärenden § 45/22 Övriga frågor
"""


def test_year_numbered_paragraphs_run_together_are_items_of_their_own():
    titles = [(it.number, it.title) for it in parse_text(CONTENTS, "x.txt").items]
    assert titles == [("41", "Fastställande av dagordning"), ("42", "Riktlinjer för färdtjänst"),
                      ("43", "Uppföljning av hemtjänsten"), ("44", "Övriga informationsärenden"),
                      ("45", "Övriga frågor")]


def test_a_reference_to_another_paragraph_inside_a_title_stays():
    from protokoll.parse.yearparagraphs import cut_year_paragraphs
    from protokoll.parse.textline import Line

    line = Line("§ 43/22 Ändring av beslutet i § 12/21 Ersättning till förtroendevalda", 0)
    assert cut_year_paragraphs([line]) == [line]
    line = Line("§ 43/22 Ändring av beslutet i § 44/21 Ersättning till förtroendevalda", 0)
    assert cut_year_paragraphs([line]) == [line]


MIXED_CASE = """Kultur- och fritidsnämnden
Sammanträdesprotokoll 2023-03-08

Bun 14 Dnr Skolskjutsreglemente 2024 Förvaltningen har sett över reglementet för skolskjuts. Barn- och utbildningsnämnden beslutar att anta reglementet.
Justerandes sign
"""


def test_a_mixed_case_short_name_heading_with_its_case_number_label():
    items = parse_text(MIXED_CASE, "x.txt").items
    assert [(it.number, it.title) for it in items] == [("14", "Skolskjutsreglemente 2024")]
    assert items[0].decisions == ["Barn- och utbildningsnämnden beslutar att anta reglementet."]


def test_a_capitalised_short_word_and_a_number_are_no_heading():
    text = MIXED_CASE.replace("Bun 14", "Sid 14")
    assert parse_text(text, "x.txt").items == []


NETWORK = """Minnesanteckningar nätverket för folkhälsa 2023-05-04

1. Rapporter
Konstaterades att alla kommuner har lämnat sina rapporter.

2. Nätverkets namn
Beslut: Namnet ändras till Folkhälsonätverket.
Beslutet skickas till samtliga kommuner.

3. Övrigt
Mötet beslutade att nästa möte hålls digitalt.
Vi beslutade att skicka ut anteckningarna inom en vecka.
Det konstaterades att ekonomin är god.

4. Hemsidan
Beslut: Sidan uppdateras i juni. Expedieras till kommunikatörerna.
"""


def test_informal_minutes_decisions_each_of_its_own_and_without_their_routing():
    decisions = {it.number: it.decisions for it in parse_text(NETWORK, "x.txt").items}
    assert decisions == {
        "1": ["Konstaterades att alla kommuner har lämnat sina rapporter."],
        "2": ["Namnet ändras till Folkhälsonätverket."],
        # "Mötet beslutade att ..." in running text is the body's sentence, its subject kept (h174)
        "3": ["Mötet beslutade att nästa möte hålls digitalt.",
              "Vi beslutade att skicka ut anteckningarna inom en vecka.", "Det konstaterades att ekonomin är god."],
        "4": ["Sidan uppdateras i juni."],
    }


def test_an_att_clause_wrapped_onto_a_capitalised_line_stays_one_decision():
    text = "1. Budget\nBeslut\natt anta budgeten för\nHögskolan enligt förslaget.\n"
    assert parse_text(text, "x.txt").items[0].decisions == ["att anta budgeten för Högskolan enligt förslaget."]


def test_an_acronym_compound_after_an_adjective_stays_in_the_title():
    from protokoll.parse.runon import split_sentence

    head, rest = split_sentence("Anteckningar från föregående AU-möte Anteckningarna var bifogade kallelsen.")
    assert (head, rest) == ("Anteckningar från föregående AU-möte", "Anteckningarna var bifogade kallelsen.")
    head, _ = split_sentence("Budgetuppföljning IT-chefen redovisade utfallet för perioden.")
    assert head == "Budgetuppföljning"


def test_an_agenda_line_with_its_sub_points_run_on_is_no_page_index():
    from protokoll.parse.inlinetokens import page_repeat

    assert not page_repeat("4 Ekonomi Utsändes 4.1 Resultat 4.2 Likviditet")
    assert page_repeat("4 KOMMUNSTYRELSEN PROTOKOLL 4 Ks 41 Dnr 2023/12")
    text = AGENDA.replace("3 Verksamhetsrapport januari Utsändes", "3 Ekonomi Utsändes 3.1 Resultat 3.2 Likviditet")
    numbers = [it.number for it in parse_text(text, "x.txt").items]
    assert numbers == ["1", "2", "3", "4", "5", "6", "7", "8"]


CAPITALS = """Protokoll Miljönämnden 2023-04-04

MN § 19 Dnr 0031/23 - 200 DELGIVNINGAR MN 2023-04-04

Miljönämndens beslut

Godkänna redovisningen av delgivningar.

MN § 20 Dnr 0032/23 - 231 BYGGLOV FÖR GARAGE PÅ FASTIGHETEN LINDEN 4 MN 2023-04-04

Miljönämndens beslut

Bygglov beviljas.
"""


def test_a_title_in_capitals_after_the_case_and_archive_numbers_without_the_pages_head():
    titles = [(it.number, it.title) for it in parse_text(CAPITALS, "x.txt").items]
    assert titles == [("19", "DELGIVNINGAR"), ("20", "BYGGLOV FÖR GARAGE PÅ FASTIGHETEN LINDEN 4")]
    assert clean_title("Anmälan av protokoll AU 2023-03-14") == "Anmälan av protokoll AU 2023-03-14"
