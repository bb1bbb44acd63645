"""Presenters written as real minutes and agendas write them beyond "Föredragande:" (issue 10, h44): a passive
label ("Redovisas av: X", "Information av: X"), a guest given the floor or invited in order to present ("Till
dagens sammanträde har X, Org, begärt företräde för att informera om ..."), the reporting clause after what was
said ("..., berättar X som är ekonomichef."). And two that name nobody: a surname written as its initial ("Maj B
och Lars N redogör ...") and a clause before the presenter's name read as a title ("X kommer att berätta om
..., och Y presenterar ..." announces a coming event)."""

from protokoll.parse import parse_text
from protokoll.parse.presenterclauses import clause_presenters
from protokoll.parse.presenterclean import titled
from protokoll.parse.presenterrun import labelled_presenters
from protokoll.parse.presenters import presenters_in

AGENDA = """Kallelse
Tekniska nämnden
Tid: 2025-03-11 kl. 13.00
Plats: Stadshuset, sal B

Ärenden

1. Budgetuppföljning februari
Redovisas av: Karin Olsson, ekonom

2. Lägesrapport vinterväghållning
Information av: Per Holm, gatuchef

3. Ny renhållningstaxa
Presenteras av Eva Lind

4. Övriga frågor
"""

MINUTES = """Protokoll
Kommunstyrelsens arbetsutskott
Datum: 2025-04-02
Plats: Stadshuset

§ 16 Information om trygghetsarbetet
Till dagens sammanträde har Maria Holm, Polisen, och Karl Ek, Räddningstjänsten, begärt företräde för att
informera om läget i centrum.

§ 17 Ekonomi
Prognosen visar ett litet överskott, berättar Sofia Lund som är ekonomichef.

§ 18 Föreningsstöd
Olof Ahl från idrottsrådet har bjudits in för att redogöra för föreningarnas behov.

§ 19 Kommande verksamhet
Maj B och Lars N redogör för programmet under hösten.

§ 20 Landsbygdsturism
Vi bjuder in till ett öppet möte i bygdegården. Urban Sten kommer att berätta om turism, och Karin Dahl
presenterar stödet.
"""


def test_a_passive_label_names_the_presenter():
    items = parse_text(AGENDA, "x.txt").items
    assert [i.presenters for i in items] == [["Karin Olsson"], ["Per Holm"], ["Eva Lind"], []]
    assert [i.title for i in items][:3] == ["Budgetuppföljning februari", "Lägesrapport vinterväghållning",
                                           "Ny renhållningstaxa"]
    assert labelled_presenters(["Informeras av: Per Holm"]) == ["Per Holm"]
    assert labelled_presenters(["Redovisning av delegationsbeslut"]) == []  # a title, not a label


def test_guests_given_the_floor_or_invited_to_present():
    items = parse_text(MINUTES, "x.txt").items
    assert items[0].presenters == ["Maria Holm", "Karl Ek"]
    assert items[2].presenters == ["Olof Ahl"]
    assert clause_presenters(["Per Ek är inbjuden för att presentera projektet."]) == ["Per Ek"]
    # the floor asked by a body, or given for no presentation: no presenter
    assert clause_presenters(["Till dagens sammanträde har kommunen begärt företräde för att informera om vägen."]) == []
    assert clause_presenters(["Anna Berg har begärt företräde inför nämnden."]) == []


def test_the_reporting_clause_after_what_was_said():
    items = parse_text(MINUTES, "x.txt").items
    assert items[1].presenters == ["Sofia Lund"]
    assert clause_presenters(["Läget är gott, berättar ordföranden."]) == []  # no person's name


def test_a_surname_written_as_its_initial_names_nobody():
    items = parse_text(MINUTES, "x.txt").items
    assert items[3].presenters == []
    assert titled(["Maj B", "Lars N.", "Lars Nord"]) == ["Lars Nord"]


def test_a_clause_before_a_name_is_no_title():
    items = parse_text(MINUTES, "x.txt").items
    assert items[4].presenters == []  # a coming event's speakers
    assert presenters_in("Urban Sten kommer att berätta om turism, och Karin Dahl presenterar stödet.") == []
    assert presenters_in("Kommunens ekonomichef Anna Berg och Per Ek redogjorde för bokslutet.") == ["Anna Berg", "Per Ek"]
    assert presenters_in("Anna Berg och Per Ek med medarbetare från Region Norr informerade.") == ["Anna Berg", "Per Ek"]


