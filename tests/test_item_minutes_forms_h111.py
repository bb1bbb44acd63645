"""Minutes' item forms the readers missed (issue 10, h111). Texts written here (invented names and places).

A web page's ordered list whose every entry reads "1." where one entry holds a list of its own, which the
browser numbered "1. 2. 3." again: the nested points are the entry's text, not items."""

from protokoll.parse import parse_text
from protokoll.repair import repair_text

NESTED_WEB_LIST = """Protokoll från styrelsemöte 2019-03-11

Lindbackens vägsamfällighet

Datum: 2019-03-11
Närvarande: Karin Ödman, Per Lövgren och Stina Backe.

 1. Mötet förklarades öppnat

 1. Föregående protokoll lades till handlingarna

 1. Vägunderhåll

Per Lövgren redogjorde för skicket på vägen. Beslutades att begära in två offerter.

 1. Inför årsstämman
  1. Stämman hålls den 14 april klockan 18.00
  2. Karin Ödman bokar lokalen i bygdegården.
  3. Stina Backe skickar ut kallelsen.

 1. Övriga frågor

Inga övriga frågor.
"""


def test_a_list_nested_in_an_entry_of_a_browser_numbered_list_is_no_items():
    rec = parse_text(NESTED_WEB_LIST, "t.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Mötet förklarades öppnat"), ("2", "Föregående protokoll lades till handlingarna"),
        ("3", "Vägunderhåll"), ("4", "Inför årsstämman"), ("5", "Övriga frågor")]
    assert "bokar lokalen" in rec.items[3].text


def test_an_ordinary_rising_list_and_a_list_with_too_few_entries_keep_their_numbers():
    plain = "Anteckningar\n\n1. Mötets öppnande\nText.\n2. Information\nText.\n3. Ekonomi\nText.\n"
    assert [i.number for i in parse_text(plain, "t.txt").items] == ["1", "2", "3"]
    few = ("Anteckningar\n\n1. Mötets öppnande\nText.\n1. Information\n1. Budget\n2. Plan\n3. Avtal\n")
    assert [i.title for i in parse_text(few, "t.txt").items] != ["Mötets öppnande", "Information"]


#: a sharing site's excerpt of network notes: the first page flattened into one line that ends with the first
#: point's heading and its presenter, the page break right after it
FIRST_POINT_AT_PAGE_END = (
    "Anteckningar från Skolchefsnätverket\n\nTranskript\n\n1 Sida 1 av Anteckningar från Skolchefsnätverket Tid: "
    "Tisdagen 9 maj 2006, kl Plats: Kommunhuset, Bergsala, Rum 12 Deltagare Maria Lind, Bergsala (förskola), "
    "Ordförande Olof Nyqvist, Ekby (gymnasium) Stina Holm, Åsen (grundskola) Per Wik, Ekby (vuxenutbildning) "
    "Lena Dahl, Bergsala, sekreterare Deltog ej Erik Berg, Åsen (gymnasium) Karin Sjö, Ekby (förskola) Ulla Bro, "
    "Bergsala (grundskola) Nils Ås, Åsen (vuxenutbildning) Grundskola 1. Gemensam fortbildning för lärare i "
    "matematik (Anna Strand)\n\n2 Sida 2 av 9 Redovisades en plan för fortbildning under hösten. Nätverket "
    "ställde sig bakom planen.\n")


def _parsed(text):
    return parse_text(repair_text(text)[0], "t.txt")


def test_a_lone_first_point_ending_a_flattened_page_is_the_first_item():
    rec = _parsed(FIRST_POINT_AT_PAGE_END)
    assert [(i.number, i.title, i.presenters) for i in rec.items] == [
        ("1", "Gemensam fortbildning för lärare i matematik", ["Anna Strand"])]


def test_a_lone_point_ending_as_a_sentence_or_running_on_is_no_item():
    decided = FIRST_POINT_AT_PAGE_END.replace("Grundskola 1. Gemensam fortbildning för lärare i matematik (Anna Strand)",
                                              "Beslut 1. Nätverket godkänner planen för hösten.")
    assert _parsed(decided).items == []
    run_on = FIRST_POINT_AT_PAGE_END.replace("(Anna Strand)\n\n2 Sida 2 av 9", "(Anna Strand). Därefter 2 Sida 2 av 9")
    assert _parsed(run_on).items == []


NAME_UNDER_HEADING = """Minnesanteckningar Chefsnätverket i Norrdalen
Tid: 2022-04-01 kl. 9.00-12.00
Deltagare: Ulf Nord, Sara Vik, Per Ek

1. Inledning
2. Budget 2023
{line}
Förslaget diskuterades och nätverket ställde sig bakom det.
3. Nästa möte
"""


