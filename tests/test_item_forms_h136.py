"""Items the reader missed in minutes and protocols it had not seen (issue 10, h136). The documents are written
for these tests."""

from __future__ import annotations

from protokoll.parse import parse_text

CAPITALS_UNDER_AGENDA = """Minnesanteckningar nätverket för kulturskolor 2024-09-03
Närvarande: Ulla Grip, Tor Vik, Maj Lund

Dagordning
INLEDNING OCH PRESENTATION
Ulla Grip hälsade alla välkomna och deltagarna presenterade sig.
ERFARENHETER AV AVGIFTSFRI UNDERVISNING
Tor Vik berättade om försöket i sin kommun.
GEMENSAM KONSERT
Nätverket beslutade att ordna en gemensam konsert i maj.
NÄSTA MÖTE
Nästa möte hålls den 5 november.
"""


def test_a_heading_in_capitals_right_under_the_agenda_label_is_the_first_item():
    items = parse_text(CAPITALS_UNDER_AGENDA, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        (None, "INLEDNING OCH PRESENTATION"), (None, "ERFARENHETER AV AVGIFTSFRI UNDERVISNING"),
        (None, "GEMENSAM KONSERT"), (None, "NÄSTA MÖTE")]


def test_a_line_of_capitals_under_a_running_text_line_stays_text():
    text = CAPITALS_UNDER_AGENDA.replace("Dagordning\n", "Vi gick igenom följande och noterade att\n")
    titles = [it.title for it in parse_text(text, "x.txt").items]
    assert "INLEDNING OCH PRESENTATION" not in titles


LETTERED_PACKED = """Protokoll styrelsen för Fiberföreningen Bäckby 2024-10-01
Närvarande: Rut Alm (ordförande), Stig Bo, Ida Falk (sekreterare)
1. Mötets öppnande
Ordföranden öppnade mötet.
2. Val av justerare
Stig Bo valdes att justera protokollet.
3. Nätet
3 a) Anslutning av nya fastigheter
Beslut: Styrelsen godkänner fyra nya anslutningar.
3 b) Underhåll av noden
Beslut: Ida Falk beställer en översyn.
4. Mötets avslutande
Ordföranden avslutade mötet.
"""


def test_lettered_sub_points_packed_without_blank_lines_are_items_of_their_own():
    items = parse_text(LETTERED_PACKED, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Nätet"),
        ("3 a", "Anslutning av nya fastigheter"), ("3 b", "Underhåll av noden"), ("4", "Mötets avslutande")]
    assert items[3].decisions and "anslutningar" in items[3].decisions[0]


def test_a_single_lettered_line_or_letters_out_of_order_stay_text():
    one = LETTERED_PACKED.replace("3 b) Underhåll av noden\n", "Underhåll av noden diskuterades.\n")
    assert [it.number for it in parse_text(one, "x.txt").items] == ["1", "2", "3", "4"]
    skipped = LETTERED_PACKED.replace("3 b)", "3 d)")
    assert [it.number for it in parse_text(skipped, "x.txt").items] == ["1", "2", "3", "4"]


SENTENCES_IN_TEXT = ("Protokoll Samordningsnämnden för Östra dalen\n\n"
                     "Plats och tid: Kommunhuset i Bergby, torsdagen den 7 mars 2024 kl 13.00\n\n"
                     "Tema: Friluftsliv Kommunernas friluftsstrateger redovisar en sammanfattning av enkäten till "
                     "föreningarna och lämnar en bild av läget i varje kommun. Ur svaren har fyra viktiga områden "
                     "vuxit fram. 1. Behovet av fler skötta leder i tätorternas närhet. 2. Hur ska kommunerna dela "
                     "kostnaden för underhållet. 3. Öka kunskapen om allemansrätten hos nyanlända. 4. Samordna "
                     "skyltningen av lederna över kommungränserna. Nils Ek beskriver hur arbetet kan organiseras "
                     "i en gemensam grupp med representanter från varje kommun.")


def test_a_numbered_list_of_sentences_inside_an_items_text_is_no_agenda():
    assert parse_text(SENTENCES_IN_TEXT, "x.txt").items == []


def test_the_same_list_with_its_breaks_restored_is_no_agenda_either():
    text = SENTENCES_IN_TEXT.replace(" 1. ", "\n\n1. ").replace(" 2. ", "\n\n2. ").replace(
        " 3. ", "\n\n3. ").replace(" 4. ", "\n\n4. ").replace(" Nils Ek", "\nNils Ek")
    assert parse_text(text, "x.txt").items == []


def test_items_with_their_own_text_under_them_stay_items():
    text = ("Minnesanteckningar styrgruppen för Östra dalen 2024-03-07\n\n"
            "Närvarande: Nils Ek, Maja Lind, Ove Holm\n\n"
            "Ordföranden hälsade alla välkomna.\n\n1. Val av justerare för mötet.\nMaja Lind valdes.\n\n"
            "2. Budget för nästa år.\nOve Holm redovisade förslaget.\n\n3. Skyltning av lederna.\n"
            "Gruppen beslutade att ta fram ett förslag.\n")
    assert [it.number for it in parse_text(text, "x.txt").items] == ["1", "2", "3"]


