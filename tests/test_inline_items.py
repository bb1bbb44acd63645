"""Item headings in flattened lines (parse.inline): cut before each rising item number, titles whose
number was lost recovered only when the gap and the title starts agree."""

from __future__ import annotations

from protokoll.parse import parse_text
from protokoll.parse.inline import split_inline
from protokoll.parse.lines import split_lines

FILLER = "Ledamöter kallas till sammanträde i Rådhuset. Ersättare underrättas om sammanträdet. "


def titles(text: str) -> list[tuple[str | None, str]]:
    return [(i.number, i.title) for i in parse_text(text, "x.txt").items]


def test_flattened_protocol_gives_each_section_its_title_and_decision():
    text = ("Protokoll Tekniska nämnden " + FILLER + "12 Val av justerare Till justerare utsågs Eva Holm. "
            "13 Taxa för parkering Nämnden beslutar att anta taxan enligt förvaltningens förslag. "
            "14 Delegationsbeslut Redovisningen av delegationsbeslut läggs till handlingarna.")
    rec = parse_text(text, "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("12", "Val av justerare"), ("13", "Taxa för parkering"), ("14", "Delegationsbeslut")]
    assert rec.items[1].decisions == ["Nämnden beslutar att anta taxan enligt förvaltningens förslag."]


def test_titles_between_numbers_are_recovered_only_when_they_fit_the_gap():
    base = FILLER + "Ärenden 1 Val av justerare 2 Budget för år 2027 2026/14 Motion om cykelvägar 2026/15 {} 5 Övrigt"
    assert titles(base.format("Svar på fråga om skolskjuts")) == [
        ("1", "Val av justerare"), ("2", "Budget för år 2027"), ("3", "Motion om cykelvägar"),
        ("4", "Svar på fråga om skolskjuts"), ("5", "Övrigt")]
    # one title start too few for the two missing numbers: no title is made up
    got = titles(base.format("och svar på fråga om skolskjuts"))
    assert [n for n, _ in got] == ["1", "2", "5"]


def test_running_head_repeated_on_every_page_is_not_an_item():
    pages = ["Ordförande hälsade alla välkomna.", "Sekreteraren läste upp protokollet.", "Nämnden tackade."]
    text = "".join(f"{n} Socialnämnden sammanträdesprotokoll {body}\n\n" for n, body in zip((2, 3, 4), pages)) + \
        FILLER * 2 + "1 Mötets öppnande 2 Val av justerare 3 Ekonomisk uppföljning"
    assert titles(text) == [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomisk uppföljning")]


def test_document_with_line_breaks_is_left_as_it_is():
    lines = split_lines("1. Öppnande\n2. Val av justerare enligt 3 Kap\n3. Avslutning\n")
    assert split_inline(lines) == (lines, {})


def test_long_line_of_repeating_numbers_gives_one_rising_run():
    text = " ".join(f"{n % 50 + 1} Rubrik {n}" for n in range(2000))  # the numbers 1..50 forty times over
    lines, marks = split_inline(split_lines(text))
    numbers = [int(n) for _, (n, _) in sorted(marks.items())]
    assert numbers == list(range(1, 51))


def test_sections_after_a_contents_list_give_the_items_their_decisions():
    text = (FILLER * 2 + "Ärendelista 1. Val av justerare 2. Taxa för parkering 3. Delegationsbeslut\n\n"
            "Sida 2 1. Val av justerare Till justerare utsågs Eva Holm. 2. Taxa för parkering Nämnden beslutar "
            "att anta taxan enligt förvaltningens förslag. 3. Delegationsbeslut Redovisningen läggs till handlingarna.")
    rec = parse_text(text, "x.txt")
    # the first listed item stays in the list, where the header ends; the others are read at their sections
    assert sorted((i.number, i.title) for i in rec.items) == [
        ("1", "Val av justerare"), ("2", "Taxa för parkering"), ("3", "Delegationsbeslut")]
    assert [i.decisions for i in rec.items if i.number != "1"] == [
        ["Nämnden beslutar att anta taxan enligt förvaltningens förslag."], ["Redovisningen läggs till handlingarna."]]


def test_date_after_the_first_item_of_a_flattened_page_is_still_the_meeting_date():
    text = ("Kallelse Socialnämnden " + FILLER * 2 + "Ärenden 1 Val av justerare 2 Ekonomisk uppföljning "
            "3 Övriga frågor Tid: tisdagen den 12 maj 2026 kl. 18.00 Plats: Rådhuset")
    rec = parse_text(text, "x.txt")
    assert rec.date == "2026-05-12"
    assert [i.number for i in rec.items] == ["1", "2", "3"]


def test_a_one_word_title_followed_by_a_sentence_is_cut_before_the_sentence():
    text = ("Protokoll Kommunfullmäktige " + FILLER + "31 Inledning Ordföranden förklarade sammanträdet öppnat. "
            "Upprop förrättades och närvaron antecknades enligt bilaga 1. 32 Justering Att justera protokollet "
            "utsågs Eva Holm och Per Ek. 33 Motion om cykelvägar Fullmäktige beslutar att avslå motionen.")
    rec = parse_text(text, "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("31", "Inledning"), ("32", "Justering"), ("33", "Motion om cykelvägar")]
    assert rec.items[0].attachments == ["bilaga 1"]


def test_headings_run_on_from_a_sentence_inside_short_lines_are_items():
    text = ("PROTOKOLL\nKommunstyrelsen\nSammanträdesdatum 2024-05-02\n\n"
            "Ordföranden öppnar sammanträdet. § 44 Val av justerare Anna Berg utses att justera protokollet. § 45 Budget\n"
            "Kommunstyrelsen beslutar att godkänna budgeten.\n§ 46 Delegationsbeslut\nDelegationsbesluten anmäls.\n")
    rec = parse_text(text, "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("44", "Val av justerare"), ("45", "Budget"), ("46", "Delegationsbeslut")]
    assert rec.items[1].decisions == ["Kommunstyrelsen beslutar att godkänna budgeten."]


def test_a_numbered_sentence_inside_a_line_is_no_item_when_no_run_of_headings_takes_it():
    text = ("Minnesanteckningar\nNätverket för folkhälsa\nDatum: 2024-05-02\n\n1. Välkommen\n"
            "Mötet öppnades. Punkterna tas i följande ordning: 7. Ekonomi först.\n2. Övrigt\nInga frågor.\n")
    assert titles(text) == [("1", "Välkommen"), ("2", "Övrigt")]


def test_a_heading_line_run_on_into_its_first_sentence_keeps_only_the_title():
    text = ("Minnesanteckningar\nNätverket för folkhälsa\nDatum: 2024-05-02\n\n"
            "1. Mötets öppnande Ordföranden hälsade alla välkomna. 2. Föregående möte Anteckningarna lades till "
            "handlingarna.\n3. Aktuellt från kommunerna\nVarje kommun berättade om läget.\n")
    rec = parse_text(text, "x.txt")
    assert [(i.number, i.title) for i in rec.items] == [
        ("1", "Mötets öppnande"), ("2", "Föregående möte"), ("3", "Aktuellt från kommunerna")]
    assert rec.items[0].text == "Ordföranden hälsade alla välkomna."
    assert rec.items[1].decisions == ["Anteckningarna lades till handlingarna."]


def test_a_long_heading_wrapped_onto_a_lower_case_line_is_joined_but_not_an_att_clause():
    text = ("Protokoll\nTekniska nämnden\nDatum: 2025-02-10\n\n§ 4 Yttrande över förslag till regional plan för\n"
            "transportinfrastruktur i länet\nNämnden beslutar att lämna yttrandet.\n\n"
            "§ 5 Uppföljning av internkontrollplanen för tekniska förvaltningen\natt godkänna uppföljningen\n")
    assert titles(text) == [("4", "Yttrande över förslag till regional plan för transportinfrastruktur i länet"),
                            ("5", "Uppföljning av internkontrollplanen för tekniska förvaltningen")]


def test_title_after_a_long_proper_name_fills_a_numbering_gap():
    text = (FILLER * 2 + "Ärenden 1. Justering 2. Val av presidium för direktionen i Norrby Gymnasieförbund "
            "Firmatecknare för förbundet Etablering av och delägande i Grönt Center AB 5. Överlåtelse av "
            "huvudmannaskapet för programmet 6. Övrigt")
    assert titles(text) == [("1", "Justering"), ("2", "Val av presidium för direktionen i Norrby Gymnasieförbund"),
                            ("3", "Firmatecknare för förbundet"), ("4", "Etablering av och delägande i Grönt Center AB"),
                            ("5", "Överlåtelse av huvudmannaskapet för programmet"), ("6", "Övrigt")]


def test_officials_with_the_items_they_attended_are_no_items():
    text = ("Protokoll Tekniska nämnden " + FILLER + "Tjänstemän Karin Lund Förvaltningschef Eva Berg "
            "Enhetschef gata 12 Per Holm Enhetschef park 13 Lisa Ek Projektledare 14 Olle Ros Nämndsekreterare "
            "Utses att justera Bo Ek. " + FILLER + "12 Val av justerare Till justerare utsågs Eva Holm. "
            "13 Taxa för parkering Nämnden beslutar att anta taxan enligt förvaltningens förslag. "
            "14 Delegationsbeslut Redovisningen av delegationsbeslut läggs till handlingarna.")
    assert titles(text) == [("12", "Val av justerare"), ("13", "Taxa för parkering"), ("14", "Delegationsbeslut")]
