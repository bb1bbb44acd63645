"""An item's reporter written short in its opening sentence ("Redogjorde Tove för kassan", "Meddelade Gustav, Maja F.
och Lisen att ...", "Kronby: Maja L. berättade att ...") counts when the name stands for exactly one attendee the
document lists: in full, by the given name alone or by the given name and the surname's initial
(:mod:`protokoll.parse.listedpresenters`); nothing is read where no attendee or two match (issue 10). A title's
presenter written after its comma with the role after a dash ("Uppföljning av lovet, Tove Sandgren - samordnare")
is cut from the title."""

from protokoll.parse import parse_text
from protokoll.parse.headingpresenters import heading_presenters
from protokoll.parse.listedpresenters import listed_presenters, resolve
from protokoll.record import Attendee

PEOPLE = [Attendee(name="Tove Sandgren"), Attendee(name="Gustav Ekdahl"), Attendee(name="Lisen Wiberg"),
          Attendee(name="Maja Frost"), Attendee(name="Maja Lindqvist"), Attendee(name="Åsa K. Brandt")]


def test_a_short_name_resolves_to_the_one_attendee_it_stands_for():
    assert resolve("Tove", PEOPLE) == "Tove Sandgren"
    assert resolve("Maja F.", PEOPLE) == "Maja Frost"
    assert resolve("Åsa K.Brandt", PEOPLE) == "Åsa K. Brandt"
    assert resolve("Maja", PEOPLE) is None  # two Majas
    assert resolve("Maja E.", PEOPLE) is None  # no Maja E.
    assert resolve("Hampus", PEOPLE) is None
    assert resolve("Tove Lund", PEOPLE) is None  # a full name not listed: left to the rules for full names


def test_the_verb_first_style_names_its_reporters_short():
    assert listed_presenters("Redogjorde", ["Tove för föreningens kassa som visar ett överskott."], PEOPLE) == [
        "Tove Sandgren"]
    assert listed_presenters("Meddelade Gustav, Maja F. och Lisen att anbuden har kommit in.", [], PEOPLE) == [
        "Gustav Ekdahl", "Maja Frost", "Lisen Wiberg"]
    assert listed_presenters("Ekonomi", ["Rapporterade Maja L. om läget i fisket."], PEOPLE) == ["Maja Lindqvist"]


def test_a_name_first_after_a_section_label():
    assert listed_presenters("Rapporter", ["Kronby: Åsa K.Brandt berättade att lokalen är klar."], PEOPLE) == [
        "Åsa K. Brandt"]


def test_nothing_where_a_name_resolves_to_none_or_two():
    assert listed_presenters("Redogjorde", ["Maja för kassan."], PEOPLE) == []  # two Majas
    assert listed_presenters("Meddelade Gustav och Hampus att anbuden har kommit in.", [], PEOPLE) == []
    assert listed_presenters("Redogjorde", ["Styrelsen för sitt arbete."], PEOPLE) == []
    assert listed_presenters("Redogjorde", ["Tove för kassan."], []) == []  # no attendee list


def test_a_protocol_in_the_verb_first_style():
    text = ("Protokoll fört vid styrelsemöte i Kronby fiskevårdsförening\n\nDatum: 2031-04-02\n\n"
            "Närvarande: Tove Sandgren ordf., Gustav Ekdahl, Maja Frost, Maja Lindqvist, Lisen Wiberg\n\n"
            "1. Förklarade ordföranden mötet öppnat.\n\n"
            "2. Redogjorde Tove för kassan som visar ett saldo om 12 000 kronor.\n\n"
            "3. Meddelade Gustav och Maja L. att nya skyltar är beställda.\n\n"
            "4. Rapporterade Maja om arbetet med foldern.\n")
    items = parse_text(text, "x.txt").items
    assert [i.presenters for i in items[1:]] == [["Tove Sandgren"], ["Gustav Ekdahl", "Maja Lindqvist"], []]


