"""Minutes of networks and working groups list those present in full and then name them by their given names:
"Tove och Gustav berättade om ...", "Tove o Gustav lämnar en lägesrapport", a second speaker's sentence "Lisen
redogjorde för ...", a point's title closed by "(Tove)". Each given name is the one attendee of that name
(:mod:`protokoll.parse.givenpresenters`); nothing is read where two attendees share it, where no attendee bears it,
or where the attendees are written by their given names only (issue 10)."""

from protokoll.parse import parse_text
from protokoll.parse.givenpresenters import (
    given_name_presenters,
    title_given_presenters,
)
from protokoll.record import Attendee

PEOPLE = [Attendee(name="Tove Sandgren"), Attendee(name="Gustav Ekdahl"), Attendee(name="Lisen Wiberg"),
          Attendee(name="Maja Frost"), Attendee(name="Maja Lindqvist")]

HEADER = ("Minnesanteckningar från nätverket för fritidsgårdar\n\nDatum: 2032-02-03\nPlats: Biblioteket, Högsby\n\n"
          "Närvarande: Tove Sandgren, Högsby kommun, Gustav Ekdahl, Mönsterby kommun, Lisen Wiberg, Regionen, "
          "Maja Frost, Högsby kommun, Maja Lindqvist, Torsby kommun\n\n")


def test_given_names_joined_in_the_subject_are_the_attendees_so_named():
    assert given_name_presenters("Tove och Gustav berättade om sommarens läger.", PEOPLE) == [
        "Tove Sandgren", "Gustav Ekdahl"]
    assert given_name_presenters("Tove o Lisen lämnar en lägesrapport om projektet.", PEOPLE) == [
        "Tove Sandgren", "Lisen Wiberg"]
    assert given_name_presenters("Gustav, Tove och Lisen redogjorde för enkäten.", PEOPLE) == [
        "Gustav Ekdahl", "Tove Sandgren", "Lisen Wiberg"]


def test_a_given_name_nobody_or_two_people_bear_names_no_one():
    assert given_name_presenters("Maja berättade om ungdomsrådet.", PEOPLE) == []  # two Majas present
    assert given_name_presenters("Tove och Hampus berättade om lägret.", PEOPLE) == []  # no Hampus listed
    assert given_name_presenters("Regionen informerade om bidragen.", PEOPLE) == []
    assert given_name_presenters("Tove berättade om lägret.", [Attendee(name="Tove")]) == []  # given names only
    assert given_name_presenters("Tove och Gustav diskuterade lokalerna.", PEOPLE) == []  # no presenting verb


def test_a_title_closed_by_a_given_name_in_parentheses():
    assert title_given_presenters("Föregående anteckningar (Tove)", PEOPLE) == (
        "Föregående anteckningar", ["Tove Sandgren"])
    assert title_given_presenters("Ekonomi (Gustav/Lisen)", PEOPLE) == ("Ekonomi", ["Gustav Ekdahl", "Lisen Wiberg"])
    assert title_given_presenters("Ungdomsrådet (Maja)", PEOPLE) == ("Ungdomsrådet (Maja)", [])
    assert title_given_presenters("Lokaler (Högsby)", PEOPLE) == ("Lokaler (Högsby)", [])


def test_in_minutes():
    text = HEADER + ("1. Föregående anteckningar (Gustav)\nAnteckningarna lades till handlingarna.\n\n"
                     "2. Sommarläger\nTove och Lisen berättade om planeringen av lägret. Gruppen var positiv.\n\n"
                     "3. Rapporter från kommunerna\nGustav informerade om läget i Mönsterby. Tove berättade om den "
                     "nya gården i Högsby.\n\n"
                     "4. Ungdomsrådet\nDiskussionen gällde valet av ledamöter. Maja berättade om rådets arbete.\n\n"
                     "5. Nästa möte\nNästa möte hålls i april.\n")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert (items["1"].title, items["1"].presenters) == ("Föregående anteckningar", ["Gustav Ekdahl"])
    assert items["2"].presenters == ["Tove Sandgren", "Lisen Wiberg"]
    assert items["3"].presenters == ["Gustav Ekdahl", "Tove Sandgren"]
    assert items["4"].presenters == []
    assert items["5"].presenters == []


def test_a_given_name_later_in_the_item():
    text = HEADER + ("1. Utvärdering av höstens träff\nSynpunkterna var positiva. Lokalen var för liten. "
                     "Lisen presenterar ett förslag till ny lokal för nästa träff.\n\n2. Övrigt\nInget.\n")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert items["1"].presenters == ["Lisen Wiberg"]
