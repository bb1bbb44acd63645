"""Presenters of a kallelse whose Ärende/Föredragande table was flattened into one run per row (the names
invented here): the presenter column's names follow the title directly, given names spelled in their less
common forms ("Catharina", "Rickard", "Clas"), and a place name closing the title before a pair of presenters."""

from __future__ import annotations

from protokoll.parse.givenopen import opens_name
from protokoll.parse.headingpresenters import heading_presenters


def test_spelling_variants_open_names():
    for given in ("Catharina", "Rickard", "Clas", "Olov", "Lillemor", "Lennarth", "Hannes", "Ulrik", "Päivi", "Zoran",
                  "Hilma", "Agnieszka"):
        assert opens_name(given), given


def test_one_presenter_with_variant_spelling():
    title, people, _ = heading_presenters("Utvärdering av elevhälsans organisation Catharina Ekdahl")
    assert people == ("Catharina Ekdahl",)
    assert title == "Utvärdering av elevhälsans organisation"


def test_place_before_a_pair_of_presenters_stays_in_the_title():
    title, people, _ = heading_presenters("Lägesrapport om vuxenutbildning i samarbete med Storby Rickard Alm, "
                                          "Anna Frisk")
    assert people == ("Rickard Alm", "Anna Frisk")
    assert title == "Lägesrapport om vuxenutbildning i samarbete med Storby"


def test_capitalised_place_alone_is_no_presenter():
    assert heading_presenters("Samverkan med Storby Kommun och Ekby")[1] == ()
