"""Presenters as collaboration bodies' agendas and programmes note them (session 18, h132): who comes to inform
("Besök av ekonomichef X, punkt 1-2", "Muntlig information av X, Region Y", "Information från strateg X"), a
programme's presenter cell with an employer after a capitalised title, a name after "hos" (whom the presenter
works for), and what is no presenter: a signature after the last item, a time-slot row of its own, an
organisation after the presenter's name."""

from protokoll.parse import parse_text
from protokoll.parse.presenterrun import labelled_presenters, leading_people, marked_presenters, \
    run_on_label_presenters
from protokoll.parse.presenterrunon import run_on_presenters


def _items(text: str) -> list[tuple[str | None, str, list[str]]]:
    return [(i.number, i.title, i.presenters) for i in parse_text(text, "x.txt").items]


def test_a_visit_noted_on_the_line_under_the_title():
    assert labelled_presenters(["Besök av ekonomichef Lena Dahl, punkt 1-2. Inga handlingar."], True) == ["Lena Dahl"]
    text = ("KALLELSE\nKommunstyrelsen\nTisdagen den 4 mars 2019\nFÖREDRAGNINGSLISTA\n"
            "1. Budgetuppföljning\nBesök av ekonomichef Lena Dahl, punkt 1-2.\n"
            "2. Investeringar i skolor\n3. Anmälningsärenden\n")
    assert _items(text)[0] == ("1", "Budgetuppföljning", ["Lena Dahl"])


def test_a_visit_or_spoken_information_run_on_into_the_title():
    assert run_on_label_presenters("Ny brandstation Besök av teknisk chef Per Holm, punkt 3") == \
        ("Ny brandstation", ["Per Holm"])
    assert run_on_label_presenters("Ny budget Muntlig information av Sara Lind, Region Norr") == \
        ("Ny budget", ["Sara Lind"])
    assert run_on_label_presenters("Skolfrågor Information från utvecklingsledare Per Dahl") == \
        ("Skolfrågor", ["Per Dahl"])
    text = ("KALLELSE\nStyrelsen för Kommunförbundet Norr\n\n1. Val av justerare\n"
            "2. Ny budget Muntlig information av Sara Lind, Region Norr.\n"
            "3. Skolfrågor Information från utvecklingsledare Per Dahl.\n4. Övriga frågor\n")
    assert [(n, t, p) for n, t, p in _items(text)][1:3] == [("2", "Ny budget", ["Sara Lind"]),
                                                           ("3", "Skolfrågor", ["Per Dahl"])]


def test_an_organisation_after_the_presenter_is_her_employer():
    assert run_on_label_presenters("Nytt projekt Information av Karin Holm, Norra Kustens Utvecklingskontor") == \
        ("Nytt projekt", ["Karin Holm"])
    assert run_on_label_presenters("Nytt projekt Information av Karin Holm och Per Ek") == \
        ("Nytt projekt", ["Karin Holm", "Per Ek"])


def test_information_from_an_organisation_names_no_presenter():
    assert run_on_label_presenters("Vägfrågor Information från Trafikverket") == ("Vägfrågor Information från "
                                                                                  "Trafikverket", [])


def test_whom_the_presenter_works_for_is_no_presenter():
    assert leading_people("Karin Holm, sekreterare hos Per Ek") == ["Karin Holm"]
    assert marked_presenters("Ny plan – Karin Holm, sekreterare hos Per Ek") == ("Ny plan", ["Karin Holm"])
    assert leading_people("Karin Holm, ekonom, och Per Ek, jurist") == ["Karin Holm", "Per Ek"]


def test_a_programme_cell_with_an_employer_after_a_capitalised_title():
    text = ("Program\n\n10.00 – 10.15 Välkomna\n\nLena Ek, Enhetschef Folkhälsoenheten Region Norr\n\n"
            "10.15 – 10.30 Arbetet med avsiktsförklaringen\n\nPer Holm, Kanslichef Funktionsrätt Norrland\n\n"
            "10.30 – 10.45 Paus\n")
    presenters = [p for _, _, p in _items(text)]
    assert ["Per Holm"] in presenters and not any("Funktionsrätt Norrland" in p for p in presenters)


def test_the_next_time_slot_row_is_no_presenter_cell():
    text = ("Mötesprogram, 4 maj kl 13-15.30\n\n12.45 Vi öppnar mötet och testar tekniken\n\n"
            "13.00 Leader Norra Dalen och Leader Södra Slätten presenterar sig och sitt arbete\n\n"
            "13.20 Regionen presenterar sig och sitt arbete\n\n14.00 Paus\n\n15.30 Avslut\n")
    assert not any(p for _, _, p in _items(text))


def test_a_signature_after_the_last_item_is_no_presenter():
    assert run_on_presenters("Redovisning av delegationsbeslut", "Karin Ek ordförande Sara Lind sekreterare") == \
        ("Redovisning av delegationsbeslut", [])
    assert run_on_presenters("Information av förvaltningschef", "Karin Ek. Hon berättade om läget.") == \
        ("Information av förvaltningschef", ["Karin Ek"])


