"""Items in forms met in fresh real documents, eighth pass (issue 10, h26): web agendas whose numbered
titles end in a full stop and are split by section headings. The documents are written for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

#: a district council's web agenda: each title its own paragraph, ending in a full stop, the list split by
#: section headings and notes
SECTIONED = """Sammanträde 2024-05-16

Datum
Klockan
18:30
Plats
Medborgarhuset, Storgatan 4

4 Val av justerare och tid för justering

5 Förvaltningschefens information.

6 Inkomna skrivelser och medborgarförslag.

Anmälan av rådens protokoll

7 Protokoll från pensionärsrådet.

8 Protokoll från rådet för funktionshinderfrågor.

Beslutsärenden

9 Ombyggnad av Lindgårdens förskola.

10 Uppföljning av hemtjänsten - redovisning av åtgärder.

Remiss från kommunstyrelsen.
Dnr 1.5-211-2024

11 Riktlinjer för föreningsbidrag.
"""


def test_a_web_agenda_of_titles_ending_in_full_stops_reads_every_item_across_its_section_headings():
    items = parse_text(SECTIONED, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("4", "Val av justerare och tid för justering"), ("5", "Förvaltningschefens information"),
        ("6", "Inkomna skrivelser och medborgarförslag"), ("7", "Protokoll från pensionärsrådet"),
        ("8", "Protokoll från rådet för funktionshinderfrågor"), ("9", "Ombyggnad av Lindgårdens förskola"),
        ("10", "Uppföljning av hemtjänsten - redovisning av åtgärder"), ("11", "Riktlinjer för föreningsbidrag")]


#: two numbered lines ending in a full stop are no agenda of full-stop titles; each is a heading run on into its
#: proposal in the bare infinitive ("godkänna ...", "notera ..."), which makes it a heading (h59; the devset's
#: annotation of such an agenda lists them as items with those proposals)
TWO_SENTENCES = """Föredragningslista

1 Justering
Eva Ek utses att justera.

2 Godkännande av dagordningen godkänna den utsända dagordningen.

3 Anmälan av skrivelser notera skrivelserna till protokollet.
Följande skrivelser anmäls: brev från länsstyrelsen om tillsyn och från regionen om samverkan.
"""


def test_two_numbered_sentences_alone_are_not_read_as_an_agenda_of_full_stop_titles():
    items = parse_text(TWO_SENTENCES, "x.txt").items
    assert [(it.number, it.title, it.proposed_decision) for it in items] == [
        # "Eva Ek utses att justera.": an agenda decides nothing, the sentence is the item's proposal (parse.kindkeep)
        ("1", "Justering", "Eva Ek utses att justera."),
        ("2", "Godkännande av dagordningen", "godkänna den utsända dagordningen."),
        ("3", "Anmälan av skrivelser", "notera skrivelserna till protokollet.")]
    assert parse_text(TWO_SENTENCES.replace("godkänna den", "och den").replace("notera skr", "samt skr"),
                      "x.txt").items[1:] == []  # no proposal run on: the full-stop lines are still no headings


#: an agenda that added items late with a letter after an existing number, and left out confidential ones
LETTERED = """Föredragningslista

2 Val av justerare

3 Fastställande av dagordning

Beslutsärenden

8 Ombyggnad av Norra skolans matsal

8 b Hyresavtal för Solrosens förskola

9 Bidrag till hembygdsföreningen

14 Revidering av delegationsordningen

14 A Nyårsfirandet på torget 2025/2026

15 Sammanträdesdagar för nästa år
"""


def test_a_lettered_item_beside_one_of_the_same_number_is_an_item_of_its_own_numbered_as_printed():
    items = parse_text(LETTERED, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("2", "Val av justerare"), ("3", "Fastställande av dagordning"),
        ("8", "Ombyggnad av Norra skolans matsal"), ("8 b", "Hyresavtal för Solrosens förskola"),
        ("9", "Bidrag till hembygdsföreningen"), ("14", "Revidering av delegationsordningen"),
        ("14 A", "Nyårsfirandet på torget 2025/2026"), ("15", "Sammanträdesdagar för nästa år")]


#: a table's letter column puts a letter before every number: no item is lettered
COLUMN = """Föredragningslista

