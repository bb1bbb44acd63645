"""The last check on an item's presenters (parse/presenterclean.py) and the forms added with it (issue 10, h23):
a title word before the name goes, a name cut out of a heading must open with a given name, whoever opens the
meeting presents nothing, an organisation after the people of a sentence is none of them, "Föredragande för
punkten var ...", "gav en översiktlig beskrivning", a long list of titled people before the verb."""

from protokoll.parse import parse_text
from protokoll.parse.lines import Line
from protokoll.parse.presenterclean import about_people, heading_people, not_openers, titled, without_title_word
from protokoll.parse.presenters import presenter_text, presenters_in


def test_a_title_word_before_the_name_goes():
    for written, name in (("Revisor Karin Lindqvist", "Karin Lindqvist"), ("Revisorn Karin Lindqvist", "Karin Lindqvist"),
                         ("Kassören Per Holm", "Per Holm"), ("Vd Per Holm", "Per Holm"),
                         ("Överbefälhavare Eva Sandén", "Eva Sandén"), ("Riksrevisor Per Holm", "Per Holm")):
        assert without_title_word(written) == name
    for name in ("Per Holm", "Karin Lindqvist Berg", "Anna Karin Berg", "Lars-Erik Holm"):
        assert without_title_word(name) == name  # a name of given names and surnames stays whole


def test_a_name_cut_out_of_a_heading_opens_with_a_given_name():
    assert heading_people(["Per Holm"]) == ["Per Holm"]
    assert heading_people(["Revisorn Per Holm"]) == ["Per Holm"]
    for not_people in (["Gamla Krogen"], ["Blå Ankaret Bar"], ["Unga Teatern"], ["Per Holm", "Röda Huset"]):
        assert heading_people(not_people) == []


def test_whoever_opens_the_meeting_presents_nothing():
    assert about_people("Mötet öppnades av ordförande Per Holm.")
    assert about_people("Befrielse från uppdrag som ersättare - Per Holm")
    assert not about_people("Mötets öppnande")
    assert not about_people("Budget 2025")
    assert not_openers(["Per Holm"], ["Ordförande Per Holm hälsade alla välkomna och förklarade mötet öppnat."]) == []
    assert not_openers(["Per Holm"], ["Per Holm hälsade välkommen och informerade om budgeten."]) == ["Per Holm"]
    assert not_openers(["Per Holm"], ["Per Holm redogjorde för budgeten."]) == ["Per Holm"]


def test_the_organisation_after_the_people_is_none_of_them():
    assert titled(presenters_in("Vd Per Holm och ordförande Karin Lindqvist, Norrby Teater, informerade om "
                                "verksamheten.")) == ["Per Holm", "Karin Lindqvist"]
    assert presenters_in("Generaldirektör Per Holm och avdelningschef Karin Lindqvist med medarbetare, alla från "
                         "Skogsverket, informerade om läget.") == ["Per Holm", "Karin Lindqvist"]
    assert presenters_in("Per Holm, Karin Lindqvist informerade om läget.") == ["Per Holm", "Karin Lindqvist"]


def test_a_description_given_is_a_presentation():
    assert presenters_in("Per Holm gav en översiktlig beskrivning av nätets trafik.") == ["Per Holm"]
    assert presenters_in("Karin Lindqvist lämnade en kortfattad redogörelse för läget.") == ["Karin Lindqvist"]
    assert presenters_in("Styrelsen gav en beskrivning av läget.") == []


def test_a_long_list_of_titled_people():
    sentence = ("Landsbygdsminister Per Holm, departementsråden Karin Lindqvist och Eva Sandberg, pressekreteraren "
                "Maria Ek och politiskt sakkunniga Lena Strand samt näringsminister Anders Berg, ämnesrådet Olof Ahl "
                "och pressekreterare Jaro Kell informerade om läget i skogen.")
    assert titled(presenters_in(sentence)) == ["Per Holm", "Karin Lindqvist", "Eva Sandberg", "Maria Ek", "Lena Strand",
                                               "Anders Berg", "Olof Ahl", "Jaro Kell"]  # a given name not listed
    running = ("Under våren har styrelsen arbetat med frågan och efter en lång rad möten med kommunerna i länet och "
               "med regionen har förvaltningen tagit fram ett förslag som Per Holm nu informerade om.")
    assert presenters_in(running) == []  # a long sentence is no list of people


def test_the_label_completed_before_its_value():
    for text in ("Föredragande för punkten var Per Holm, ordförande i rådet.", "Föredragande i ärendet är Per Holm",
                 "Föredragande tjänsteman: Per Holm"):
        value, used = presenter_text([Line(text, 0)])
        assert value.startswith("Per Holm") and len(used) == 1


