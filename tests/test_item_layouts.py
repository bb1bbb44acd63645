"""Item headings written in ways the first rules had not met: "Paragraf 12", a case number with the
registry's code merged into the heading, a title above its paragraph number, page furniture inside an item.
The texts are written here, in the ways Swedish protocols set their items."""

from protokoll.parse import parse_text
from protokoll.parse.lines import Line
from protokoll.parse.pagefurniture import drop_furniture, is_furniture

HEAD = ("PROTOKOLL\nMiljönämnden\nSammanträdesdatum 2024-03-12\n\nPlats och tid: Kommunhuset, kl 13.00-15.00\n"
        "Beslutande: Lena Ek (C), ordförande\nSekreterare: Olof Sjö\n\n")


def items(text):
    return [(i.number, i.title, i.decisions) for i in parse_text(HEAD + text, "t.txt").items]


def test_paragraf_written_out_is_an_item_heading():
    text = ("Paragraf 7 Tillsynsplan\nBeslut: Planen antas.\n\n"
            "Paragraf 8 Delegationsbeslut\nBeslut: Redovisningen läggs till handlingarna.\n")
    assert items(text) == [("7", "Tillsynsplan", ["Planen antas."]),
                           ("8", "Delegationsbeslut", ["Redovisningen läggs till handlingarna."])]


def test_a_range_of_paragraphs_in_the_header_is_no_item():
    text = "Paragraf 7-8\n\n§ 7 Tillsynsplan\nBeslut: Planen antas.\n\n§ 8 Taxor\nBeslut: Taxan antas.\n"
    assert [(n, t) for n, t, _ in items(text)] == [("7", "Tillsynsplan"), ("8", "Taxor")]


def test_case_number_with_registry_code_is_not_part_of_the_title():
    text = ("§ 31 Dnr MN 2024/118 Tillsynsplan\nMiljönämndens beslut\nPlanen antas.\n\n"
            "§ 32 Dnr MN-2024/9 Taxor\nMiljönämndens beslut\nTaxan antas.\n")
    assert [(n, t) for n, t, _ in items(text)] == [("31", "Tillsynsplan"), ("32", "Taxor")]


def test_title_above_its_paragraph_number():
    text = ("Tillsynsplan för året\n§ 31\nDnr 2024/118\nBeslut\nPlanen antas.\n\n"
            "Taxor för prövning\n§ 32\nDnr 2024/119\nBeslut\nTaxan antas.\n")
    assert items(text) == [("31", "Tillsynsplan för året", ["Planen antas."]),
                           ("32", "Taxor för prövning", ["Taxan antas."])]


def test_number_above_its_title_is_read_as_before():
    text = "§ 31\nTillsynsplan för året\nBeslut\nPlanen antas.\n\n§ 32\nTaxor för prövning\nBeslut\nTaxan antas.\n"
    assert items(text) == [("31", "Tillsynsplan för året", ["Planen antas."]),
                           ("32", "Taxor för prövning", ["Taxan antas."])]


def test_page_furniture_inside_an_item_is_not_its_decision():
    text = ("§ 31 Tillsynsplan\nBeslut\nPlanen antas.\n\nJusterandes sign\nUtdragsbestyrkande\nSida 2 av 4\n\n"
            "§ 32 Taxor\nBeslut\nTaxan antas.\n")
    got = parse_text(HEAD + text, "t.txt").items
    assert got[0].decisions == ["Planen antas."]
    assert "Utdragsbestyrkande" not in (got[0].text or "")


def test_furniture_is_only_labels_never_a_label_with_its_value():
    assert is_furniture(Line("Justerandes sign  Utdragsbestyrkande", 0))
    assert is_furniture(Line("Ordförandes signatur", 0))
    assert not is_furniture(Line("Justerare Anna Berg", 0))
    assert not is_furniture(Line("Utdragsbestyrkande: Olof Sjö", 0))
    body = [Line("Planen antas.", 0), Line("Justerandes sign", 20)]
    assert [ln.text for ln in drop_furniture(body)] == ["Planen antas.", ""]