def test_a_presenter_after_the_comma_with_the_role_after_a_dash():
    title, people, _ = heading_presenters("Uppföljning av lovaktiviteter, Tove Sandgren - samordnare")
    assert (title, people) == ("Uppföljning av lovaktiviteter", ("Tove Sandgren",))
    title, people, _ = heading_presenters("Lägesrapport, Gustav Ekdahl – enhetschef")
    assert (title, people) == ("Lägesrapport", ("Gustav Ekdahl",))
    assert heading_presenters("Budget, Norrby Energi - förslag")[1] == ()  # no person's name


def test_the_verb_second_after_an_adverbial_and_a_surname_alone():
    assert listed_presenters("Ekonomi", ["Därefter redogjorde kassören Tove för bokslutet."], PEOPLE) == [
        "Tove Sandgren"]
    assert listed_presenters("Ekonomi", ["Vid mötet informerar Maja F. om läget."], PEOPLE) == ["Maja Frost"]
    assert listed_presenters("Skolan", ["Wiberg informerade om elevhälsan."], PEOPLE) == ["Lisen Wiberg"]
    assert listed_presenters("Skolan", ["Meddelade Ekdahl att lokalen är bokad."], PEOPLE) == ["Gustav Ekdahl"]
    assert listed_presenters("Skolan", ["Därefter informerade ordföranden om läget."], PEOPLE) == []


def test_a_passive_with_the_agent_after_av_and_a_title_that_is_a_sentence():
    assert listed_presenters("Planen", ["Bakgrunden till planen presenterades av Lisen Wiberg. Sedan diskuterades."],
                             PEOPLE) == ["Lisen Wiberg"]
    assert listed_presenters("Taxan", ["Frågan om taxan föredrogs av kassören Gustav."], PEOPLE) == ["Gustav Ekdahl"]
    assert listed_presenters("Taxan", ["Frågan om taxan föredrogs av Hampus Lind."], PEOPLE) == []  # not listed
    assert listed_presenters("Tove rapporterar från länsmötet", [], PEOPLE) == ["Tove Sandgren"]
    assert listed_presenters("Maja rapporterar från länsmötet", [], PEOPLE) == []  # two Majas


def test_an_employer_after_the_name_and_showing():
    assert listed_presenters("Lisen Wiberg, Länsstyrelsen redogjorde för tillsynen.", [], PEOPLE) == ["Lisen Wiberg"]
    assert listed_presenters("Fisket", ["Gustav Ekdahl visade hur appen fungerar."], PEOPLE) == ["Gustav Ekdahl"]
    assert listed_presenters("Fisket", ["Gustav Ekdahl, Hampus Lind redogjorde för tillsynen."], PEOPLE) == []


def test_the_next_speaker_with_the_verb_second_and_an_object():
    text = ("Minnesanteckningar styrgruppen för e-tjänster\n\nDatum: 2031-05-06\n\n"
            "Närvarande: Tove Sandgren, ordf, Gustav Ekdahl, Lisen Wiberg\n\n"
            "1. Mötets öppnande\n\n"
            "2. Ekonomi\nTove Sandgren beskriver årets utfall för verksamheten. Till detta beskriver Gustav Ekdahl "
            "tillgängliga medel för satsningen. Budgeten diskuterades.\n")
    items = parse_text(text, "x.txt").items
    assert items[1].presenters == ["Tove Sandgren", "Gustav Ekdahl"]
    assert listed_presenters("Ekonomi", ["Sedan redovisade Hampus Lind läget."], PEOPLE) == []


def test_a_heading_cut_after_the_verb_is_mended():
    text = ("Protokoll fört vid styrelsemöte i Kronby fiskevårdsförening\n\nDatum: 2031-04-02\n\n"
            "Närvarande: Tove Sandgren ordf., Gustav Ekdahl, Maja Frost, Lisen Wiberg\n\n"
            "1. Förklarade ordföranden mötet öppnat.\n\n"
            "2. Redogjorde Tove för kassan som visar ett saldo om 12 000 kronor.\n\n"
            "3. Uppdrogs åt Gustav att beställa skyltar.\n")
    item = parse_text(text, "x.txt").items[1]
    assert item.title.startswith("Redogjorde Tove för kassan")
    assert item.presenters == ["Tove Sandgren"]
