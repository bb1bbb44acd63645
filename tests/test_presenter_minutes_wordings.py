"""Minutes of networks and councils write what a presenter did in more ways than "informerade om": a described
picture ("lämnar en sammanfattande bild av ..."), a run-through made ("gör en genomgång av ..."), and a greeting
joined by "och" to the presenting verb ("hälsade välkommen och berättade om ..."). A speaker in the discussion and
a body remain no presenter (presenters.py ``PRESENTS``, ``OPENING_PREDICATE``)."""

from protokoll.parse import parse_text
from protokoll.parse.presenters import presenters_in


def test_a_summarising_picture_names_its_givers():
    assert presenters_in("Greta Holmlund och Ivar Sandeby från Hälsoenheten lämnar en sammanfattande bild av "
                         "dialogen.") == ["Greta Holmlund", "Ivar Sandeby"]
    assert presenters_in("Rapporten lämnar en sammanfattande bild av läget.") == []


def test_a_run_through_made_names_its_maker():
    assert presenters_in("Fastighetschef Mona Ekvall gör en genomgång av lokalbehovet.") == ["Mona Ekvall"]
    assert presenters_in("Tor Alm gjorde en kort presentation av projektet.") == ["Tor Alm"]
    assert presenters_in("Förvaltningen gör en genomgång av lokalbehovet.") == []


def test_a_greeting_before_the_presenting_verb():
    assert presenters_in("Lena Holmgård hälsade välkommen och berättade om kommunen.") == ["Lena Holmgård"]
    assert presenters_in("Per Åsling, ordförande i Norrviks idrottsförbund, hälsade alla välkomna och berättade "
                         "om förbundet.") == ["Per Åsling"]
    assert presenters_in("Per Åsling öppnade mötet och informerade om dagordningen.") == ["Per Åsling"]
    # another subject after "och" is its own sentence part: nothing is cut away to reach it
    assert presenters_in("Anna Ekström tackade för ordet och Styrelsen informerade om läget.") == []


def test_in_minutes():
    text = ("Minnesanteckningar\nChefsnätverket i Västerdal\nDatum: 2023-04-12\n\n1. Välkomnande\n"
            "Lena Holmgård hälsade välkommen och berättade om kommunen.\n2. Lokaler\n"
            "Fastighetschef Mona Ekvall gör en genomgång av lokalbehovet.\n3. Vatten\n"
            "Diskussion följde där Olle Lindqvist och Eva Lundell framförde synpunkter.\n")
    items = {i.number: i for i in parse_text(text, "x.txt").items}
    assert items["1"].presenters == ["Lena Holmgård"]
    assert items["2"].presenters == ["Mona Ekvall"]
    assert items["3"].presenters == []