1 A Val av justerare

2 B Fastställande av dagordning

3 A Information om budgeten
"""


def test_a_letter_before_every_number_is_a_column_not_a_sub_number():
    items = parse_text(COLUMN, "x.txt").items
    assert [it.number for it in items] == ["1", "2", "3"]


def test_two_years_in_a_row_stay_in_a_title_where_a_case_number_is_cut():
    from protokoll.parse.titles import clean_title

    assert clean_title("Redovisning av betyg läsåret 2023/2024") == "Redovisning av betyg läsåret 2023/2024"
    assert clean_title("Budget för nästa år 2023/118") == "Budget för nästa år"


def test_a_name_governed_by_efter_ends_the_title_and_is_no_presenter():
    doc = """Föredragningslista

1 Val av justerare

2 Svar på medborgarförslag om att döpa en park efter Greta Lindqvist

Förslag till beslut
Nämnden tillstyrker förslaget.
"""
    items = parse_text(doc, "x.txt").items
    assert (items[1].title, items[1].presenters) == (
        "Svar på medborgarförslag om att döpa en park efter Greta Lindqvist", [])


def test_a_bodys_decision_named_after_av_is_the_titles_subject_not_a_run_on_decision_label():
    from protokoll.parse.runon import split_sentence

    assert split_sentence("Anmälan av Socialnämndens beslut om boendestöd") == (
        "Anmälan av Socialnämndens beslut om boendestöd", "")
    assert split_sentence("Ekonomisk rapport Nämndens beslut Nämnden tackar för rapporten") == (
        "Ekonomisk rapport", "Nämndens beslut Nämnden tackar för rapporten")


#: an association's annual meeting: each point written as sentences, names of those elected, the opener
ANNUAL = """Protokoll fört vid årsmöte med Ekbackens Byalag 2024-03-10

 1. Ordförande Gunnel Ek hälsade deltagarna välkomna till årsmötet.
 2. Årsmötet öppnades av ordf. Gunnel Ek.
 3. Till mötesordförande valdes Bo Olsson och till mötessekreterare valdes Karin Strand.
 4. Revisionsberättelse. Lisa Berg läste upp revisionsberättelsen som godkändes av årsmötet.
 5. Val av ordförande för år 2024. Till ordförande för år 2024 valdes Gunnel Ek.
"""


def test_annual_meeting_points_written_as_sentences_keep_names_and_cut_only_after_a_short_first_sentence():
    items = parse_text(ANNUAL, "x.txt").items
    assert [it.title for it in items] == [
        "Ordförande Gunnel Ek hälsade deltagarna välkomna till årsmötet.",
        "Årsmötet öppnades av ordf. Gunnel Ek.",
        "Till mötesordförande valdes Bo Olsson och till mötessekreterare valdes Karin Strand.",
        "Revisionsberättelse.", "Val av ordförande för år 2024."]
    assert all(not it.presenters for it in items)
    assert items[4].decisions == ["Till ordförande för år 2024 valdes Gunnel Ek."]
    assert not any(d.startswith("Olsson") for it in items for d in it.decisions)


def test_a_short_title_and_a_note_without_a_verb_stay_one_title():
    from protokoll.parse.inline import heading_and_rest

    assert [ln.text for ln in heading_and_rest("Trygghetslarm. Svar på skrivelse från (fp).", 0)] == [
        "Trygghetslarm. Svar på skrivelse från (fp)."]


def test_the_last_paragraph_on_a_short_line_after_flattened_paragraphs_is_an_item():
    doc = ("Protokoll fört vid årsmöte med Ekbackens Byalag 2024-03-10.\n\n"
           "§ 1) Mötets öppnande. Ordförande Gunnel Ek hälsade alla välkomna och förklarade mötet öppnat.\n\n"
           "§ 2) Godkännande av dagordningen. Dagordningen godkändes av årsmötet utan ändringar.\n\n"
           "§ 3) Ansvarsfrihet för styrelsen. Årsmötet beviljade styrelsen ansvarsfrihet för år 2023.\n\n"
           "§ 4) Val av styrelse och suppleanter.\n\n"
           "Ordinarie ledamöter: Lena Berg och Nils Ek.\n")
    items = parse_text(doc, "x.txt").items
    assert [(it.number, it.title) for it in items][-2:] == [
        ("3", "Ansvarsfrihet för styrelsen."), ("4", "Val av styrelse och suppleanter.")]


def test_a_bulleted_number_on_its_own_line_takes_a_long_title_below_it():
    doc = ("Nämndens sammanträde onsdagen den 6 mars 2024\n\nDagordning\n\n • 1.\n\n  Val av protokolljusterare\n\n"
           " • 2.\n\n  Yttrande över motion 2024:12 om att inrätta ett centrum för läsfrämjande arbete i länet\n\n"
           " • 3.\n\n  Övrigt\n")
    items = parse_text(doc, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Val av protokolljusterare"),
        ("2", "Yttrande över motion 2024:12 om att inrätta ett centrum för läsfrämjande arbete i länet"),
        ("3", "Övrigt")]


def test_a_page_number_before_the_bodys_running_head_and_the_document_kind_is_no_item():
    doc = ("1 Arkivnämnden PROTOKOLL\nSammanträdesdatum 2024-01-10\nNärvarande: Eva Ek (ordförande), Per Holm\n\n"
           "1 Sammanträdet öppnas\nOrdföranden hälsade välkommen.\n\n2 Val av justerare\nPer Holm utsågs att justera.\n")
    items = parse_text(doc, "x.txt").items
    assert [(it.number, it.title) for it in items] == [("1", "Sammanträdet öppnas"), ("2", "Val av justerare")]


#: a board's minutes that print the agenda, then record each point under a bare paragraph sign
AGENDA_THEN_PARAGRAPHS = """Protokoll fört vid styrelsemöte i Föreningen Lövängen 2024-02-12

