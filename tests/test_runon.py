"""Headings that run on into the item's first sentence or a decision label (parse.runon): the heading is
cut before the sentence, and the sentence stays the item's text."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.runon import next_number_at, split_sentence


def test_heading_is_cut_before_a_sentence_with_a_finite_verb():
    assert split_sentence("Mötets öppnande Ordföranden förklarade mötet öppnat") == (
        "Mötets öppnande", "Ordföranden förklarade mötet öppnat")
    assert split_sentence("Dagordning Dagordningen, utsänd i förväg, godkändes.") == (
        "Dagordning", "Dagordningen, utsänd i förväg, godkändes.")
    assert split_sentence("Val av justerare Att jämte ordföranden justera protokollet utsågs Eva Holm.")[0] == \
        "Val av justerare"


def test_heading_is_cut_before_a_decision_label():
    assert split_sentence("Ekonomisk uppföljning Socialnämndens beslut") == (
        "Ekonomisk uppföljning", "Socialnämndens beslut")
    assert split_sentence("Taxa för bygglov Förslag till beslut") == ("Taxa för bygglov", "Förslag till beslut")


def test_headings_that_are_noun_phrases_stay_whole():
    for title in ("Information från Kommunförbundet om ny lag", "Budget 2027 för Tekniska nämnden",
                  "Val av ledamöter till Styrelsen för Vattenbolaget", "Beslut om taxa", "Övriga frågor",
                  "Rapport från Region Norr och Länsstyrelsen"):
        assert split_sentence(title) == (title, "")


def test_the_sentence_cut_from_a_heading_is_read_as_the_decision():
    text = ("PROTOKOLL\nTekniska nämnden\n\n§ 4 Delegationsbeslut Redovisningen av delegationsbeslut "
            "lades till handlingarna.\n\n§ 5 Övrigt\nInga övriga frågor.\n")
    items = parse_text(text, "x.txt").items
    assert [(i.number, i.title) for i in items] == [("4", "Delegationsbeslut"), ("5", "Övrigt")]
    assert items[0].decisions == ["Redovisningen av delegationsbeslut lades till handlingarna."]


def test_next_number_inside_a_heading_line():
    assert next_number_at("8. Seminarium 26 november 9. Ekonomisk uppföljning", 8) == 26
    assert next_number_at("8. Seminarium om 9 kommuner", 8) is None


def test_next_item_written_inside_the_line_of_the_one_before_is_its_own_item():
    text = ("MINNESANTECKNINGAR\nStyrgruppen\n\nDagordning\n\n1. Mötets öppnande\n\n2. Budget 2027\n\n"
            "3. Seminarium 12 mars 4. Ekonomisk uppföljning\n\n5. Övriga frågor\n")
    assert [(i.number, i.title) for i in parse_text(text, "x.txt").items] == [
        ("1", "Mötets öppnande"), ("2", "Budget 2027"), ("3", "Seminarium 12 mars"),
        ("4", "Ekonomisk uppföljning"), ("5", "Övriga frågor")]


def test_item_number_on_a_bulleted_line_of_its_own_titles_the_line_below():
    text = ("Kallelse\n •   1\n\n  Val av justerare\n\n •   2\n\n  Budget för 2027\n\n"
            " • Förvaltningen föreslår att nämnden antar budgeten.\n\n •   4\n\n  Anmälningar för kännedom\n")
    assert [(i.number, i.title) for i in parse_text(text, "x.txt").items] == [
        ("1", "Val av justerare"), ("2", "Budget för 2027"), ("4", "Anmälningar för kännedom")]


def test_a_numbered_line_of_its_own_over_a_wrapped_sentence_is_no_heading():
    text = ("Protokoll\nStyrelsen\n\n1. Budget\n\nBeslut Budget:\n\n5.\n\nKansliet bereder ett förslag om "
            "fördelningen av medel i\nregionen och presenterar det vid nästa möte.\n\n2. Övrigt\n")
    assert [(i.number, i.title) for i in parse_text(text, "x.txt").items] == [("1", "Budget"), ("2", "Övrigt")]


def test_a_running_page_head_after_a_heading_is_cut_off():
    assert split_sentence("Val av ordförande VALDIREKTIONSMÖTE 2023-01-18")[0] == "Val av ordförande"
    assert split_sentence("Mötets avslutande 3 UMEÅREGIONEN MINNESANTECKNINGAR 3(8)")[0] == "Mötets avslutande"
    assert split_sentence("Övriga frågor RÅDET FÖR TRYGGHET KALLELSE SIDA 2 (2)")[0] == "Övriga frågor"
    assert split_sentence("Ansökan till ESF-projektet SOLKA")[0] == "Ansökan till ESF-projektet SOLKA"


def test_points_listed_under_a_heading_and_run_on_with_dashes_are_cut_off():
    assert split_sentence("Informationsärenden - Rapport från revisionen - Presentation av kulturenheten") == (
        "Informationsärenden", "- Rapport från revisionen - Presentation av kulturenheten")
    assert split_sentence("Detaljplan - Ny förskola i Norrby")[0] == "Detaljplan - Ny förskola i Norrby"


def test_a_heading_whose_number_was_stripped_fills_the_gap_between_numbered_ones():
    text = ("Minnesanteckningar\nStyrgruppen\n\n1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n\n"
            "2. Sekreterare\nTill sekreterare utsågs Eva Holm.\nJusterare Till justerare utsågs Per Ek.\n\n"
            "4. Föregående minnesanteckningar\nLades till handlingarna.\n")
    items = parse_text(text, "x.txt").items
    assert [(i.number, i.title) for i in items] == [
        ("1", "Mötets öppnande"), ("2", "Sekreterare"), ("3", "Justerare"), ("4", "Föregående minnesanteckningar")]
    assert items[2].decisions == ["Till justerare utsågs Per Ek."]


def test_no_gap_is_filled_when_the_candidates_do_not_fit_it():
    text = ("Minnesanteckningar\nStyrgruppen\n\n1. Mötets öppnande\nOrdföranden förklarade mötet öppnat.\n"
            "Budget Förvaltningen redovisade budgeten.\nPersonal Kansliet informerade om rekryteringen.\n\n"
            "3. Övrigt\nInget.\n")
    assert [i.number for i in parse_text(text, "x.txt").items] == ["1", "3"]


def test_a_kallelse_annotation_column_is_not_part_of_the_title():
    from protokoll.parse.items import clean_title

    assert clean_title("Budgetuppföljning extra utskick") == "Budgetuppföljning"
    assert clean_title("Resursfördelning hemtjänst handl på bordet") == "Resursfördelning hemtjänst"
    assert clean_title("Upphandling Handlingar delas ut under sammanträdet") == "Upphandling"
    assert clean_title("Regler för utskick av handlingar") == "Regler för utskick av handlingar"


def test_decision_label_inside_a_flattened_line():
    text = ("PROTOKOLL Direktionen " + "Ledamöter kallas till sammanträde i Rådhuset. " * 3 +
            "1. Val av ordförande Enligt praxis bör ordföranden komma från en annan kommun än säteskommunen. "
            "DIREKTIONEN BESLUTAR att utse Anna Berg till ordförande. 2. Val av vice ordförande "
            "Förslag till vice ordförande har lämnats av valberedningen inför dagens sammanträde. "
            "DIREKTIONEN BESLUTAR att utse Per Ek till vice ordförande. 3. Övrigt")
    items = parse_text(text, "x.txt").items
    assert [i.decisions for i in items[:2]] == [["att utse Anna Berg till ordförande."],
                                                ["att utse Per Ek till vice ordförande."]]