WEB_AGENDA = ("Din position: Hem > Norrby kommun > Kommunstyrelsen > Sammanträde 2019-05-06\n\n"
              "Sammanträde 2019-05-06\n\nInformation\n\n"
              "2 Information om nya lokaler. - Per Ek, Norrby högskola\n\n"
              "4 Budgetuppföljning mars. - Eva Ek (Handlingar delas ut vid sammanträdet)\n\n"
              "5 Norra torget 4. Beslut om hyresavtal. - Sara Lind\n\n"
              "6 Kungsskolan. Om- och tillbyggnad. - Per Holm, Jan Berg\n\n"
              "7 Svar på motion om cykelvägar. - Lars Berg\n")


def test_a_web_agenda_row_whose_title_holds_sentences_before_the_dashed_presenter():
    items = {n: (t, p) for n, t, p in _items(WEB_AGENDA)}
    assert items["5"] == ("Norra torget 4. Beslut om hyresavtal", ["Sara Lind"])
    assert items["6"] == ("Kungsskolan. Om- och tillbyggnad", ["Per Holm", "Jan Berg"])


def test_a_note_on_the_papers_in_parentheses_after_the_presenter():
    assert dict((n, (t, p)) for n, t, p in _items(WEB_AGENDA))["4"] == ("Budgetuppföljning mars", ["Eva Ek"])


def test_a_sentence_after_a_dash_that_names_no_one_is_still_split():
    from protokoll.parse.headingpresenters import split_heading

    assert split_heading("Norra torget 4. Beslut om hyresavtal - Norrby IF")[1] != ""


def test_minutes_name_the_presenter_with_a_title_before_and_an_employer_after():
    text = ("Minnesanteckningar från beredningens möte den 14 april 2011\n\n1. Demokratiarbetet\n"
            "Projektledare Göran Holm, Regionens kansli, Region Norr informerade om pågående arbete.\n\n"
            "2. Information\nDe nya riktlinjerna gicks igenom. Information från säkerhetsstrateg Hans Lund. "
            "Informationen noteras.\n\n3. Kollektivtrafiken\nKarin Dahl och Per Ek från Länstrafiken redogjorde för "
            "läget.\n")
    assert [p for _, _, p in _items(text)] == [["Göran Holm"], ["Hans Lund"], ["Karin Dahl", "Per Ek"]]


def test_information_from_a_body_in_a_sentence_names_no_one():
    text = ("Minnesanteckningar från beredningens möte den 14 april 2011\n\n1. Vägfrågor\n"
            "Frågan diskuterades. Information från Trafikverket väntas i höst.\n")
    assert [p for _, _, p in _items(text)] == [[]]


def test_the_next_title_run_on_after_a_presenter_ends_the_names():
    from protokoll.parse.presenterclean import before_next_title, heading_people

    assert before_next_title(["Per Holm Länstransportplanen", "Eva Ek"]) == ["Per Holm"]
    assert before_next_title(["Karin Lindgren", "Eva Ek"]) == ["Karin Lindgren", "Eva Ek"]  # a surname in -en
    assert heading_people(["Per Holm Länstransportplanen"]) == []
    text = ("Agenda regionrådet 12 mars 2020 Tid: kl :00-15:00 Plats: Regionens hus Ärenden Mötets öppnande Val av "
            "justerare Information om regional utvecklingsstrategi, Per Holm Länstransportplanen, Eva Ek, Trafikverket "
            "Övriga frågor Mötets avslutande")
    assert ("Information om regional utvecklingsstrategi", ["Per Holm"]) in [(t, p) for _, t, p in _items(text)]


def test_a_programme_row_whose_speaker_has_a_sentence_of_their_own():
    from protokoll.parse.headingpresenters import sentence_end_presenters

    text = ("Temadag för regionfullmäktige 19 oktober 2021\n\n10.00 Upprop\n\n"
            "10.15 ”Regionen växer”. Anna Berg från Norrby universitet.\n\n"
            "11.00 Kollektivtrafikens framtid. Per Holm, Länstrafiken.\n\n12.00 Lunch\n\n"
            "13.00 Regional utveckling i praktiken, Sara Lind och Eva Ek\n")
    assert [(t, p) for _, t, p in _items(text)][1:3] == [("”Regionen växer”", ["Anna Berg"]),
                                                        ("Kollektivtrafikens framtid", ["Per Holm"])]
    assert sentence_end_presenters("Budget. Anna Berg redovisade budgeten") == \
        ("Budget. Anna Berg redovisade budgeten", [])
    assert sentence_end_presenters("Norra torget 4. Beslut om hyresavtal") == \
        ("Norra torget 4. Beslut om hyresavtal", [])


def test_a_programme_row_that_opens_with_its_speaker_and_role():
    from protokoll.parse.presenters import title_presenters

    title = "Per Holm, landshövding i Norrland, talar om det gröna näringslivet"
    assert title_presenters(title) == (title, ["Per Holm"])
    assert title_presenters("Per Holm, landshövding, hälsar välkommen")[1] == []


def test_the_greeting_that_closes_a_flattened_kallelse_is_no_item():
    text = ("Kallelse till möte i nätverket för folkhälsa Datum: 12 mars 2020 Tid: 13.00-16.00 Plats: Regionens hus, "
            "Ekby Dagordning Välkommen och presentationsrunda Information från regionen Aktuellt från kommunerna "
            "Nästa möte Välkomna! Sara Lind, sammankallande")
    items = _items(text)
    assert [t for _, t, _ in items][-1] == "Nästa möte"
    assert not any("Sara Lind" in p for _, _, p in items)