Närvarande: Eva Ek, Per Holm, Lisa Berg

Dagordning
1. Mötets öppnande
2. Val av justerare
3. Ekonomi

§ 1
Ordföranden Eva Ek öppnade mötet.

§ 2
Per Holm valdes att justera protokollet.

§ 3
Kassören redovisade läget. Styrelsen beslutade att lägga rapporten till handlingarna.
"""


def test_bare_paragraphs_take_their_titles_from_the_agenda_listed_above_them():
    items = parse_text(AGENDA_THEN_PARAGRAPHS, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi")]
    assert items[2].decisions == ["Styrelsen beslutade att lägga rapporten till handlingarna."]


def test_bare_paragraphs_without_a_matching_agenda_keep_their_first_line_as_title():
    doc = AGENDA_THEN_PARAGRAPHS.replace("1. Mötets öppnande\n2. Val av justerare\n3. Ekonomi\n", "Se kallelsen.\n")
    items = parse_text(doc, "x.txt").items
    assert items[0].title == "Ordföranden Eva Ek öppnade mötet."


def test_a_very_long_agenda_title_counts_between_numbered_neighbours_with_its_case_number_under_it():
    long_title = ("Förlängning av avtal om driften av dagverksamheterna vid Lindgården, Solrosen, Björkbacken och "
                  "Ekbacken (med Ekbackens träffpunkt) för äldreomsorgen inom stadsdelsområdet")
    doc = (f"Föredragningslista\n\n21 Revidering av delegationsordningen\n\nDnr 12-2024-100\n\n22 {long_title}\n\n"
           "Dnr 13-2024-104 Omedelbar justering\n\n23 Sammanträdesdagar för nästa år\n\nDnr 14-2024-101\n")
    items = parse_text(doc, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("21", "Revidering av delegationsordningen"), ("22", long_title), ("23", "Sammanträdesdagar för nästa år")]


def test_a_status_in_capitals_before_the_title_still_opens_an_item():
    doc = ("Föredragningslista\n\n1 Val av justerare\n\n2 BORDLAGT ÄRENDE. Riktlinjer för föreningsbidrag\n\n"
           "Dnr 12/2024\n\n3 Information från förvaltningen\n")
    items = parse_text(doc, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Val av justerare"), ("2", "BORDLAGT ÄRENDE. Riktlinjer för föreningsbidrag"),
        ("3", "Information från förvaltningen")]