def test_roman_numerals_letters_and_decimals_number_items_when_nothing_else_does():
    roman = "I. Mötets öppnande\nMötet öppnades.\n\nII. Budget\nStyrelsen beslutade att anta budgeten.\n\nIII. Avslutning\n"
    assert [(n, t) for n, t, _ in items(roman)] == [("I", "Mötets öppnande"), ("II", "Budget"), ("III", "Avslutning")]
    assert items(roman)[1][2] == ["Styrelsen beslutade att anta budgeten."]
    letters = "A. Mötets öppnande\nMötet öppnades.\n\nB. Budget\nBeslut: Budgeten antas.\n"
    assert [(n, t) for n, t, _ in items(letters)] == [("A", "Mötets öppnande"), ("B", "Budget")]
    decimal = "4.1 Budget\nBeslut: Budgeten antas.\n\n4.2 Taxor\nBeslut: Taxan antas.\n\n5.1 Information\nInga.\n"
    assert [(n, t) for n, t, _ in items(decimal)] == [("4.1", "Budget"), ("4.2", "Taxor"), ("5.1", "Information")]


def test_initials_clock_times_and_unrelated_numerals_are_no_items():
    initials = "Närvarande:\nA. Berg\nL. Ek\n\nMötet diskuterade planen.\n"
    assert items(initials) == []
    times = "8.15 Kaffe\n9.30 Genomgång av planen\n10.45 Lunch\n"  # a timetable's rows have no numbers
    assert all(n is None for n, _, _ in items(times))
    lone = "II. Budget\nStyrelsen beslutade att anta budgeten.\n\nIV. Avslutning\n"  # no run from I
    assert items(lone) == []


def test_roman_run_needs_no_fallback_where_numbered_items_stand():
    text = "1. Mötets öppnande\nMötet öppnades.\n\n2. Budget\nI. Drift\nII. Investeringar\nBeslut: Budgeten antas.\n"
    assert [n for n, _, _ in items(text)] == ["1", "2"]


def test_headings_in_capitals_without_numbers():
    text = ("MÖTETS ÖPPNANDE\nOrdföranden öppnade mötet.\n\nBUDGET 2025\nDirektionen beslöt att anta budgeten.\n\n"
            "ÖVRIGA FRÅGOR\nInga övriga frågor.\n")
    got = items(text)
    assert [(n, t) for n, t, _ in got] == [(None, "MÖTETS ÖPPNANDE"), (None, "BUDGET 2025"), (None, "ÖVRIGA FRÅGOR")]
    assert got[1][2] == ["Direktionen beslöt att anta budgeten."]


def test_capitals_of_labels_and_a_single_line_are_no_items():
    labels = "BESLUT\nBudgeten antas.\n\nJUSTERING\nProtokollet justeras av Lena Ek.\n"
    assert items(labels) == []
    decided = ("DIREKTIONEN BESLUTAR\natt anta budgeten.\n\nNÄMNDEN FÖRESLÅR\natt anta taxan.\n\n"
               "STYRELSEMÖTE 2024-03-12\nSida två.\n")
    assert items(decided) == []
    sections = ("INFORMATIONSÄRENDEN\nFörvaltningen informerar om läget.\n\n"
                "ANMÄLNINGSÄRENDEN\nInga anmälningar har kommit in.\n")
    assert items(sections) == []
    one = "BUDGET 2025\nDirektionen beslöt att anta budgeten.\n"
    assert items(one) == []
    from protokoll.parse import parse_text as parse
    title_only = "KOMMUNFÖRBUNDET NORR\nSammanträde 2024-03-12\n\nPlats: Kansliet\n\nMötet diskuterade läget.\n"
    assert parse(title_only, "t.txt").items == []


FLAT_HEAD = ("Sammanträdesprotokoll Sida 4 (9) Tekniska nämnden 2024-05-20 Plats och tid Förvaltningshuset kl 9.00 "
             "Beslutande Stina Lund (S) ordförande Karl Vik (M) Justerare Karl Vik ")


def test_one_flattened_paragraph_with_its_label_is_an_item():
    text = FLAT_HEAD + ("§ 88 Snöröjningsplan Ärendebeskrivning Förvaltningen har reviderat planen. "
                        "Beslut Tekniska nämnden antar planen. Justerandes sign Utdragsbestyrkande\n")
    got = parse_text(text, "t.txt").items
    assert [(i.number, i.title, i.decisions) for i in got] == [("88", "Snöröjningsplan", ["Tekniska nämnden antar planen."])]