def test_an_attendees_name_alone_under_a_minutes_heading_is_its_presenter():
    rec = parse_text(NAME_UNDER_HEADING.format(line="Per Ek"), "t.txt")
    assert rec.kind == "minutes"
    assert [(i.title, i.presenters) for i in rec.items][1] == ("Budget 2023", ["Per Ek"])


def test_a_name_line_of_no_attendee_or_a_signature_is_no_minutes_presenter():
    outsider = parse_text(NAME_UNDER_HEADING.format(line="Gustav Lindqvist"), "t.txt")
    assert outsider.items[1].presenters == []
    signed = parse_text(NAME_UNDER_HEADING.format(line="Per Ek\nOrdförande"), "t.txt")
    assert signed.items[1].presenters == []


LABELLED_THEN_PLAIN = """Minnesanteckningar från nätverksmöte för kommundirektörer i Norrdalen
Datum: 2021-10-05
Närvarande: Eva Lind, Åby kommun; Per Ström, Norrby kommun

Aktuellt läge i kommunerna
Föredragande: Eva Lind
Kommunerna redogjorde för läget inom äldreomsorgen.

Regional transportplan
Föredragande: Per Ström
Remissen diskuterades och ett gemensamt yttrande tas fram.

Nästa möte
Nästa möte hålls den 2 december i Norrby.
"""


def test_a_point_without_a_label_among_labelled_unnumbered_points_is_an_item():
    rec = parse_text(LABELLED_THEN_PLAIN, "t.txt")
    assert [(i.title, i.presenters) for i in rec.items] == [
        ("Aktuellt läge i kommunerna", ["Eva Lind"]), ("Regional transportplan", ["Per Ström"]), ("Nästa möte", [])]


#: unit notes copied from a web page: the participants' list ends without a full stop, and a bulleted point's
#: wrapped text ends without one before the next heading
NOTES_AFTER_BLOCKS = """Minnesanteckningar från enhetsmöte Analys
2021-09-14
Närvarande:
Maja, Olle, Stina och Rut
(sekreterare)
Föregående minnesanteckningar
Gicks igenom och åtgärderna återfinns under rubrikerna nedan.
•  Olle berättade kort om flytten till nya lokaler på våning tre i huset
och om hur arbetsplatserna fördelas
Omvärldsbevakning
•  Ingen ny information i bevakningslistan denna vecka.
•  Rapporten om luftkvalitet publicerades på webben i förra veckan och
fick stor spridning
Information
•  Inbjudan till en kurs i statistik den 4 oktober har kommit till enheten.
"""


def test_unnumbered_points_after_a_participants_list_and_after_a_bulleted_point():
    rec = parse_text(NOTES_AFTER_BLOCKS, "t.txt")
    assert [i.title for i in rec.items] == ["Föregående minnesanteckningar", "Omvärldsbevakning", "Information"]


def test_a_line_after_a_wrapped_bullet_with_no_bullet_under_it_is_no_point():
    text = NOTES_AFTER_BLOCKS.replace("Information\n•  Inbjudan", "Information\nInbjudan")
    assert "Information" not in [i.title for i in parse_text(text, "t.txt").items]


def test_points_set_as_list_entries_with_their_paragraph_under_them_are_items():
    text = ("Anteckningar från samverkansgruppen 2019-04-02\nNärvarande: Eva Holm, Per Lund, Åsa Berg\n\n"
            "- Mötets öppnande\nEva Holm öppnade mötet och hälsade alla välkomna.\n"
            "- Lägesrapport från kommunerna\nKommunerna rapporterade om arbetet med den gemensamma planen.\n"
            "- Nästa möte\nNästa möte blir den 5 juni i Åby.\n")
    assert [i.title for i in parse_text(text, "t.txt").items] == [
        "Mötets öppnande", "Lägesrapport från kommunerna", "Nästa möte"]


def test_a_list_of_entries_with_no_paragraph_under_each_is_no_item_list():
    text = ("Anteckningar från samverkansgruppen 2019-04-02\nNärvarande: Eva Holm, Per Lund, Åsa Berg\n\n"
            "Gruppen diskuterade följande.\n- Skolskjutsar\n- Kollektivtrafik\n- Cykelvägar\n"
            "Diskussionen fortsätter vid nästa möte.\n")
    assert [i.title for i in parse_text(text, "t.txt").items] != ["Skolskjutsar", "Kollektivtrafik", "Cykelvägar"]


def test_an_attendees_name_in_parentheses_under_a_minutes_heading_is_its_presenter():
    rec = parse_text(NAME_UNDER_HEADING.format(line="(Sara Vik)"), "t.txt")
    assert rec.items[1].presenters == ["Sara Vik"]
