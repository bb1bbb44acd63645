"""Presenters written with titles in parentheses, several comma parts, a described report or inside a heading that
ran on into its first sentence; an introduction ("presenterade sig") names no presenter (parse/presenterforms.py)."""

from protokoll.parse import parse_text
from protokoll.parse.presenterforms import introduces_self, run_on_heading_presenters, sentence_presenters
from protokoll.parse.presenters import presenters_in


def test_titles_in_parentheses_after_the_names():
    assert sentence_presenters(["Per Holm (projektledare) och Karin Lindqvist (utredare, Norrby kommun) "
                                "föredrar punkten."]) == ["Per Holm", "Karin Lindqvist"]


def test_several_comma_parts_between_name_and_verb():
    assert sentence_presenters(["Per Holm, vd, Norrbyhem AB, informerar om bolaget."]) == ["Per Holm"]


def test_a_described_report():
    assert sentence_presenters(["Förvaltningschef Per Holm ger en utförlig och uppskattad redovisning av läget."]) \
        == ["Per Holm"]
    assert sentence_presenters(["Förvaltningen ger en utförlig redovisning av läget."]) == []


def test_an_introduction_is_no_presentation():
    assert introduces_self("De nya ledamöterna Per Holm och Karin Lindqvist presenterade sig.")
    assert sentence_presenters(["Per Holm och Karin Lindqvist presenterade sig för styrelsen."]) == []
    assert not introduces_self("Per Holm presenterade budgeten.")


def test_speakers_inside_a_heading_that_ran_on():
    title = "Samarbete med universitetet Karin Lindqvist från universitetet informerar om utbytet."
    assert run_on_heading_presenters(title) == ["Karin Lindqvist"]
    assert run_on_heading_presenters("Karin Lindqvist informerar") == []  # a heading of ordinary length


def _presenters(body: str) -> list[list[str]]:
    text = f"Protokoll\nSocialnämnden\nDatum 12 mars 2025\n\n§ 1 Tillsyn\n{body}\n\n§ 2 Övrigt\nInga övriga frågor.\n"
    return [i.presenters for i in parse_text(text, "x.txt").items]


def test_in_a_protocol():
    assert _presenters("Per Holm (projektledare) och Karin Lindqvist (utredare) föredrar punkten.")[0] \
        == ["Per Holm", "Karin Lindqvist"]
    assert _presenters("Nya ledamöterna Per Holm och Karin Lindqvist presenterade sig.")[0] == []


def test_sub_points_with_the_presenters_name_after_the_topic():
    from protokoll.parse.presenterforms import subpoint_presenters

    text = "- Information om budgetläget Karin Lindqvist - Presentation av fritidsplanen Per Holm - Övriga frågor"
    assert subpoint_presenters(text) == ["Karin Lindqvist", "Per Holm"]
    # no list: a name closing a sentence is no presenter; a name after a preposition is no presenter either
    assert subpoint_presenters("Beslutet skickas till Karin Lindqvist") == []
    assert subpoint_presenters("- Hälsning från Karin Lindqvist - Övriga frågor") == []


def test_the_role_word_after_the_name_and_a_guests_label():
    assert sentence_presenters(["Karin Lindqvist (föredragande)"]) == ["Karin Lindqvist"]
    assert sentence_presenters(["Gäst: Karin Lindqvist, Länsstyrelsen, informerade om tillsynen."]) == ["Karin Lindqvist"]
    assert sentence_presenters(["Gäst: Karin Lindqvist"]) == []  # a guest who did nothing the minutes say


def test_the_presenters_value_ends_at_the_next_part_of_a_flattened_item():
    text = ("Föredragningslista\nSocialnämnden\nDatum 12 mars 2025\n\n"
            "1. Budget 2025 Föredragande: Karin Lindqvist Förslag till beslut: att godkänna budgeten.\n\n"
            "2. Lokaler\nFöredragande: Per Holm Bilaga 1\n\n3. Övrigt\nInga övriga frågor.\n")
    items = parse_text(text, "x.txt").items
    assert [i.presenters for i in items[:2]] == [["Karin Lindqvist"], ["Per Holm"]]
    assert items[1].attachments == ["bilaga 1"]


def test_an_employer_after_the_names_and_a_capitalised_title_before_one():
    assert sentence_presenters(["Karin Lindqvist och Per Holm, Region Norr, informerar om projektet."]) == \
        ["Karin Lindqvist", "Per Holm"]
    assert sentence_presenters(["Region Norr, Länsstyrelsen, informerar om projektet."]) == []
    assert _presenters("Föredragande: Ekonomichef Karin Lindqvist")[0] == ["Karin Lindqvist"]


def test_verb_first_sentence_of_older_minutes_names_its_presenter():
    # older minutes open the paragraph with the verb: the subject follows it directly
    assert presenters_in("Informerade Karin Lund att kontot nu är öppnat.") == ["Karin Lund"]
    assert presenters_in("Redogjorde ekonomichef Olle Sten för utfallet.") == ["Olle Sten"]
    # a subject that is no person (a title alone, a body) is no presenter
    assert presenters_in("Informerade ordföranden om läget.") == []
    assert presenters_in("Informerade Byggnadsnämnden Norra om beslutet.") == []


def test_verb_first_paragraph_in_a_whole_protocol():
    text = ("PROTOKOLL\nStyrelsen för Norrby vattenförening\nDatum: 2021-03-04\n\n"
            "§ 1 Ekonomi\n\nInformerade kassören Karin Lund om att årets avgifter har kommit in.\n\n"
            "§ 2 Brunnen\n\nStyrelsen beslutar att anlita en brunnsborrare.\n")
    record = parse_text(text, "verbfirst.txt")
    items = {i.number: i for i in record.items}
    assert items["1"].presenters == ["Karin Lund"]
    assert items["2"].presenters == []


def test_the_last_name_of_a_list_in_a_run_on_heading_is_no_presenter():
    from protokoll.parse.presenters import title_presenters
    title = "Närvaro Dessa deltog i mötet: Karin Lund, Olle Sten, Maja Ek"
    assert title_presenters(title) == (title, [])
    # the presenter column of a flattened agenda table still reads
    assert title_presenters("Internkontroll 2024 Karin Lund") == ("Internkontroll 2024", ["Karin Lund"])


def test_an_information_item_labelled_with_its_speaker():
    from protokoll.parse.presenters import title_presenters
    assert title_presenters("Informationspunkt: Karin Lund, vd Norrby Energi AB") == \
        ("Informationspunkt: Karin Lund, vd Norrby Energi AB", ["Karin Lund"])
    assert title_presenters("Information: Olle Sten") == ("Information: Olle Sten", ["Olle Sten"])
    # a subject after the label is no speaker
    assert title_presenters("Information: Budget och prognos")[1] == []