def test_a_paragraph_that_lost_its_sign_is_found_by_the_label_after_its_title():
    text = FLAT_HEAD + ("88 Snöröjningsplan Ärendebeskrivning Förvaltningen har reviderat planen. "
                        "Beslut – Tekniska nämnden antar planen.\n")
    got = parse_text(text, "t.txt").items
    assert [(i.number, i.title, i.decisions) for i in got] == [("88", "Snöröjningsplan", ["Tekniska nämnden antar planen."])]


def test_two_flattened_paragraphs_each_keep_their_title():
    text = FLAT_HEAD + ("§ 88 Snöröjningsplan Ärendebeskrivning Planen är reviderad. Beslut Nämnden antar planen. "
                        "§ 89 Taxa för parkering Beslutsunderlag Tjänsteskrivelse från förvaltningen om ny taxa. Beslut Nämnden antar taxan.\n")
    got = parse_text(text, "t.txt").items
    assert [(i.number, i.title) for i in got] == [("88", "Snöröjningsplan"), ("89", "Taxa för parkering")]
    assert got[1].decisions == ["Nämnden antar taxan."]


def test_numbers_in_running_text_before_a_label_are_no_headings():
    text = FLAT_HEAD + ("Nämnden diskuterade sidan 12 Planen för vintern Beslut Nämnden antar planen. Under kapitel 3 "
                        "Drift och underhåll Beslutsunderlag finns mer.\n")
    assert parse_text(text, "t.txt").items == []


def test_numbers_set_off_by_a_dash():
    text = "1 – Mötets öppnande\nMötet öppnades.\n\n2 – Budget\nBeslut: Budgeten antas.\n\n3 - Avslutning\n"
    assert [(n, t) for n, t, _ in items(text)] == [("1", "Mötets öppnande"), ("2", "Budget"), ("3", "Avslutning")]


def test_case_number_after_the_title_is_not_part_of_it():
    from protokoll.parse.casenumbers import strip_case_reference as strip

    assert strip("Budget 2025 (Dnr KS 2024/12)") == "Budget 2025"
    assert strip("Taxor, dnr 2024/7") == "Taxor"
    assert strip("Detaljplan för Norr KS 2023/451") == "Detaljplan för Norr"
    assert strip("Yttrande (SN 2024.118)") == "Yttrande"
    assert strip("Detaljplan KS-2024-00123") == "Detaljplan"
    # a year, a year range or a month is part of the title; a title that is only a number stays
    for title in ("Budget 2025", "Verksamhetsplan VP 2024-2026", "Information från SKR 2024-03", "KS 2024/12"):
        assert strip(title) == title
    text = "§ 4 Budget 2025 (Dnr KS 2024/12)\nBeslut: Budgeten antas.\n\n§ 5 Taxor, dnr 2024/7\nBeslut: Taxan antas.\n"
    assert [(n, t) for n, t, _ in items(text)] == [("4", "Budget 2025"), ("5", "Taxor")]


NOTES = """Minnesanteckningar
Nätverket för folkhälsa, 2024-04-03

Närvarande: Stina Lund, Karl Vik, Lena Ek

Inledning
Stina hälsade alla välkomna och gick igenom dagordningen.

Aktuellt från kommunerna
Karl berättade om arbetet med den nya planen. Lena berättade om läget i skolorna.

Nästa steg
Gruppen enades om att ta fram en gemensam plan till hösten.

Vid anteckningarna
Karl Vik
"""


def test_notes_with_plain_title_lines_and_no_numbers_or_labels():
    got = parse_text(NOTES, "t.txt").items
    assert [(i.number, i.title) for i in got] == [(None, "Inledning"), (None, "Aktuellt från kommunerna"),
                                                  (None, "Nästa steg")]
    assert got[2].decisions == ["Gruppen enades om att ta fram en gemensam plan till hösten."]