def test_paragraphs_of_one_sentence_each_after_prose_stay_items():
    text = ("Protokollet kom till slut efter många påminnelser.\n\n§ 1 Ordföranden öppnar sammanträdet.\n\n"
            "§ 2 Föregående protokoll läggs till handlingarna.\n\n§ 3 Gruppen diskuterar sina arbetsformer.\n\n"
            "§ 4 Sammanträdet förklaras avslutat.\n")
    assert [it.number for it in parse_text(text, "x.txt").items] == ["1", "2", "3", "4"]


GLUED_PAGE_NUMBER = (
    "Transkript\n\n"
    "1 SAMMANTRÄDESPROTOKOLL Sida 1 (3) Kulturnämnden Plats och tid Biblioteket, kl 17.00-19.00 Beslutande "
    "Rolf Sten (S), ordförande Karin Dal (M) Utses att justera Karin Dal Paragrafer 21-24 Sekreterare Lisa Ros\n\n"
    "2 SAMMANTRÄDESPROTOKOLL Sida 2 (3) Kulturnämnden Justerandes sign Utdragsbestyrkande2§ 21 Val av justerare "
    "Nämnden utser Karin Dal att justera protokollet.§ 22 Bidrag till studieförbunden Dnr KN 2024/8 Beslut "
    "Kulturnämnden fördelar bidragen enligt förslaget.\n\n"
    "3 SAMMANTRÄDESPROTOKOLL Sida 3 (3) Kulturnämnden Justerandes sign Utdragsbestyrkande3§ 23 Konstinköp 2025 "
    "Beslut Kulturnämnden godkänner inköpsplanen. Justerandes sign Utdragsbestyrkande § 24 Delegationsbeslut "
    "Beslut Nämnden lägger redovisningen till handlingarna.\n")


def test_a_page_number_glued_between_the_signature_box_and_a_paragraph_sign_is_set_apart():
    from protokoll.repair import repair_text

    repaired, changes = repair_text(GLUED_PAGE_NUMBER)
    assert "Utdragsbestyrkande2§" not in repaired and any("glued" in c.reason for c in changes)
    items = parse_text(repaired, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("21", "Val av justerare"), ("22", "Bidrag till studieförbunden"), ("23", "Konstinköp 2025"),
        ("24", "Delegationsbeslut")]


def test_a_number_glued_to_a_paragraph_sign_elsewhere_stays_as_written():
    from protokoll.repair.gluedmarks import unglue_page_marks

    assert unglue_page_marks("enligt kommunallagen 6 kap. 24§ 2 st") == ("enligt kommunallagen 6 kap. 24§ 2 st", [])


LISTED_THEN_WRITTEN = """Minnesanteckningar Nätverket för vattenrådgivare 2024-06-11
Deltagare: Per Sand, Ebba Rask, Jon Ek

Dagordning
1. Inledning
2. Nytt från länsstyrelsen
3. Erfarenhetsutbyte
4. Övrigt

1. Inledning
Per Sand hälsade välkommen.

Nytt från länsstyrelsen
Ebba Rask berättade om nya tillsynsvägledningar.

3. Erfarenhetsutbyte
Alla berättade om aktuella ärenden.

Övrigt
Inget övrigt.
"""


def test_a_listed_item_is_read_at_its_section_whose_number_was_lost():
    items = parse_text(LISTED_THEN_WRITTEN, "x.txt").items
    assert [(it.number, it.title) for it in items] == [
        ("1", "Inledning"), ("2", "Nytt från länsstyrelsen"), ("3", "Erfarenhetsutbyte"), ("4", "Övrigt")]
    assert "tillsynsvägledningar" in items[1].text


def test_a_title_written_twice_after_the_list_leaves_the_entry_where_it_was_listed():
    from protokoll.parse.contentsections import titled_sections
    from protokoll.parse.headings import Heading
    from protokoll.parse.lines import split_lines

    text = LISTED_THEN_WRITTEN.replace("Per Sand hälsade välkommen.",
                                       "Nytt från länsstyrelsen\nPer Sand hälsade välkommen.")
    lines = split_lines(text)
    chain = [Heading(i, str(n), lines[i].text.split(" ", 1)[1], "num", 1.0) for n, i in
             zip(range(1, 5), [k for k, ln in enumerate(lines) if ln.text[:2] in ("1.", "2.", "3.", "4.")][:4])]
    later = {h.number: h for h in [Heading(k, ln.text[0], ln.text[3:], "num", 1.0) for k, ln in enumerate(lines)
                                   if k > chain[-1].index and ln.text[:2] in ("1.", "3.")]}
    assert "2" not in titled_sections(lines, chain, later)