MINUTES = """Protokoll fört vid styrelsemöte i Norrby Energi AB 2024-05-14

1. Mötets öppnande
Mötet öppnades av ordförande Karin Lindqvist.

2. Revisorns rapport
Revisorn Per Holm informerade om granskningen av bokslutet.

3. Ekonomi
Kassören Eva Sandberg redovisade föreningens ekonomi.

4. Nätets trafik
Föredragande för punkten var Olof Ahl, driftchef. Han visade statistik över året.

5. Information från Norrby Teater
Vd Maria Ek och ordförande Lena Strand, Norrby Teater, informerade om verksamheten.
"""


def test_in_the_minutes_of_a_board():
    items = parse_text(MINUTES, "x.txt").items
    assert [i.presenters for i in items] == [[], ["Per Holm"], ["Eva Sandberg"], ["Olof Ahl"],
                                             ["Maria Ek", "Lena Strand"]]


AGENDA = """Kallelse till miljönämnden 2024-05-14

1. Val av justerare
2. Serveringstillstånd - Gamla Krogen
3. Befrielse från uppdrag som ersättare - Per Holm
4. Taxa för tillsyn - Karin Lindqvist
"""


def test_in_an_agenda_with_licences_and_releases():
    items = parse_text(AGENDA, "x.txt").items
    assert [(i.title, i.presenters) for i in items] == [
        ("Val av justerare", []), ("Serveringstillstånd - Gamla Krogen", []),
        ("Befrielse från uppdrag som ersättare - Per Holm", []), ("Taxa för tillsyn", ["Karin Lindqvist"])]


INVITED = """Protokoll fört vid socialnämndens sammanträde 2024-05-14

§ 1 Budget 2025
Inbjudna under punkten: Per Holm, ekonom
Nämnden beslutar att godkänna budgeten.

§ 2 Taxor
Närvarande under punkten: Eva Sandberg

§ 3 Samverkan
Gäst: Olof Ahl, Region Norr

§ 4 Lokaler
Gäster från regionen deltog.
"""


def test_who_is_invited_for_the_item():
    assert [i.presenters for i in parse_text(INVITED, "x.txt").items] == [["Per Holm"], ["Eva Sandberg"], ["Olof Ahl"],
                                                                          []]


SLOTS = """Dagordning för styrgruppen 2024-05-14

1. Budget 2025
kl. 09.15 Per Holm, ekonom

2. Taxor
10.00-10.30 Eva Sandberg

3. Lunch
kl. 12.00 Restaurangen
"""


def test_a_time_slot_then_the_presenter():
    assert [i.presenters for i in parse_text(SLOTS, "x.txt").items] == [["Per Holm"], ["Eva Sandberg"], []]


def test_a_heading_that_is_a_sentence_in_the_past_tense():
    from protokoll.parse.presenters import title_presenters
    for title in ("Per Holm gick igenom verksamhetsberättelsen", "Per Holm redogjorde för kassan",
                  "Per Holm föredrog revisionsberättelsen"):
        assert title_presenters(title) == (title, ["Per Holm"])
    assert title_presenters("Per Holm öppnade mötet") == ("Per Holm öppnade mötet", [])


def test_who_holds_or_describes_the_item():
    assert presenters_in("Per Holm höll i punkten och presenterade budgeten.") == ["Per Holm"]
    assert presenters_in("Per Holm beskrev läget i budgetarbetet.") == ["Per Holm"]
    assert presenters_in("Styrelsen beskrev läget.") == []


def test_a_licence_item_names_its_licensee():
    from protokoll.parse.presenters import title_presenters
    for title in ("Serveringstillstånd - Per Holm", "Stadigvarande serveringstillstånd - Karin Lindqvist Bar",
                  "Tillfälligt serveringstillstånd Per Holm"):
        assert title_presenters(title) == (title, [])


def test_the_presenter_column_after_a_finished_title_is_read_also_for_a_citizens_proposal():
    """An agenda that sets its presenters after each finished title (". - Name, Name") keeps them, also where a
    name is a double given name written together ("AnnKristin") and where the title is a citizens' proposal or
    an application: after the title's full stop the name is the column's, not the proposal's author."""
    rec = parse_text("Kallelse\nKommunstyrelsen\n2019-03-04\n\n"
                     "4 Visionsarbete på förvaltningen. - Eva Lind, AnnKristin Berg\n\n"
                     "5 Medborgarförslag: Ny busshållplats vid torget. - Per Holm\n\n"
                     "6 Ansökan om medlemskap i ett nätverk. - Karin Ek\n", "x.txt")
    assert [(i.title, i.presenters) for i in rec.items] == [
        ("Visionsarbete på förvaltningen", ["Eva Lind", "AnnKristin Berg"]),
        ("Medborgarförslag: Ny busshållplats vid torget", ["Per Holm"]),
        ("Ansökan om medlemskap i ett nätverk", ["Karin Ek"])]
    # without the full stop the name after a citizens' proposal is its author: no presenter
    author = parse_text("Kallelse\nKommunstyrelsen\n2019-03-04\n\n4 Budget 2020\n\n"
                        "5 Medborgarförslag om en ny busshållplats - Per Holm\n\n6 Övriga frågor\n", "x.txt")
    assert [i.presenters for i in author.items] == [[], [], []]