def test_two_plain_title_lines_make_no_item_list():
    two = NOTES.replace("Nästa steg\nGruppen enades om att ta fram en gemensam plan till hösten.\n\n", "")
    assert parse_text(two, "t.txt").items == []


def test_plain_title_lines_are_not_read_where_numbered_items_stand():
    numbered = NOTES.replace("Inledning\n", "1. Inledning\n").replace("Aktuellt från", "2. Aktuellt från").replace(
        "Nästa steg\n", "3. Nästa steg\n")
    assert [i.number for i in parse_text(numbered, "t.txt").items] == ["1", "2", "3"]


def test_body_short_name_in_mixed_case_before_the_sign():
    text = "Ks § 45 Budget 2025\nBeslut: Budgeten antas.\n\nKs § 46 Taxor\nBeslut: Taxan antas.\n"
    assert [(n, t) for n, t, _ in items(text)] == [("45", "Budget 2025"), ("46", "Taxor")]
    below = "Bun § 3\nSkolplan\nBeslut: Planen antas.\n\nBun § 4\nTaxor\nBeslut: Taxan antas.\n"
    assert [(n, t) for n, t, _ in items(below)] == [("3", "Skolplan"), ("4", "Taxor")]


def test_a_sentence_citing_a_paragraph_is_no_heading():
    text = "§ 45 Budget 2025\nBeslut: Budgeten antas.\nSe § 46 Taxor nedan.\n\n§ 46 Taxor\nBeslut: Taxan antas.\n"
    assert [(n, t) for n, t, _ in items(text)] == [("45", "Budget 2025"), ("46", "Taxor")]


def test_case_number_beside_the_number_and_the_title_above_or_below():
    above = "Budget 2025\n§ 45 Dnr 2024/12\nBeslut\nBudgeten antas.\n\nTaxor\n§ 46 Dnr 2024/13\nBeslut\nTaxan antas.\n"
    below = "§ 45 (Dnr 2024/12)\nBudget 2025\nBeslut\nBudgeten antas.\n\n§ 46 (Dnr 2024/13)\nTaxor\nBeslut\nTaxan antas.\n"
    for text in (above, below):
        assert items(text) == [("45", "Budget 2025", ["Budgeten antas."]), ("46", "Taxor", ["Taxan antas."])]


def test_paragraph_number_in_a_right_hand_column():
    tab = "Budget 2025\t§ 45\nBeslut\nBudgeten antas.\n\nTaxor\t§ 46\nBeslut\nTaxan antas.\n"
    assert items(tab) == [("45", "Budget 2025", ["Budgeten antas."]), ("46", "Taxor", ["Taxan antas."])]
    single = "Budget 2025          § 45\nDnr 2024/12\nBeslut\nBudgeten antas.\n"
    assert items(single) == [("45", "Budget 2025", ["Budgeten antas."])]


def test_law_references_at_a_line_end_are_no_headings():
    text = "Nämnden beslutar enligt\nkommunallagen 6 kap. § 24\n\nOch enligt delegationsordningen § 3\nInget mer.\n"
    assert items(text) == []


def test_officials_listed_with_the_paragraphs_they_attended_are_no_headings():
    text = ("Tjänstemän\n\nKarin Lund Förvaltningschef § 11-19\n\nPer Holm Handläggare VA § 12\n\n"
            "Lisa Ek Projektledare § 14\n\nEva Maria Berg Ekonom § 15\n\nUtses att justera Lena Ek\n")
    assert items(text) == []
    assert items("Bygglov för förråd § 12\nBeslut\nLovet beviljas.\n")[0][:2] == ("12", "Bygglov för förråd")


def test_a_numbered_sentence_opening_at_a_name_or_naming_the_elected_is_not_cut():
    text = ("ÄRENDEN:\n\n1. Anna-Karin Berg-W hälsade alla välkomna och öppnade mötet.\n"
            "2. Till justerare valdes Per Holm och Lisa Ek.\n3. Verksamhetsberättelsen godkändes.\n")
    titles = [t for _, t, _ in items(text)]
    assert titles[:2] == ["Anna-Karin Berg-W hälsade alla välkomna och öppnade mötet.",
                          "Till justerare valdes Per Holm och Lisa Ek."]