def test_the_presenter_named_as_such_and_the_body_that_took_part_of_it():
    for sentence, people in (("Anna Berg, ekonomichef, är föredragande.", ["Anna Berg"]),
                             ("Per Ek var föredragande i ärendet.", ["Per Ek"]),
                             ("Nämnden har tagit del av information från Anna Berg.", ["Anna Berg"]),
                             ("Arbetsutskottet har fått information av Per Ek om läget.", ["Per Ek"])):
        assert clause_presenters([sentence]) == people, sentence
    for sentence in ("Förvaltningen är föredragande i ärendet.", "Ordföranden är föredragande.",
                     "Nämnden har tagit del av informationen från förvaltningen."):
        assert clause_presenters([sentence]) == [], sentence


AGENDA_FORMS = """Kallelse till sammanträde
Kulturnämnden
Tid: 2025-05-06 kl. 18.00
Plats: Kulturhuset

Föredragningslista

1. Lokalplan (ekonomichef Karin Olsson)

2. Sommarprogram – information av Per Holm

3. Bibliotekets öppettider Föredr: Eva Lind

4. Konstinköp Anna Berg, Per Ek och Eva Lind

5. Skolbio – fritidschef Olof Ahl

6. Taxor | Karin Olsson

7. Avtackning av Anna Berg, Per Ek och Eva Lind
"""


def test_agenda_headings_with_their_presenters():
    items = parse_text(AGENDA_FORMS, "x.txt").items
    assert [(i.title, i.presenters) for i in items] == [
        ("Lokalplan", ["Karin Olsson"]), ("Sommarprogram", ["Per Holm"]), ("Bibliotekets öppettider", ["Eva Lind"]),
        ("Konstinköp", ["Anna Berg", "Per Ek", "Eva Lind"]), ("Skolbio", ["Olof Ahl"]), ("Taxor", ["Karin Olsson"]),
        ("Avtackning av Anna Berg, Per Ek och Eva Lind", [])]  # the people a heading is about present nothing


FLAT = ("Protokoll Miljönämnden Datum: 2025-02-03 Plats: Rådhuset "
        "§ 4 Tillsynsplan Ärendet föredras av miljöinspektör Per Holm. "
        "§ 5 Strandskydd Karin Olsson (S) föredrar ärendet. "
        "§ 6 Vattenplan Eva Lind, Länsstyrelsen, föredrar ärendet. "
        "§ 7 Avgifter Förvaltningen informerar om avgifterna.")


def test_a_heading_run_on_into_its_presenting_sentence():
    from protokoll.parse.presenterinline import sentence_in_heading
    items = parse_text(FLAT, "x.txt").items
    assert [(i.number, i.title, i.presenters) for i in items] == [
        ("4", "Tillsynsplan", ["Per Holm"]), ("5", "Strandskydd", ["Karin Olsson"]),
        ("6", "Vattenplan", ["Eva Lind"]), ("7", "Avgifter", [])]  # a body presents nothing
    # more than one sentence: a flattened paragraph, not a heading
    title = "Information Kommunchefen informerar om läget. Anna Berg redogör för budgeten."
    assert sentence_in_heading(title) == (title, [])
    assert sentence_in_heading("Val av Anna Berg informerade.") == ("Val av Anna Berg informerade.", [])


def test_who_attends_for_the_item_presents_it():
    for sentence, people in (("Under punkten deltog Anna Berg, ekonom.", ["Anna Berg"]),
                             ("Under ärendet deltar Anna Berg och Per Ek från Region Norr.", ["Anna Berg", "Per Ek"]),
                             ("Vid punkten närvarade Per Ek, controller.", ["Per Ek"])):
        assert clause_presenters([sentence]) == people, sentence
    assert clause_presenters(["Under punkten deltog samtliga ledamöter i diskussionen."]) == []
    minutes = ("Protokoll\nNämnden\nDatum: 2025-02-03\n\n§ 1 Bredband\nNärvarande under paragrafen: Anna Berg\n\n"
               "§ 2 Skolskjuts\nDeltar under punkten: Per Ek, trafikplanerare\n")
    assert [i.presenters for i in parse_text(minutes, "x.txt").items] == [["Anna Berg"], ["Per Ek"]]
